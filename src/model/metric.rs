//! The data's figures: a metric (what the article states, its unit, scale and qualifier),
//! what kind of figure it is and how it is compared, and the units file's records. Every
//! struct rejects unknown fields; the schema is in `docs/data.md`.

use serde::{Deserialize, Serialize};

use crate::lang::Text;

/// A figure of the article.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// Stable ASCII id.
    pub id: String,
    /// Id of the section whose text states it.
    pub section: String,
    /// The number as stated (8.7 for 8.7萬畝).
    pub value: f64,
    /// 1, 10000 (萬) or 100000000 (億).
    pub scale: u64,
    /// Id of a unit in the story's `units.json`.
    pub unit: String,
    pub kind: MetricKind,
    pub qualifier: Qualifier,
    pub label: Text,
    /// The exact words of the repaired zh-Hant article that state it.
    pub source: String,
    /// The exact words of the step text, in each language, that state it (highlighted).
    pub mark: Text,
    /// What it is compared with, when the text says.
    #[serde(default)]
    pub compare: Option<Compare>,
    /// The metric of the whole this figure is a part of (a firm's output growth is part of its
    /// district's): a chart never draws a part as a bar beside its whole.
    #[serde(default)]
    pub part_of: Option<String>,
    /// Not written by editors: the build script fills it in the browser's copy of the data
    /// (the words that state the figure, per language), which carries no article text.
    #[serde(default)]
    pub quote: Option<Text>,
}

impl Metric {
    /// The value in plain units (value × scale).
    pub fn absolute(&self) -> f64 {
        self.value * self.scale as f64
    }

    /// A level or a change of one.
    pub fn measure(&self) -> Measure {
        self.kind.measure()
    }
}

/// What kind of figure a metric is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricKind {
    /// A number of things or people.
    Count,
    /// An amount of money.
    Money,
    Area,
    Volume,
    Length,
    Mass,
    /// A share or rate, in per cent (93 % mechanised, 147 % of a target).
    Share,
    /// A growth rate against an earlier period, in per cent.
    Growth,
    /// A cut, in per cent (time limits cut by 80.8 %).
    Reduction,
    /// A change or gap in percentage points.
    PpChange,
    /// A place in a ranking (9th).
    Rank,
    /// Places gained in a ranking.
    RankChange,
    /// A length of time (6 months in a row).
    Duration,
    /// A multiple (53 times).
    Ratio,
    /// A size limit that defines what is counted (projects of 50 million yuan or more).
    Threshold,
    /// A grade or class (Class IV water).
    Grade,
}

impl MetricKind {
    /// Whether the figure is a level or a change of one.
    pub fn measure(self) -> Measure {
        match self {
            MetricKind::Growth => Measure::Growth,
            MetricKind::Reduction => Measure::Reduction,
            MetricKind::PpChange => Measure::PointsChange,
            MetricKind::RankChange => Measure::RankChange,
            MetricKind::Count
            | MetricKind::Money
            | MetricKind::Area
            | MetricKind::Volume
            | MetricKind::Length
            | MetricKind::Mass
            | MetricKind::Share
            | MetricKind::Rank
            | MetricKind::Duration
            | MetricKind::Ratio
            | MetricKind::Threshold
            | MetricKind::Grade => Measure::Level,
        }
    }
}

/// What a figure measures: a level (12.4萬戶, 93 %), or a change of one. A change is never
/// shown as a level: the formatter signs it (+35%, −80.8%, +21個百分點) and its label
/// names the change (區本級財政收入增長); the downloads carry it as a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    Level,
    /// Growth in per cent (a negative value is a fall).
    Growth,
    /// A cut in per cent, stated as its size (壓縮80.8%: −80.8 %).
    Reduction,
    /// A change or gap in percentage points.
    PointsChange,
    /// Places gained (or lost) in a ranking.
    RankChange,
}

impl Measure {
    /// The name in the downloadable data's `measure` column.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Growth => "growth",
            Measure::Reduction => "reduction",
            Measure::PointsChange => "change-in-points",
            Measure::RankChange => "change-in-rank",
        }
    }

    pub fn is_change(self) -> bool {
        self != Measure::Level
    }
}

/// How exact the stated figure is. (Serialized by its name in the data files, for the
/// downloadable data.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// 逾, 超過, 突破, 超, 餘, 多: over (more than).
    Over,
    /// 以上: this figure or more (written after the number: 25%以上, 25% or more).
    OrMore,
    /// 近: nearly (a little under).
    Nearly,
    /// 約, 左右: about.
    About,
    /// 預計: expected.
    Expected,
}

/// What a figure is compared with.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    pub basis: Basis,
    /// The metric it is compared with or taken out of, when there is one (9th *of 68*).
    #[serde(default)]
    pub metric: Option<String>,
    /// The comparison in words (同比 / year on year).
    pub text: Text,
}

/// The kind of comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Against the year before (同比, 增長).
    YearBefore,
    /// Against an earlier state (time limits before the cut, the previous ranking).
    EarlierPeriod,
    /// Against a target (市定目標, the five-year target).
    Target,
    /// Out of a whole (9th of 68, 80 % of the 55 projects).
    Total,
    /// Against others (first among the urban districts).
    Peers,
    /// A record (the best on record, the fastest in five years).
    Record,
}

impl Basis {
    /// The name in the data files and the downloadable data's `basis` column.
    pub fn name(self) -> &'static str {
        match self {
            Basis::YearBefore => "year-before",
            Basis::EarlierPeriod => "earlier-period",
            Basis::Target => "target",
            Basis::Total => "total",
            Basis::Peers => "peers",
            Basis::Record => "record",
        }
    }
}

/// A unit: how a number of it is written in each language.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    /// What is measured. Metrics of different dimensions never share a chart axis.
    pub dimension: String,
    /// The unit's name, for editors and legends.
    pub name: Text,
    /// How a number is written, `{}` standing for the number: "{}元", "{} yuan".
    pub template: Text,
    /// English template for exactly one ("{} household").
    #[serde(default)]
    pub en_one: Option<String>,
    /// English template for chart labels ("{} m²").
    #[serde(default)]
    pub en_short: Option<String>,
    /// Write the number in Chinese numerals in Chinese (第九, 四類).
    #[serde(default)]
    pub zh_numerals: bool,
    /// How the number is written in English.
    #[serde(default)]
    pub en_style: EnStyle,
    /// An English gloss in a metric unit, for Chinese units (mu → ha, jin → t).
    #[serde(default)]
    pub gloss: Option<Gloss>,
}

/// How a number is written in English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EnStyle {
    /// 87,000; 81.45 million.
    #[default]
    Cardinal,
    /// 9th.
    Ordinal,
    /// IV.
    Roman,
}

/// A conversion shown in brackets after an English figure: 87,000 mu (5,800 ha).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gloss {
    /// Multiply the value in the unit by this to get the glossed unit.
    pub factor: f64,
    /// The glossed unit's template: "{} ha".
    pub en: String,
    /// Significant figures of the glossed number.
    pub significant: u8,
    /// Where the factor comes from, in words.
    pub about: String,
}
