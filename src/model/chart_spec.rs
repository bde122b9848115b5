//! A chart of the story (`data/charts.json`): what it shows and, tagged by its kind, the
//! fields only that kind has. The file stays flat (`"kind": "gauge", "whole": 100`); it is
//! read through [`RawChartSpec`] and converted, so a field of another kind ("whole" on
//! hbars) or a missing one ("total" on a rank) is an error naming the chart and the field.

use serde::Deserialize;

use super::chart_kind::ChartKind;
use super::error::FieldRule;
use crate::lang::Text;

/// A chart of the story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "RawChartSpec")]
pub struct ChartSpec {
    pub id: String,
    /// Metric ids shown, in order.
    pub metrics: Vec<String>,
    pub title: Text,
    pub note: Text,
    /// Reading hint.
    pub hint: Text,
    /// The kind, with the fields only that kind has.
    pub form: ChartForm,
}

/// A chart's kind and the fields that belong to it.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartForm {
    Bars,
    Hbars,
    Growth,
    Gauge {
        /// The value of a full ring (100 for per cent).
        whole: f64,
        /// A target mark, when the figure is measured against one.
        target: Option<f64>,
    },
    Waffle {
        /// How much one square stands for.
        per_cell: f64,
    },
    Rank {
        /// Metric id of the number ranked among (the 68 zones).
        total: String,
    },
    BigNumber,
}

impl ChartForm {
    pub fn kind(&self) -> ChartKind {
        match self {
            ChartForm::Bars => ChartKind::Bars,
            ChartForm::Hbars => ChartKind::Hbars,
            ChartForm::Growth => ChartKind::Growth,
            ChartForm::Gauge { .. } => ChartKind::Gauge,
            ChartForm::Waffle { .. } => ChartKind::Waffle,
            ChartForm::Rank { .. } => ChartKind::Rank,
            ChartForm::BigNumber => ChartKind::BigNumber,
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

/// A record of `data/charts.json` as written: every kind's fields, each optional.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChartSpec {
    id: String,
    kind: ChartKind,
    metrics: Vec<String>,
    title: Text,
    note: Text,
    hint: Text,
    /// rank: metric id of the number ranked (68 zones).
    #[serde(default)]
    total: Option<String>,
    /// gauge: the value of a full ring (100 for per cent).
    #[serde(default)]
    whole: Option<f64>,
    /// gauge: a target mark.
    #[serde(default)]
    target: Option<f64>,
    /// waffle: how much one square stands for.
    #[serde(default)]
    per_cell: Option<f64>,
}

fn needs<T>(v: Option<T>, field: &'static str, problem: &'static str) -> Result<T, FieldRule> {
    v.ok_or(FieldRule { field, problem })
}

impl TryFrom<RawChartSpec> for ChartSpec {
    type Error = FieldRule;

    fn try_from(mut r: RawChartSpec) -> Result<ChartSpec, FieldRule> {
        let form = match r.kind {
            ChartKind::Bars => ChartForm::Bars,
            ChartKind::Hbars => ChartForm::Hbars,
            ChartKind::Growth => ChartForm::Growth,
            ChartKind::BigNumber => ChartForm::BigNumber,
            ChartKind::Gauge => ChartForm::Gauge {
                whole: needs(
                    r.whole.take(),
                    "whole",
                    "a gauge needs the value of a full ring (100 for per cent)",
                )?,
                target: r.target.take(),
            },
            ChartKind::Waffle => ChartForm::Waffle {
                per_cell: needs(
                    r.per_cell.take(),
                    "per_cell",
                    "a waffle chart needs how much one square stands for",
                )?,
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
            return stray("whole", "whole and target are only for gauges");
        }
        if r.target.is_some() {
            return stray("target", "whole and target are only for gauges");
        }
        if r.per_cell.is_some() {
            return stray("per_cell", "is only for waffle charts");
        }
        Ok(ChartSpec {
            id: r.id,
            metrics: r.metrics,
            title: r.title,
            note: r.note,
            hint: r.hint,
            form,
        })
    }
}
