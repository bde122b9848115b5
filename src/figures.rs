//! A story's figures as readers see them: a metric with the story's unit for it, through the
//! one formatter (`format.rs`, which knows numbers and units, not the story).

use crate::format::{format_number, format_plain, format_short, qualify, signed};
use crate::lang::Lang;
use crate::model::{Metric, Story};

impl Story {
    /// A metric as readers see it, everywhere: qualifier, number (signed if it is a change),
    /// unit, and in English the gloss ("逾500億元", "over 50 billion yuan", "87,000 mu
    /// (5,800 ha)", "+35%", "預計+7%").
    pub fn format(&self, m: &Metric, lang: Lang) -> String {
        let plain = match self.unit(&m.unit) {
            Some(u) => format_plain(m.value, m.scale, u, lang),
            None => format_number(m.value, m.scale, lang),
        };
        qualify(&signed(&plain, m.measure(), m.value), m.qualifier, lang)
    }

    /// A metric for chart labels: no qualifier, no gloss, compact in English ("81.45m yuan",
    /// "+35%").
    pub fn format_short(&self, m: &Metric, lang: Lang) -> String {
        let plain = match self.unit(&m.unit) {
            Some(u) => format_short(m.value, m.scale, u, lang),
            None => format_number(m.value, m.scale, lang),
        };
        signed(&plain, m.measure(), m.value)
    }
}
