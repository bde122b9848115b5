//! Everything is shown: every metric in a chart, the hero or a text; every chart in a step.

use std::collections::HashSet;

use super::{rec, Validator};
use crate::model::{CHARTS_FILE, METRICS_FILE};

impl Validator<'_> {
    pub(super) fn everything_shown(&mut self) {
        let s = self.s;
        let mut shown: HashSet<&str> = HashSet::new();
        let mut used_charts: HashSet<&str> = HashSet::new();
        shown.extend(s.intro.key_figures.iter().map(String::as_str));
        for p in &s.intro.paragraphs {
            shown.extend(p.figures.iter().map(String::as_str));
        }
        for st in s.sections.iter().flat_map(|x| x.steps.iter()) {
            shown.extend(st.figures.iter().map(String::as_str));
            used_charts.insert(st.chart.as_str());
            if let Some(c) = s.chart(&st.chart) {
                shown.extend(c.metrics.iter().map(String::as_str));
            }
        }
        for m in &s.metrics {
            if !shown.contains(m.id.as_str()) {
                self.err(METRICS_FILE, rec("metric", &m.id), "id", "is not shown anywhere: list it in a step's figures, a chart or the hero's key_figures");
            }
        }
        for c in &s.charts {
            if !used_charts.contains(c.id.as_str()) {
                self.err(
                    CHARTS_FILE,
                    rec("chart", &c.id),
                    "id",
                    "is not used by any step: give it to a step's chart or remove it",
                );
            }
        }
    }
}
