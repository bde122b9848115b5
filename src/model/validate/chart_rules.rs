//! The graphics desk's rules that a program can check (see `data/README.md`, "Chart
//! rules"): a shared axis only for figures a reader may fairly compare; a part never a bar
//! beside its whole; a reading hint only about marks the chart has.

use super::{rec, Validator};
use crate::model::{Basis, ChartForm, ChartSpec, Metric, CHARTS_FILE};

impl Validator<'_> {
    /// Metrics on one axis (and a reference line) share the unit's dimension, the metric
    /// kind and the basis of comparison.
    pub(super) fn comparable(&mut self, c: &ChartSpec, ms: &[&Metric]) {
        if !c.form.shares_an_axis() {
            return;
        }
        let s = self.s;
        let mut all: Vec<&Metric> = ms.to_vec();
        if let Some(r) = c.form.reference().and_then(|id| s.metric(id)) {
            all.push(r);
        }
        let key = |m: &Metric| {
            (
                s.unit(&m.unit)
                    .map(|u| u.dimension.clone())
                    .unwrap_or_default(),
                m.kind,
                m.compare.as_ref().map(|k| k.basis),
            )
        };
        let Some(first) = all.first().map(|m| key(m)) else {
            return;
        };
        if all.iter().any(|m| key(m) != first) {
            let described: Vec<String> = all
                .iter()
                .map(|m| {
                    let (dim, kind, basis) = key(m);
                    let basis = basis.map_or("none".to_string(), |b| format!("{b:?}"));
                    format!("{} in {} ({dim}, {kind:?}, basis {basis})", m.id, m.unit)
                })
                .collect();
            self.err(
                CHARTS_FILE,
                rec("chart", &c.id),
                "metrics",
                format!(
                    "cannot share an axis: bars compare only figures of one unit, kind and basis, which a reader may fairly compare: {}; show unrelated figures as a figure wall (kind figures)",
                    described.join(", ")
                ),
            );
        }
    }

    /// A part is never a bar beside its whole: the whole is the reference line, or the part
    /// is shown as its share.
    pub(super) fn parts_and_wholes(&mut self, c: &ChartSpec, ms: &[&Metric]) {
        if !c.form.shares_an_axis() || matches!(c.form, ChartForm::Waffle { .. }) {
            return;
        }
        for m in ms {
            let whole = m.part_of.as_deref().or_else(|| {
                m.compare
                    .as_ref()
                    .filter(|k| k.basis == Basis::Total)
                    .and_then(|k| k.metric.as_deref())
            });
            if let Some(w) = whole.filter(|w| c.metrics.iter().any(|x| x == w)) {
                self.err(
                    CHARTS_FILE,
                    rec("chart", &c.id),
                    "metrics",
                    format!(
                        "“{}” is part of “{w}”: a part is never a bar beside its whole; draw the whole as the reference line (reference) or the part as a share of it",
                        m.id
                    ),
                );
            }
        }
    }

    /// A reading hint speaks only of marks the chart draws.
    pub(super) fn hint_is_true(&mut self, c: &ChartSpec) {
        let Some(hint) = &c.hint else { return };
        let bars = matches!(
            c.form,
            ChartForm::Bars
                | ChartForm::Hbars { .. }
                | ChartForm::Growth { .. }
                | ChartForm::Progress { .. }
        );
        let symbols = match &c.form {
            ChartForm::Pictogram { .. } => true,
            ChartForm::Figures { icons } => !icons.is_empty(),
            _ => false,
        };
        let line = c.form.reference().is_some()
            || matches!(
                c.form,
                ChartForm::Progress {
                    target: Some(_),
                    ..
                }
            );
        let marks: [(&str, &str, bool, &str); 5] = [
            ("條", "bar", bars, "bars"),
            (
                "格",
                "square",
                matches!(c.form, ChartForm::Waffle { .. }),
                "squares",
            ),
            ("圖形", "symbol", symbols, "symbols"),
            (
                "環",
                "ring",
                matches!(c.form, ChartForm::Gauge { .. }),
                "rings",
            ),
            ("線", "line", line, "a line"),
        ];
        for (zh, en, drawn, what) in marks {
            let says = hint.zh_hant.contains(zh) || hint.en.to_lowercase().contains(en);
            if says && !drawn {
                self.err(
                    CHARTS_FILE,
                    rec("chart", &c.id),
                    "hint",
                    format!("speaks of {what}, which this {} chart does not draw: a reading hint must be true of what the reader sees", c.kind().name()),
                );
            }
        }
    }
}
