//! A chart of the story (the story's `charts.json`): what it shows, the words drawn with it, and,
//! tagged by its kind, the fields only that kind has. The file stays flat (`"kind": "gauge",
//! "whole": 100`); it is read through [`RawChartSpec`] and converted, so a field of another
//! kind ("whole" on hbars) or a missing one ("total" on a rank) is an error naming the chart
//! and the field.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::chart_kind::ChartKind;
use super::error::FieldRule;
use super::icon::Icon;
use crate::lang::Text;

/// A chart of the story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "RawChartSpec")]
pub struct ChartSpec {
    pub id: String,
    /// Metric ids shown, in order.
    pub metrics: Vec<String>,
    /// What the chart shows (the caption's title).
    pub title: Text,
    /// Unit, basis, period (the caption's note).
    pub note: Text,
    /// How to read it, drawn under the marks; must be true of what the reader sees.
    pub hint: Option<Text>,
    /// The one thing to remember, drawn above the marks.
    pub takeaway: Option<Text>,
    /// Short notes drawn by a metric's mark (metric id → note).
    pub annotations: BTreeMap<String, Text>,
    /// The kind, with the fields only that kind has.
    pub form: ChartForm,
}

/// A chart's kind and the fields that belong to it.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartForm {
    Bars,
    Hbars {
        /// A whole or benchmark drawn as a line across the bars, never as a bar beside them.
        reference: Option<String>,
    },
    Growth {
        /// As for hbars: e.g. the district's growth behind two of its firms'.
        reference: Option<String>,
    },
    Gauge {
        /// The value of a full ring (100 for per cent).
        whole: f64,
    },
    Progress {
        /// The value of a full track: each item's own whole (100 for per cent).
        whole: f64,
        /// A target, marked by a line (100: the target of a five-year plan).
        target: Option<f64>,
    },
    Waffle {
        /// How much one square stands for.
        per_cell: f64,
        /// Metric id of the whole the parts make up.
        of: String,
    },
    Pictogram {
        /// The symbol of one unit.
        icon: Icon,
        /// How many of the thing one symbol stands for.
        per_icon: f64,
    },
    Rank {
        /// Metric id of the number ranked among (the 68 zones).
        total: String,
    },
    BigNumber,
    Figures {
        /// A row of symbols under a small count (metric id → symbol).
        icons: BTreeMap<String, Icon>,
        /// A track under a figure that is part of a whole the article gives (metric id →
        /// the whole: 100 for a share or a cut in per cent, 50 for all 50 projects).
        wholes: BTreeMap<String, f64>,
        /// A scale of grades under a figure that is a grade (metric id → the grades, best
        /// first; the figure's value is its place on it, 1 the first).
        grades: BTreeMap<String, Vec<Text>>,
    },
}

impl ChartForm {
    pub fn kind(&self) -> ChartKind {
        match self {
            ChartForm::Bars => ChartKind::Bars,
            ChartForm::Hbars { .. } => ChartKind::Hbars,
            ChartForm::Growth { .. } => ChartKind::Growth,
            ChartForm::Gauge { .. } => ChartKind::Gauge,
            ChartForm::Progress { .. } => ChartKind::Progress,
            ChartForm::Waffle { .. } => ChartKind::Waffle,
            ChartForm::Pictogram { .. } => ChartKind::Pictogram,
            ChartForm::Rank { .. } => ChartKind::Rank,
            ChartForm::BigNumber => ChartKind::BigNumber,
            ChartForm::Figures { .. } => ChartKind::Figures,
        }
    }

    /// Whether the metrics share one axis (bars, squares, symbols): then they must be
    /// figures a reader may fairly compare.
    pub fn shares_an_axis(&self) -> bool {
        // Exhaustive: a new kind must say.
        match self {
            ChartForm::Bars
            | ChartForm::Hbars { .. }
            | ChartForm::Growth { .. }
            | ChartForm::Progress { .. }
            | ChartForm::Waffle { .. }
            | ChartForm::Pictogram { .. } => true,
            ChartForm::Gauge { .. }
            | ChartForm::Rank { .. }
            | ChartForm::BigNumber
            | ChartForm::Figures { .. } => false,
        }
    }

    /// The metric drawn as a reference line, if any.
    pub fn reference(&self) -> Option<&str> {
        match self {
            ChartForm::Hbars { reference } | ChartForm::Growth { reference } => {
                reference.as_deref()
            }
            _ => None,
        }
    }
}

impl ChartSpec {
    pub fn kind(&self) -> ChartKind {
        self.form.kind()
    }

    /// The metric id of the total, for rank charts.
    pub fn total_metric(&self) -> Option<&str> {
        match &self.form {
            ChartForm::Rank { total } => Some(total),
            _ => None,
        }
    }
}

/// A record of the story's `charts.json` as written: every kind's fields, each optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChartSpec {
    id: String,
    kind: ChartKind,
    metrics: Vec<String>,
    title: Text,
    note: Text,
    #[serde(default)]
    hint: Option<Text>,
    #[serde(default)]
    takeaway: Option<Text>,
    #[serde(default)]
    annotations: BTreeMap<String, Text>,
    #[serde(default)]
    total: Option<String>,
    #[serde(default)]
    whole: Option<f64>,
    #[serde(default)]
    target: Option<f64>,
    #[serde(default)]
    per_cell: Option<f64>,
    #[serde(default)]
    of: Option<String>,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    icon: Option<Icon>,
    #[serde(default)]
    per_icon: Option<f64>,
    #[serde(default)]
    icons: Option<BTreeMap<String, Icon>>,
    #[serde(default)]
    wholes: Option<BTreeMap<String, f64>>,
    #[serde(default)]
    grades: Option<BTreeMap<String, Vec<Text>>>,
}

fn needs<T>(v: Option<T>, field: &'static str, problem: &'static str) -> Result<T, FieldRule> {
    v.ok_or(FieldRule { field, problem })
}

impl TryFrom<RawChartSpec> for ChartSpec {
    type Error = FieldRule;

    fn try_from(mut r: RawChartSpec) -> Result<ChartSpec, FieldRule> {
        let form = match r.kind {
            ChartKind::Bars => ChartForm::Bars,
            ChartKind::Hbars => ChartForm::Hbars {
                reference: r.reference.take(),
            },
            ChartKind::Growth => ChartForm::Growth {
                reference: r.reference.take(),
            },
            ChartKind::BigNumber => ChartForm::BigNumber,
            ChartKind::Figures => ChartForm::Figures {
                icons: r.icons.take().unwrap_or_default(),
                wholes: r.wholes.take().unwrap_or_default(),
                grades: r.grades.take().unwrap_or_default(),
            },
            ChartKind::Gauge => ChartForm::Gauge {
                whole: needs(
                    r.whole.take(),
                    "whole",
                    "a gauge needs the value of a full ring (100 for per cent)",
                )?,
            },
            ChartKind::Progress => ChartForm::Progress {
                whole: needs(
                    r.whole.take(),
                    "whole",
                    "a progress chart needs the value of a full track (100 for per cent)",
                )?,
                target: r.target.take(),
            },
            ChartKind::Waffle => ChartForm::Waffle {
                per_cell: needs(
                    r.per_cell.take(),
                    "per_cell",
                    "a waffle chart needs how much one square stands for",
                )?,
                of: needs(
                    r.of.take(),
                    "of",
                    "a waffle shows parts of one whole: name the metric of the whole",
                )?,
            },
            ChartKind::Pictogram => ChartForm::Pictogram {
                icon: needs(r.icon.take(), "icon", "a pictogram needs its symbol")?,
                per_icon: r.per_icon.take().unwrap_or(1.0),
            },
            ChartKind::Rank => ChartForm::Rank {
                total: needs(
                    r.total.take(),
                    "total",
                    "a rank chart needs the metric id of the total (e.g. the 68 zones)",
                )?,
            },
        };
        // What is left belongs to another kind.
        let stray = |field, problem| Err(FieldRule { field, problem });
        if r.total.is_some() {
            return stray("total", "is only for rank charts");
        }
        if r.whole.is_some() {
            return stray("whole", "is only for gauges and progress charts");
        }
        if r.target.is_some() {
            return stray("target", "is only for progress charts");
        }
        if r.per_cell.is_some() {
            return stray("per_cell", "is only for waffle charts");
        }
        if r.of.is_some() {
            return stray("of", "is only for waffle charts");
        }
        if r.reference.is_some() {
            return stray("reference", "is only for hbars and growth charts");
        }
        if r.icon.is_some() || r.per_icon.is_some() {
            return stray("icon", "icon and per_icon are only for pictograms");
        }
        if r.icons.is_some() {
            return stray("icons", "is only for figure walls (kind figures)");
        }
        if r.wholes.is_some() {
            return stray("wholes", "is only for figure walls (kind figures)");
        }
        if r.grades.is_some() {
            return stray("grades", "is only for figure walls (kind figures)");
        }
        Ok(ChartSpec {
            id: r.id,
            metrics: r.metrics,
            title: r.title,
            note: r.note,
            hint: r.hint,
            takeaway: r.takeaway,
            annotations: r.annotations,
            form,
        })
    }
}
