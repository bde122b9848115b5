//! The records of the data files, as typed structs. Every struct rejects unknown fields, so a
//! misspelt key in a JSON file is an error, not a silently ignored value.
//! The schema is documented for editors in `docs/data.md`.

use serde::{Deserialize, Serialize};

use super::chart_spec::ChartSpec;
use crate::lang::{Lang, Text};

/// The whole story: the story's `story.json` plus the metrics, charts and units files.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub meta: Meta,
    pub title: Text,
    pub intro: Intro,
    pub sections: Vec<Section>,
    pub metrics: Vec<Metric>,
    pub charts: Vec<ChartSpec>,
    pub units: Vec<Unit>,
}

/// the story's `story.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub meta: Meta,
    pub title: Text,
    pub intro: Intro,
    pub sections: Vec<Section>,
}

/// the story's `metrics.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsFile {
    pub metrics: Vec<Metric>,
}

/// the story's `charts.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartsFile {
    pub charts: Vec<ChartSpec>,
}

/// the story's `units.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitsFile {
    pub units: Vec<Unit>,
}

/// About the data itself: version, date, credit, the repairs and the corrections.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Version of the data, shown to readers (e.g. "1.0.0"; raise it with every published change).
    pub data_version: String,
    /// Date of the last change to the data, `YYYY-MM-DD`.
    pub updated: String,
    /// When the newsroom first published this story, `YYYY-MM-DD` (optional): the
    /// article's date for search engines and link previews (`datePublished`,
    /// `article:published_time`) and the page's byline. Never the source article's date.
    #[serde(default)]
    pub published: Option<String>,
    /// When the newsroom last changed the published story, `YYYY-MM-DD` (optional, not
    /// before `published`; `dateModified`, `article:modified_time`).
    #[serde(default)]
    pub modified: Option<String>,
    /// The year the report is about.
    pub story_year: u16,
    /// The story's short name, lower-case ASCII with hyphens (e.g. `hexi-2024`): the prefix of
    /// its storage keys and of its share pictures' file names.
    pub slug: String,
    /// The story's name as the site shows it: top bar, page title, link previews, chart
    /// cards, the embed's default iframe title.
    pub site_title: Text,
    /// The newspaper that first printed the article.
    pub publisher: Text,
    /// The credit line shown with the story (來源：長春日報).
    pub credit: Text,
    /// Where the copy we used was republished.
    pub republished_by: Text,
    /// Who made the Simplified and English versions.
    pub translation: Text,
    /// The reader-facing note on the repairs made to the received copy, with the counts.
    pub repairs: RepairsNote,
    /// Corrections, newest last. May be empty: then `no_corrections` is shown.
    pub corrections: Vec<Correction>,
    /// Shown when there are no corrections.
    pub no_corrections: Text,
    /// A draft made by `storykit draft`: the page shows a DRAFT ribbon, and the English
    /// texts marked `[draft]` are work left, not errors.
    #[serde(default)]
    pub draft: bool,
    /// The story's own page colours (optional): what it leaves out is the kit's
    /// (`colours.rs`).
    #[serde(default)]
    pub colours: StoryColours,
}

/// The page colours a story chooses, per theme (`meta.colours.light`, `meta.colours.dark`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryColours {
    #[serde(default)]
    pub light: ThemeColours,
    #[serde(default)]
    pub dark: ThemeColours,
}

/// One theme's colours of a story, each `#rrggbb` (checked by the validation).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeColours {
    /// Links, the progress bar, the key figures' band.
    pub accent: Option<String>,
    /// A highlighted figure in the text: its background and its text.
    pub figure_bg: Option<String>,
    pub figure_fg: Option<String>,
}

impl ThemeColours {
    /// Each colour the story gives, with its field name.
    pub fn given(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("accent", &self.accent),
            ("figure_bg", &self.figure_bg),
            ("figure_fg", &self.figure_fg),
        ]
        .into_iter()
        .filter_map(|(f, c)| c.as_deref().map(|c| (f, c)))
    }
}

/// `#rrggbb` (either case) as red, green and blue.
pub fn parse_hex_colour(s: &str) -> Option<(u8, u8, u8)> {
    let h = s
        .strip_prefix('#')
        .filter(|h| h.len() == 6 && h.is_ascii())?;
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

impl Meta {
    /// The corrections note in one language: the corrections, or the "no corrections" text.
    pub fn corrections_note(&self, lang: Lang) -> Vec<(&str, &str)> {
        if self.corrections.is_empty() {
            vec![("", self.no_corrections.get(lang))]
        } else {
            self.corrections
                .iter()
                .map(|c| (c.date.as_str(), c.text.get(lang)))
                .collect()
        }
    }
}

/// The note on the repairs and how many of each kind there were (checked against
/// the story's `repairs.json` by the tests).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairsNote {
    pub note: Text,
    pub pinyin: u32,
    pub mojibake: u32,
    pub simplified: u32,
    pub punctuation: u32,
}

/// A correction shown to readers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: Text,
}

/// The introduction (導言): its paragraphs and the hero's key figures.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    pub id: String,
    pub heading: Text,
    pub paragraphs: Vec<Paragraph>,
    /// 3 to 5 metric ids shown as big numbers in the hero.
    pub key_figures: Vec<String>,
}

/// A paragraph of the introduction.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    pub text: Text,
    /// Metric ids whose `mark` is highlighted in this paragraph.
    pub figures: Vec<String>,
}

/// A chapter of the story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// ASCII id, the chapter's anchor (e.g. economy).
    pub id: String,
    /// The two-line heading.
    pub heading: [Text; 2],
    /// The metric the chapter opens with, large under its heading: the one figure a reader
    /// should take from the chapter (one of its steps' figures).
    #[serde(default)]
    pub key_figure: Option<String>,
    /// The paragraph, cut into steps; the zh-Hant steps joined are the paragraph.
    pub steps: Vec<Step>,
}

/// A step of the scrolling story: a short run of text and the chart shown while it is active.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// e.g. "economy-3".
    pub id: String,
    pub text: Text,
    /// The chart shown while this step is active. Omitted (or "hold") in the file: the
    /// step keeps the chart of the step before it, and [`Step::holds`] says so.
    #[serde(default)]
    pub chart: String,
    /// The file omits the chart (or says "hold"): the chart is the previous step's, filled
    /// in when the story is parsed.
    #[serde(skip)]
    pub holds: bool,
    /// Metric ids the chart highlights at this step (all in the chart's `metrics`).
    pub focus: Vec<String>,
    /// Metric ids this text states; their `mark` is highlighted in the text.
    pub figures: Vec<String>,
}

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
