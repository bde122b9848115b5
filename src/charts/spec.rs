//! What a chart draws: a plain, already localised description, independent of the data
//! model (of which it takes only the vocabulary of kinds, [`ChartKind`]). The story turns
//! its metrics into a [`ChartData`] (labels in the page's language, numbers already
//! formatted by the product's formatter) and the kit draws it.

use std::fmt;

use crate::lang::Lang;
use crate::model::{ChartKind, Icon};

/// One chart, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// Unique on the page; used for element ids (`chart-{id}-table`).
    pub id: String,
    pub kind: ChartKind,
    pub lang: Lang,
    /// Shown in the figcaption and as the table's caption.
    pub title: String,
    /// Figcaption note: unit, source (來源：長春日報). May be empty.
    pub note: String,
    /// The canvas's `aria-label`: what the chart shows, in a sentence.
    pub summary: String,
    /// Unit noun for a waffle's key ("戶", "人", "homes"). May be empty.
    pub unit: String,
    /// The whole a value is part of: a gauge's 100 (%) or target, a rank's number of
    /// places (68), a waffle's total. `None` where it does not apply.
    pub whole: Option<f64>,
    /// Waffle: what one square stands for (the data's `per_cell`); `None` picks a round
    /// number that keeps the grid at 100 squares or fewer. Pictogram: what one symbol is.
    pub per_cell: Option<f64>,
    /// Progress: the target, marked by a line.
    pub target: Option<f64>,
    /// A whole or benchmark drawn as a line across bars (never a bar beside them).
    pub reference: Option<Datum>,
    /// The one line to remember, drawn above the marks. May be empty.
    pub takeaway: String,
    /// How to read the chart, drawn under the marks. May be empty.
    pub hint: String,
    pub items: Vec<Datum>,
}

/// One figure of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    /// Stable across steps and languages: tweens match items by id.
    pub id: String,
    pub label: String,
    /// The value that sets the size of the mark (for a rank: the place, 1 = first).
    pub value: f64,
    /// The value as the reader sees it, formatted by the product's formatter ("8145萬元").
    pub display: String,
    /// Tooltip and table: unit, qualifier, source words. May be empty.
    pub detail: String,
    /// A short annotation drawn by the item's mark. May be empty.
    pub note: String,
    /// Symbols, one per unit, drawn with the figure (pictograms, small counts of a wall).
    pub icon: Option<Icon>,
    /// What a wall's figure is measured against, drawn under it.
    pub scale: Option<Scale>,
}

/// The comparison the article gives for a figure that stands alone on a wall.
#[derive(Clone, Debug, PartialEq)]
pub enum Scale {
    /// A track for the whole, filled to the figure: a share, a cut, all of a plan.
    Whole(f64),
    /// Grades in order, best first; the figure (1 is the first) is the one marked.
    Grades(Vec<String>),
}

impl Datum {
    pub fn new(id: &str, label: &str, value: f64, display: &str) -> Datum {
        Datum {
            id: id.to_string(),
            label: label.to_string(),
            value,
            display: display.to_string(),
            detail: String::new(),
            note: String::new(),
            icon: None,
            scale: None,
        }
    }

    pub fn with_detail(mut self, detail: &str) -> Datum {
        self.detail = detail.to_string();
        self
    }

    pub fn with_note(mut self, note: &str) -> Datum {
        self.note = note.to_string();
        self
    }

    pub fn with_icon(mut self, icon: Icon) -> Datum {
        self.icon = Some(icon);
        self
    }

    pub fn with_scale(mut self, scale: Scale) -> Datum {
        self.scale = Some(scale);
        self
    }
}

impl ChartData {
    /// A chart with no note, summary, unit or whole; fill those in with struct update syntax
    /// or the `with_*` helpers.
    pub fn new(id: &str, kind: ChartKind, lang: Lang, title: &str, items: Vec<Datum>) -> ChartData {
        ChartData {
            id: id.to_string(),
            kind,
            lang,
            title: title.to_string(),
            note: String::new(),
            summary: title.to_string(),
            unit: String::new(),
            whole: None,
            per_cell: None,
            target: None,
            reference: None,
            takeaway: String::new(),
            hint: String::new(),
            items,
        }
    }

    pub fn with_takeaway(mut self, takeaway: &str) -> ChartData {
        self.takeaway = takeaway.to_string();
        self
    }

    pub fn with_hint(mut self, hint: &str) -> ChartData {
        self.hint = hint.to_string();
        self
    }

    pub fn with_target(mut self, target: f64) -> ChartData {
        self.target = Some(target);
        self
    }

    pub fn with_reference(mut self, reference: Datum) -> ChartData {
        self.reference = Some(reference);
        self
    }

    pub fn with_whole(mut self, whole: f64) -> ChartData {
        self.whole = Some(whole);
        self
    }

    pub fn with_per_cell(mut self, per_cell: f64) -> ChartData {
        self.per_cell = Some(per_cell);
        self
    }

    pub fn with_unit(mut self, unit: &str) -> ChartData {
        self.unit = unit.to_string();
        self
    }

    pub fn with_note(mut self, note: &str) -> ChartData {
        self.note = note.to_string();
        self
    }

    pub fn with_summary(mut self, summary: &str) -> ChartData {
        self.summary = summary.to_string();
        self
    }
}

/// Why a chart cannot be laid out or drawn. In the page, any of these shows the chart's table.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartError {
    /// The description is wrong: names the chart and the field.
    Invalid {
        chart: String,
        field: String,
        reason: String,
    },
    /// The labels cannot be placed without overlapping or being cut off at this size. The
    /// box would need at least `need_css_height` CSS pixels (infinite if no height helps).
    DoesNotFit { chart: String, need_css_height: f64 },
    /// Width, height, DPR or font size is zero, negative or not a number.
    Viewport(String),
    /// The backend failed (a canvas call threw).
    Draw(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::Invalid {
                chart,
                field,
                reason,
            } => {
                write!(f, "chart \"{chart}\": {field}: {reason}")
            }
            ChartError::DoesNotFit {
                chart,
                need_css_height,
            } => write!(
                f,
                "chart \"{chart}\": labels do not fit (needs {need_css_height:.0} CSS px of height)"
            ),
            ChartError::Viewport(s) => write!(f, "chart viewport: {s}"),
            ChartError::Draw(s) => write!(f, "chart drawing: {s}"),
        }
    }
}

impl std::error::Error for ChartError {}

/// A [`ChartError::Invalid`] naming the chart (its id, else its title) and the field.
pub(crate) fn invalid(c: &ChartData, field: &str, reason: String) -> ChartError {
    let chart = if c.id.is_empty() { &c.title } else { &c.id };
    ChartError::Invalid {
        chart: chart.clone(),
        field: field.to_string(),
        reason,
    }
}

/// The kind's name as in the data files.
pub fn kind_name(kind: ChartKind) -> &'static str {
    kind.name()
}
