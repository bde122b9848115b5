//! A story's figures as readers see them: a metric with the story's unit for it, through the
//! one formatter (`format.rs`, which knows numbers and units, not the story), and what only
//! the metric knows: a change is signed (+35%, −80.8%), and "over" in Chinese is the
//! article's own word for the figure (1500餘套, 突破500億元).

use crate::format::{format_number, format_plain, format_short, qualify};
use crate::lang::Lang;
use crate::locale::Han;
use crate::model::{Measure, Metric, Qualifier, Story, Unit};

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
/// 1500餘套 where the text does, not 逾1500套. `None`: not an "over" figure, a language not
/// written in Han characters, or no such word by a number.
fn over_as_written(m: &Metric, lang: Lang) -> Option<Over> {
    let han = lang.locale().han?;
    if m.qualifier != Qualifier::Over {
        return None;
    }
    let words = match (&m.source, &m.quote) {
        (s, _) if !s.is_empty() => s.as_str(),
        (_, Some(q)) => q.get(Lang::ZH_HANT),
        _ => return None,
    };
    let hans = han == Han::Simplified;
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

/// A change as a change: `+35%`, `−80.8%` for a cut of 80.8 %, `+21個百分點`, `+17 places`
/// (a level is returned as it is). The sign goes on the number before its qualifier is
/// added: `預計+7%`, `over +12%`, `−25%以上`.
fn signed(formatted: &str, measure: Measure, value: f64) -> String {
    const MINUS: char = '\u{2212}';
    match measure {
        Measure::Level => formatted.to_string(),
        Measure::Reduction => format!("{MINUS}{}", formatted.trim_start_matches('-')),
        Measure::Growth | Measure::PointsChange | Measure::RankChange => {
            match formatted.strip_prefix('-') {
                Some(rest) => format!("{MINUS}{rest}"),
                None if value == 0.0 => formatted.to_string(),
                None => format!("+{formatted}"),
            }
        }
    }
}

/// A value with "over" as a Chinese article writes it after the number: `1500餘套`,
/// `2300餘萬元` (餘 before 萬 or 億), `1500余套` in Simplified. Languages not written in Han
/// characters, and units written in Chinese numerals, take [`qualify`]'s words.
fn over_after(value: f64, scale: u64, unit: &Unit, word: &str, lang: Lang) -> Option<String> {
    if lang.locale().han.is_none() || unit.zh_numerals {
        return None;
    }
    let number = format_number(value, scale, lang);
    let at = number
        .find(['萬', '億', '万', '亿'])
        .unwrap_or(number.len());
    let number = format!("{}{word}{}", &number[..at], &number[at..]);
    Some(unit.template.get(lang).replacen("{}", &number, 1))
}
