//! The graphics desk's rules that a program can check (see `docs/data.md`, "Chart
//! rules"): a shared axis only for figures a reader may fairly compare; a part never a bar
//! beside its whole; a reading hint only about marks the chart has.

use super::{rec, Validator};
use crate::lang::Lang;
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
        // A basis the article does not state (no `compare`) is not another basis.
        let bases: Vec<Basis> = all
            .iter()
            .filter_map(|m| m.compare.as_ref().map(|k| k.basis))
            .collect();
        let unlike = all.iter().any(|m| {
            let k = key(m);
            (k.0.as_str(), k.1) != (first.0.as_str(), first.1)
        }) || bases.windows(2).any(|w| w[0] != w[1]);
        if unlike {
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
        // Which marks each kind draws: a new kind must say (no default).
        let (bars, symbols) = match &c.form {
            ChartForm::Bars
            | ChartForm::Hbars { .. }
            | ChartForm::Growth { .. }
            | ChartForm::Progress { .. } => (true, false),
            ChartForm::Pictogram { .. } => (false, true),
            ChartForm::Figures { icons, .. } => (false, !icons.is_empty()),
            ChartForm::Gauge { .. }
            | ChartForm::Waffle { .. }
            | ChartForm::Rank { .. }
            | ChartForm::BigNumber => (false, false),
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
            let says = hint.get(Lang::ZH_HANT).contains(zh)
                || hint.get(Lang::EN).to_lowercase().contains(en);
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

    /// A takeaway speaks of the figures drawn: each number it writes in digits is one of the
    /// chart's figures (its metrics or reference line), as stated or in plain units.
    pub(super) fn takeaway_is_drawn(&mut self, c: &ChartSpec, ms: &[&Metric]) {
        let Some(t) = &c.takeaway else { return };
        let s = self.s;
        let mut drawn: Vec<&Metric> = ms.to_vec();
        if let Some(r) = c.form.reference().and_then(|id| s.metric(id)) {
            drawn.push(r);
        }
        let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        for (text, v) in digit_numbers(t.get(Lang::ZH_HANT)) {
            if !drawn
                .iter()
                .any(|m| same(v, m.value) || same(v, m.absolute()))
            {
                self.err(
                    CHARTS_FILE,
                    rec("chart", &c.id),
                    "takeaway",
                    format!(
                        "“{}” speaks of {text}, which the chart does not draw: a takeaway speaks of the chart's own figures",
                        t.get(Lang::ZH_HANT)
                    ),
                );
            }
        }
    }
}

/// The numbers a text writes in digits, with their 萬 or 億 (`8.7萬` → 87,000): the text and
/// the plain value. (The format module's scanner is above the model in the layers.)
fn digit_numbers(text: &str) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let digits = rest[..end].trim_end_matches(['.', ',']);
        let scale = match rest[digits.len()..].chars().next() {
            Some('萬' | '万') => 1e4,
            Some('億' | '亿') => 1e8,
            _ => 1.0,
        };
        if let Ok(v) = digits.replace(',', "").parse::<f64>() {
            out.push((rest[..digits.len()].to_string(), v * scale));
        }
        rest = &rest[digits.len().max(1)..];
    }
    out
}
