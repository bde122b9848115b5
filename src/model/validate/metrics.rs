//! Each metric on its own: its section, unit and scale exist, its source and mark agree,
//! its qualifier matches the words; and each unit's English gloss.

use super::{rec, Validator, SCALES};
use crate::lang::Lang;
use crate::model::{Qualifier, METRICS_FILE, STORY_FILE, UNITS_FILE};

impl Validator<'_> {
    pub(super) fn units(&mut self) {
        for u in &self.s.units {
            if let Some(g) = &u.gloss {
                if !(g.factor.is_finite() && g.factor > 0.0) {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "the factor must be a positive number",
                    );
                }
                if !g.en.contains("{}") {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "the en template has no {} where the number goes",
                    );
                }
                if !(1..=6).contains(&g.significant) {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "significant must be between 1 and 6",
                    );
                }
            }
        }
    }

    pub(super) fn metrics(&mut self) {
        let s = self.s;
        for m in &s.metrics {
            let r = rec("metric", &m.id);
            if s.section(&m.section).is_none() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "section",
                    format!("there is no section “{}” in {STORY_FILE}", m.section),
                );
            }
            if s.unit(&m.unit).is_none() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "unit",
                    format!("“{}” is not a unit of {UNITS_FILE}", m.unit),
                );
            }
            if !SCALES.contains(&m.scale) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "scale",
                    format!("{} is not 1, 10000 (萬) or 100000000 (億)", m.scale),
                );
            }
            if !m.value.is_finite() || m.value < 0.0 {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "value",
                    "must be a number of 0 or more, as the text states it",
                );
            }
            if m.source.is_empty() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "source",
                    "is empty: copy the words of the article that state the figure",
                );
            } else if !m.source.contains(m.mark.get(Lang::ZH_HANT)) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "mark",
                    format!(
                        "the zh-Hant mark “{}” is not part of the source “{}”",
                        m.mark.get(Lang::ZH_HANT),
                        m.source
                    ),
                );
            }
            let words: &[&str] = match m.qualifier {
                Qualifier::Exact => &[],
                Qualifier::Over => &["逾", "超過", "突破", "超", "餘", "多"],
                Qualifier::OrMore => &["以上"],
                Qualifier::Nearly => &["近"],
                Qualifier::About => &["約", "左右"],
                Qualifier::Expected => &["預計"],
            };
            if !words.is_empty() && !words.iter().any(|w| m.source.contains(w)) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "qualifier",
                    format!(
                        "the source “{}” has none of the words that mean this qualifier ({})",
                        m.source,
                        words.join("、")
                    ),
                );
            }
            for (w, q, name) in [
                ("突破", Qualifier::Over, "over"),
                ("餘", Qualifier::Over, "over"),
                ("逾", Qualifier::Over, "over"),
                ("以上", Qualifier::OrMore, "or-more"),
                ("近", Qualifier::Nearly, "nearly"),
            ] {
                if m.mark.get(Lang::ZH_HANT).contains(w) && m.qualifier != q {
                    self.err(
                        METRICS_FILE,
                        r.clone(),
                        "qualifier",
                        format!("the mark says “{w}”: the qualifier should be {name}"),
                    );
                }
            }
            if m.mark.get(Lang::ZH_HANT).contains("預計") && m.qualifier != Qualifier::Expected {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "qualifier",
                    "the mark says 預計: the qualifier should be expected",
                );
            }
            if let Some(c) = &m.compare {
                if let Some(id) = &c.metric {
                    if s.metric(id).is_none() {
                        self.err(
                            METRICS_FILE,
                            r.clone(),
                            "compare",
                            format!("there is no metric “{id}” to compare with"),
                        );
                    }
                }
            }
        }
    }
}
