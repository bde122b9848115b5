//! The introduction and the steps: key figures, each step's chart and focus, and the marks
//! of the figures a text states.

use super::{rec, Validator};
use crate::lang::Lang;
use crate::lang::Text;
use crate::model::{Step, CHARTS_FILE, METRICS_FILE, STORY_FILE};

impl Validator<'_> {
    pub(super) fn figures_in(
        &mut self,
        record: &str,
        text: &Text,
        figures: &[String],
        section: Option<&str>,
    ) {
        let s = self.s;
        for id in figures {
            let Some(m) = s.metric(id) else {
                self.err(
                    STORY_FILE,
                    record.to_string(),
                    "figures",
                    format!("there is no metric “{id}” in {METRICS_FILE}"),
                );
                continue;
            };
            for (lang, name) in self.langs() {
                let mark = m.mark.get(lang);
                if !mark.is_empty() && !text.get(lang).contains(mark) {
                    self.err(
                        METRICS_FILE,
                        rec("metric", id),
                        "mark",
                        format!("the {name} mark “{mark}” is not in the {name} text of {record}, which lists it under figures"),
                    );
                }
            }
            if let Some(sec) = section {
                if m.section != sec {
                    self.err(
                        METRICS_FILE,
                        rec("metric", id),
                        "section",
                        format!(
                            "is “{}” but the figure is stated in section “{sec}”",
                            m.section
                        ),
                    );
                }
                if !text.get(Lang::ZH_HANT).contains(&m.source) {
                    self.err(METRICS_FILE, rec("metric", id), "source", format!("“{}” is not in the zh-Hant text of {record}, which lists it under figures", m.source));
                }
            }
        }
    }

    pub(super) fn steps(&mut self) {
        let s = self.s;
        let n = s.intro.key_figures.len();
        if !(3..=5).contains(&n) {
            self.err(
                STORY_FILE,
                "intro".into(),
                "key_figures",
                format!("has {n} metric ids: the hero needs 3 to 5"),
            );
        }
        for id in &s.intro.key_figures {
            if s.metric(id).is_none() {
                self.err(
                    STORY_FILE,
                    "intro".into(),
                    "key_figures",
                    format!("there is no metric “{id}” in {METRICS_FILE}"),
                );
            }
        }
        for p in &s.intro.paragraphs {
            self.figures_in(&rec("intro paragraph", &p.id), &p.text, &p.figures, None);
        }
        for sec in &s.sections {
            if sec.steps.is_empty() {
                self.err(STORY_FILE, rec("section", &sec.id), "steps", "has no steps");
            }
            if let Some(id) = &sec.key_figure {
                if !sec.steps.iter().any(|st| st.figures.contains(id)) {
                    self.err(
                        STORY_FILE,
                        rec("section", &sec.id),
                        "key_figure",
                        format!("“{id}” is not among the figures of the chapter's steps: a chapter opens with one of its own figures"),
                    );
                }
            }
            for (i, st) in sec.steps.iter().enumerate() {
                let r = rec("step", &st.id);
                if st.holds && i == 0 {
                    self.err(
                        STORY_FILE,
                        r.clone(),
                        "chart",
                        "is omitted (or “hold”) on a chapter's first step, which has no chart to keep",
                    );
                    continue;
                }
                self.step_shows_its_figures(&r, st, sec.steps.get(i + 1));
                match s.chart(&st.chart) {
                    None => self.err(
                        STORY_FILE,
                        r.clone(),
                        "chart",
                        format!("there is no chart “{}” in {CHARTS_FILE}", st.chart),
                    ),
                    Some(c) => {
                        for f in &st.focus {
                            if !c.metrics.contains(f) {
                                self.err(
                                    STORY_FILE,
                                    r.clone(),
                                    "focus",
                                    format!("“{f}” is not one of the metrics of chart “{}”", c.id),
                                );
                            }
                        }
                    }
                }
                self.figures_in(&r, &st.text, &st.figures, Some(&sec.id));
            }
        }
    }

    /// The chart a reader looks at while reading a figure draws it: a step that names figures
    /// shows a chart that draws one of them; a step that names none keeps the chart already
    /// on view ("hold") or, opening a chapter, shows the next step's chart.
    fn step_shows_its_figures(&mut self, r: &str, st: &Step, next: Option<&Step>) {
        let s = self.s;
        let Some(c) = s.chart(&st.chart) else { return };
        let draws = |id: &String| c.metrics.contains(id) || c.form.reference() == Some(id.as_str());
        if st.figures.is_empty() {
            let previews = next.is_some_and(|n| n.chart == st.chart && !n.holds);
            if !st.holds && !previews && !next.is_some_and(|n| n.holds && n.chart == st.chart) {
                self.err(
                    STORY_FILE,
                    r.to_string(),
                    "chart",
                    format!(
                        "“{}” is shown by a step that names no figure: omit the chart (or write “hold”) to keep the one on view",
                        st.chart
                    ),
                );
            }
        } else if !st.figures.iter().any(draws) {
            self.err(
                STORY_FILE,
                r.to_string(),
                "chart",
                format!(
                    "chart “{}” draws none of the step's figures ({}): show a chart that draws one of them, or a big number of one",
                    st.chart,
                    st.figures.join(", ")
                ),
            );
        }
    }
}
