//! A story's figures as readers see them: a metric with the story's unit for it, through the
//! one formatter (`format.rs`, which knows numbers and units, not the story).

use crate::format::{format_number, format_short, format_value};
use crate::lang::Lang;
use crate::model::{Metric, Story};

impl Story {
    /// A metric as readers see it: qualifier, number, unit, and in English the gloss
    /// ("逾500億元", "over 50 billion yuan", "87,000 mu (5,800 ha)").
    pub fn format(&self, m: &Metric, lang: Lang) -> String {
        match self.unit(&m.unit) {
            Some(u) => format_value(m.value, m.scale, u, m.qualifier, lang),
            None => format_number(m.value, m.scale, lang),
        }
    }

    /// A metric for chart labels: no qualifier, no gloss, compact in English ("81.45m yuan").
    pub fn format_short(&self, m: &Metric, lang: Lang) -> String {
        match self.unit(&m.unit) {
            Some(u) => format_short(m.value, m.scale, u, lang),
            None => format_number(m.value, m.scale, lang),
        }
    }
}
