//! A change reads as a change: a growth rate, a cut, a change in points or places is labelled
//! as the change it is (區本級財政收入增長, not 區本級財政收入, beside +35%), a level never
//! as a change, and a cut is stated as its size. The formatter signs the figure; the label
//! must say what changed.

use super::{langs, rec, Validator};
use crate::lang::Lang;
use crate::model::{Measure, Metric, METRICS_FILE};

/// Words that name a change, in Chinese (both scripts) and English.
const CHANGE_ZH: [&str; 22] = [
    "增長", "增长", "增速", "增幅", "提高", "上升", "躍升", "跃升", "壓縮", "压缩", "壓減", "压减",
    "減少", "减少", "下降", "降低", "高於", "高于", "低於", "低于", "變化", "变化",
];
const CHANGE_EN: [&str; 16] = [
    "growth",
    "grew",
    "rise",
    "rose",
    "increase",
    "cut",
    "fall",
    "fell",
    "gain",
    "above",
    "below",
    "change",
    "reduction",
    "higher",
    "lower",
    "up ",
];
/// Words that say growth: never on a level.
const GROWTH_ZH: [&str; 4] = ["增長", "增长", "增速", "增幅"];
const GROWTH_EN: [&str; 3] = ["growth", "increase", "grew"];

fn has_any(text: &str, words: &[&str]) -> bool {
    let t = text.to_lowercase();
    words.iter().any(|w| t.contains(w))
}

/// Whether `label` names a change, in `lang`.
pub fn names_change(label: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => has_any(label, &CHANGE_EN),
        Lang::ZhHant | Lang::ZhHans => has_any(label, &CHANGE_ZH),
    }
}

/// Whether `label` is a growth, in `lang`: its head word is growth (區本級財政收入增長,
/// "Growth in …", "GDP growth"). A level may speak of growth elsewhere ("Quarters in a row
/// with the fastest GDP growth of the urban districts", 增速創新高的年數).
pub fn says_growth(label: &str, lang: Lang) -> bool {
    let t = label.trim().to_lowercase();
    match lang {
        Lang::En => GROWTH_EN.iter().any(|w| t.starts_with(w) || t.ends_with(w)),
        Lang::ZhHant | Lang::ZhHans => GROWTH_ZH.iter().any(|w| t.ends_with(w)),
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
        for (lang, name) in langs() {
            let label = m.label.get(lang);
            if measure.is_change() && !names_change(label, lang) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "label",
                    format!(
                        "the {name} label “{label}” reads as a level, but the figure is a {}: name the change (增長, 提高, 壓縮 …; growth, rise, cut …)",
                        measure.name()
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
