//! A change reads as a change: a growth rate, a cut, a change in points or places is labelled
//! as the change it is (區本級財政收入增長, not 區本級財政收入, beside +35%), a level never
//! as a change, and a cut is stated as its size. The formatter signs the figure; the label
//! must say what changed.

use super::{rec, Validator};
use crate::lang::Lang;
use crate::locale::GrowthAt;
use crate::model::{Measure, Metric, METRICS_FILE};

/// Whether `label` names a change, in `lang` (its locale's change words).
pub fn names_change(label: &str, lang: Lang) -> bool {
    let t = label.to_lowercase();
    lang.locale().change_words.iter().any(|w| t.contains(w))
}

/// Whether `label` is a growth, in `lang`: its head word is growth (區本級財政收入增長,
/// "Growth in …", "GDP growth"). A level may speak of growth elsewhere ("Quarters in a row
/// with the fastest GDP growth of the urban districts", 增速創新高的年數).
pub fn says_growth(label: &str, lang: Lang) -> bool {
    let t = label.trim().to_lowercase();
    let words = lang.locale().growth_words;
    match lang.locale().growth_at {
        GrowthAt::StartOrEnd => words.iter().any(|w| t.starts_with(w) || t.ends_with(w)),
        GrowthAt::End => words.iter().any(|w| t.ends_with(w)),
    }
}

impl Validator<'_> {
    pub(super) fn measures(&mut self) {
        for m in &self.s.metrics {
            self.measure_of(m);
        }
    }

    fn measure_of(&mut self, m: &Metric) {
        let r = rec("metric", &m.id);
        let measure = m.measure();
        for (lang, name) in self.langs() {
            let label = m.label.get(lang);
            if measure.is_change() && !names_change(label, lang) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "label",
                    format!(
                        "the {name} label “{label}” reads as a level, but the figure is a {}: name the change ({} …)",
                        measure.name(),
                        lang.locale().change_words[..3].join(", ")
                    ),
                );
            }
            if !measure.is_change() && says_growth(label, lang) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "label",
                    format!(
                        "the {name} label “{label}” says growth, but the figure is a level (kind “{:?}”): growth is kind “growth”",
                        m.kind
                    ),
                );
            }
        }
        if measure == Measure::Reduction && m.value <= 0.0 {
            self.err(
                METRICS_FILE,
                r,
                "value",
                "a reduction is stated as the size of the cut (80.8 for 壓縮80.8%): more than 0",
            );
        }
    }
}
