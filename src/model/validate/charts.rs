//! Each chart against its metrics and its kind: the metrics exist, and the form suits what
//! they are (one figure for a big number, a true share for a ring, …). The rules about what
//! may share an axis, parts and wholes, and reading hints are in `chart_rules.rs`.

use super::{rec, Validator};
use crate::model::{
    ChartForm, ChartSpec, DataError, Metric, MetricKind, CHARTS_FILE, METRICS_FILE,
};

/// Counts small and concrete enough to draw one symbol each.
pub(super) const MAX_SYMBOLS: f64 = 40.0;
/// The most symbols a pictogram draws in all.
const MAX_PICTOGRAM: f64 = 150.0;

impl Validator<'_> {
    pub(super) fn charts(&mut self) {
        let s = self.s;
        for c in &s.charts {
            let r = rec("chart", &c.id);
            if c.metrics.is_empty() {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "metrics",
                    "is empty: a chart shows at least one metric",
                );
                continue;
            }
            let ms: Vec<&Metric> = c
                .metrics
                .iter()
                .filter_map(|id| {
                    let m = s.metric(id);
                    if m.is_none() {
                        self.errs.push(DataError::at(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            format!("there is no metric “{id}” in {METRICS_FILE}"),
                        ));
                    }
                    m
                })
                .collect();
            self.form(c, &ms);
            self.comparable(c, &ms);
            self.parts_and_wholes(c, &ms);
            self.hint_is_true(c);
            self.takeaway_is_drawn(c, &ms);
            for (id, note) in &c.annotations {
                if !c.metrics.contains(id) && c.form.reference() != Some(id.as_str()) {
                    self.err(
                        CHARTS_FILE,
                        r.clone(),
                        "annotations",
                        format!("“{id}” is not one of the chart's metrics nor its reference"),
                    );
                }
                // Drawn under its label, a note that says the label again says nothing.
                if let Some(m) = s.metric(id) {
                    for lang in s.meta.languages.iter().copied() {
                        if repeats(note.get(lang), m.label.get(lang)) {
                            self.err(
                                CHARTS_FILE,
                                r.clone(),
                                &format!("annotations.{id}"),
                                format!(
                                    "“{}” repeats the label of its figure (“{}”): say what the label does not, or leave it out",
                                    note.get(lang),
                                    m.label.get(lang)
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    fn count(&mut self, c: &ChartSpec, ms: &[&Metric], what: &str, min: usize, max: usize) {
        if ms.len() < min || ms.len() > max {
            let n = if min == max {
                format!("exactly {min}")
            } else {
                format!("{min} to {max}")
            };
            self.err(
                CHARTS_FILE,
                rec("chart", &c.id),
                "metrics",
                format!(
                    "a {what} chart shows {n} metrics, this one has {}",
                    ms.len()
                ),
            );
        }
    }

    /// The kind's own rules.
    fn form(&mut self, c: &ChartSpec, ms: &[&Metric]) {
        let s = self.s;
        let r = rec("chart", &c.id);
        let bad = |v: &mut Self, field: &str, problem: String| {
            v.err(CHARTS_FILE, r.clone(), field, problem)
        };
        match &c.form {
            ChartForm::BigNumber => self.count(c, ms, "big-number", 1, 1),
            ChartForm::Figures {
                icons,
                wholes,
                grades,
            } => {
                self.count(c, ms, "figure wall (figures)", 2, 4);
                for id in icons.keys() {
                    match ms.iter().find(|m| &m.id == id) {
                        None => bad(self, "icons", format!("“{id}” is not one of the chart's metrics")),
                        Some(m) if !small_count(m) => bad(
                            self,
                            "icons",
                            format!("“{id}” is not a small whole count (symbols are for counts of at most {MAX_SYMBOLS})"),
                        ),
                        Some(_) => {}
                    }
                }
                for (id, &whole) in wholes {
                    match ms.iter().find(|m| &m.id == id) {
                        None => bad(
                            self,
                            "wholes",
                            format!("“{id}” is not one of the chart's metrics"),
                        ),
                        Some(m) => {
                            if let Some(problem) = whole_problem(m, whole) {
                                bad(self, "wholes", format!("“{id}”: {problem}"));
                            }
                        }
                    }
                    if icons.contains_key(id) || grades.contains_key(id) {
                        bad(
                            self,
                            "wholes",
                            format!("“{id}” has another mark under it already (icons or grades)"),
                        );
                    }
                }
                for (id, names) in grades {
                    match ms.iter().find(|m| &m.id == id) {
                        None => bad(self, "grades", format!("“{id}” is not one of the chart's metrics")),
                        Some(m) if m.kind != MetricKind::Grade => bad(
                            self,
                            "grades",
                            format!("“{id}” is not a grade (a metric of kind grade)"),
                        ),
                        Some(m) if names.len() < 2
                            || m.value.fract() != 0.0
                            || !(1.0..=names.len() as f64).contains(&m.value) =>
                        {
                            bad(
                                self,
                                "grades",
                                format!("“{id}”: its value {} is not a place among the {} grades (1 is the first)", m.value, names.len()),
                            )
                        }
                        Some(_) => {}
                    }
                    if icons.contains_key(id) {
                        bad(
                            self,
                            "grades",
                            format!("“{id}” has symbols under it already (icons)"),
                        );
                    }
                }
            }
            ChartForm::Rank { total } => {
                self.count(c, ms, "rank", 1, 1);
                if ms.iter().any(|m| m.kind != MetricKind::Rank) {
                    bad(
                        self,
                        "metrics",
                        "a rank chart shows a metric of kind rank".into(),
                    );
                }
                match s.metric(total) {
                    None => bad(self, "total", format!("there is no metric “{total}”")),
                    Some(t) if ms.iter().any(|m| m.value > t.value) => {
                        bad(self, "total", "the rank is larger than the total".into())
                    }
                    Some(_) => {}
                }
            }
            ChartForm::Gauge { whole } => {
                if *whole != 100.0 {
                    bad(
                        self,
                        "whole",
                        "a ring is a share of one whole: its whole is 100 (per cent)".into(),
                    );
                }
                for m in ms {
                    if m.unit != "percent" || m.kind != MetricKind::Share || m.value > 100.0 {
                        bad(
                            self,
                            "metrics",
                            format!(
                                "“{}”: a ring shows only a true share of one whole, 0 to 100 %",
                                m.id
                            ),
                        );
                    }
                    if m.compare
                        .as_ref()
                        .is_some_and(|k| k.basis == crate::model::Basis::Target)
                    {
                        bad(self, "kind", format!("“{}” is measured against a target: draw it as progress against a marked target line", m.id));
                    }
                }
            }
            ChartForm::Progress { whole, target } => {
                if !(whole.is_finite() && *whole > 0.0) {
                    bad(
                        self,
                        "whole",
                        "must be a positive number (100 for per cent)".into(),
                    );
                }
                for m in ms {
                    if m.unit != "percent"
                        || !matches!(m.kind, MetricKind::Share | MetricKind::Reduction)
                    {
                        bad(
                            self,
                            "metrics",
                            format!("“{}”: progress bars show shares or cuts in per cent", m.id),
                        );
                    }
                    let against_target = m
                        .compare
                        .as_ref()
                        .is_some_and(|k| k.basis == crate::model::Basis::Target);
                    if against_target && target.is_none() {
                        bad(
                            self,
                            "target",
                            format!("“{}” is measured against a target: mark it (target)", m.id),
                        );
                    }
                }
            }
            ChartForm::Waffle { per_cell, of } => {
                if !(per_cell.is_finite() && *per_cell > 0.0) {
                    bad(self, "per_cell", "must be a positive number".into());
                }
                match s.metric(of) {
                    None => bad(self, "of", format!("there is no metric “{of}”")),
                    Some(w) => {
                        let sum: f64 = ms.iter().map(|m| m.absolute()).sum();
                        if ms.iter().any(|m| m.part_of.as_deref() != Some(of.as_str())) {
                            bad(self, "metrics", format!("a waffle's squares are parts of one whole that do not overlap: give each metric part_of “{of}”"));
                        }
                        if sum > w.absolute() * (1.0 + 1e-9) {
                            bad(
                                self,
                                "of",
                                format!(
                                    "the parts add up to {sum}, more than the whole {}",
                                    w.absolute()
                                ),
                            );
                        }
                    }
                }
            }
            ChartForm::Pictogram { per_icon, .. } => {
                self.count(c, ms, "pictogram", 1, 6);
                let total: f64 = ms.iter().map(|m| m.absolute() / per_icon).sum();
                if !(per_icon.is_finite() && *per_icon > 0.0) || total > MAX_PICTOGRAM {
                    bad(
                        self,
                        "per_icon",
                        format!("makes {total:.0} symbols; at most {MAX_PICTOGRAM} fit a phone"),
                    );
                }
                if ms.iter().any(|m| m.kind != MetricKind::Count) {
                    bad(
                        self,
                        "metrics",
                        "a pictogram counts things: metrics of kind count".into(),
                    );
                }
            }
            ChartForm::Growth { .. } => {
                if ms.iter().any(|m| {
                    !matches!(m.kind, MetricKind::Growth | MetricKind::Reduction)
                        || m.unit != "percent"
                }) {
                    bad(
                        self,
                        "metrics",
                        "a growth chart shows growth rates in per cent only".into(),
                    );
                }
                if ms.len() > 1 && c.hint.is_none() {
                    bad(self, "hint", "growth rates of different things start from different bases: say so on the chart (hint)".into());
                }
            }
            ChartForm::Bars | ChartForm::Hbars { .. } => {
                if ms.len() < 2 {
                    bad(
                        self,
                        "metrics",
                        "a bar chart compares at least two metrics; use big-number for one".into(),
                    );
                }
            }
        }
        if let Some(id) = c.form.reference() {
            match s.metric(id) {
                None => bad(self, "reference", format!("there is no metric “{id}”")),
                Some(_) if c.metrics.iter().any(|m| m == id) => bad(
                    self,
                    "reference",
                    format!(
                        "“{id}” is drawn as the reference line: it is not also one of the bars"
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

/// A whole count small enough for one symbol per unit.
/// Whether an annotation says nothing its label does not: the same words, or a part of them
/// (case, spaces and punctuation aside).
fn repeats(note: &str, label: &str) -> bool {
    let bare = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let note = bare(note);
    !note.is_empty() && bare(label).contains(&note)
}

/// Why a track for `whole` under `m` would not be true, if it would not: only a part of a
/// whole (a share, a cut, a count of all of a plan) is drawn against it, a per cent against
/// 100, and never more than the whole.
fn whole_problem(m: &Metric, whole: f64) -> Option<String> {
    let v = m.absolute();
    match m.kind {
        MetricKind::Share | MetricKind::Reduction if whole != 100.0 => {
            Some("a share or a cut in per cent is drawn against a whole of 100".into())
        }
        MetricKind::Share | MetricKind::Reduction | MetricKind::Count => (!(0.0..=whole)
            .contains(&v))
        .then(|| format!("its value {v} is not within the whole {whole}")),
        _ => Some("only a share, a cut or a count is drawn as a part of a whole".into()),
    }
}

pub(super) fn small_count(m: &Metric) -> bool {
    let v = m.absolute();
    m.kind == MetricKind::Count && v.fract() == 0.0 && (1.0..=MAX_SYMBOLS).contains(&v)
}
