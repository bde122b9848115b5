//! A story's figures as readers see them: a metric with the story's unit for it, through the
//! one formatter (`format.rs`, which knows numbers and units, not the story).

use crate::format::{format_number, format_plain, format_short, over_after, qualify, signed};
use crate::lang::Lang;
use crate::model::{Metric, Qualifier, Story};

impl Story {
    /// A metric as readers see it, everywhere: qualifier, number (signed if it is a change),
    /// unit, and in English the gloss ("逾500億元", "over 50 billion yuan", "87,000 mu
    /// (5,800 ha)", "+35%", "預計+7%").
    pub fn format(&self, m: &Metric, lang: Lang) -> String {
        let unit = self.unit(&m.unit);
        let plain = match unit {
            Some(u) => format_plain(m.value, m.scale, u, lang),
            None => format_number(m.value, m.scale, lang),
        };
        let signed = signed(&plain, m.measure(), m.value);
        match (over_as_written(m, lang), unit) {
            (Some(Over::After(word)), Some(u)) if !m.measure().is_change() => {
                over_after(m.value, m.scale, u, word, lang)
                    .unwrap_or_else(|| qualify(&signed, m.qualifier, lang))
            }
            (Some(Over::Before(word)), _) => format!("{word}{signed}"),
            _ => qualify(&signed, m.qualifier, lang),
        }
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

/// Where the article's word for "over" goes.
enum Over {
    /// 餘 or 多 after the number (1500餘套).
    After(&'static str),
    /// 突破, 超過, 逾 or 超 before it (突破500億元).
    Before(&'static str),
}

/// "Over" in Chinese as the article writes it for this figure (its source words hold the
/// word: the browser's copy of the data has them as the zh-Hant quote), so the chart says
/// 1500餘套 where the text does, not 逾1500套. `None`: not an "over" figure, English, or no
/// such word by a number.
fn over_as_written(m: &Metric, lang: Lang) -> Option<Over> {
    if m.qualifier != Qualifier::Over || lang == Lang::En {
        return None;
    }
    let words = match (&m.source, &m.quote) {
        (s, _) if !s.is_empty() => s.as_str(),
        (_, Some(q)) => q.zh_hant.as_str(),
        _ => return None,
    };
    let hans = lang == Lang::ZhHans;
    let digit_before = |i: usize| {
        words[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    };
    let digit_after = |i: usize| {
        words[i..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
    };
    let after = |w: &str| words.match_indices(w).any(|(i, _)| digit_before(i));
    if after("餘") {
        return Some(Over::After(if hans { "余" } else { "餘" }));
    }
    if after("多") {
        return Some(Over::After("多"));
    }
    [
        ("突破", "突破"),
        ("超過", "超过"),
        ("逾", "逾"),
        ("超", "超"),
    ]
    .into_iter()
    .find(|(w, _)| {
        words
            .match_indices(w)
            .any(|(i, _)| digit_after(i + w.len()))
    })
    .map(|(hant, hans_w)| Over::Before(if hans { hans_w } else { hant }))
}
