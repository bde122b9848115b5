//! Qualifiers as the Chinese says them. The word attached to a figure in its source decides
//! the metric's qualifier, the formatter writes each qualifier the same way in every place a
//! figure is shown, and the English mark carries the qualifier's words.
//!
//! | source word | qualifier | zh-Hant | zh-Hans | en |
//! | --- | --- | --- | --- | --- |
//! | 預計 | expected | 預計7% | 预计7% | expected 7% |
//! | 近 | nearly | 近100萬平方米 | 近100万平方米 | nearly 1 million square metres |
//! | 約, 左右 | about | 約… | 约… | about … |
//! | 以上 | or-more | 25%以上 | 25%以上 | 25% or more |
//! | 逾, 超過, 突破, 超, 餘, 多 | over | 逾500億元 | 超500亿元 | over 50 billion yuan |
//!
//! A word is attached to the number it qualifies: 近, 約, 逾, 超過, 突破 and 超 stand right
//! before the number; 餘 and 多 right after it (2300餘萬元, 1500餘套); 以上 and 左右 after its
//! unit, before the next number (5000萬元以上, 25%以上); 預計 anywhere before the number in
//! its clause (預計全年同比增長7%). So in 55個5000萬元以上項目 the 以上 belongs to 5000萬元, not
//! to 55, and in 5個污水處理廠嚴格超低排放 the 超 qualifies no number. 近 before a number of
//! years names a period (近五年, “the last five years”), not an approximation.
//!
//! When two words apply to one figure, the first of this list wins: expected (the figure is a
//! forecast, which matters more than its bound), nearly, about (an approximate figure is no
//! exact bound), or-more, over.

#[path = "story_support/mod.rs"]
mod support;

use luyuan::draft::numbers::numbers_in;
use luyuan::format::format_value;
use luyuan::lang::Lang;

const ZH_HANT: Lang = Lang::ZH_HANT;
const ZH_HANS: Lang = Lang::ZH_HANS;
const EN: Lang = Lang::EN;
use luyuan::model::{Metric, Qualifier};
use support::Problems;

const PRECEDENCE: [Qualifier; 5] = [
    Qualifier::Expected,
    Qualifier::Nearly,
    Qualifier::About,
    Qualifier::OrMore,
    Qualifier::Over,
];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The source around the number that states the metric: the words of its clause before it
/// (from the previous number on), the number, and the words after it (up to the next number).
fn around(m: &Metric) -> Option<(&str, &str, &str, &str)> {
    let s = m.source.as_str();
    let off = s.find(m.mark.get(Lang::ZH_HANT))?;
    let tokens = numbers_in(s);
    let t = tokens.iter().find(|t| {
        t.start >= off
            && t.end <= off + m.mark.get(Lang::ZH_HANT).len()
            && t.value.is_some_and(|v| close(v, m.absolute()))
    })?;
    let breaks = |c: char| "，。；、：".contains(c);
    let clause_start = s[..t.start]
        .rfind(breaks)
        .map_or(0, |i| i + s[i..].chars().next().map_or(0, char::len_utf8));
    let clause_end = s[t.end..].find(breaks).map_or(s.len(), |i| t.end + i);
    let from = tokens
        .iter()
        .filter(|x| x.end <= t.start && x.start >= clause_start)
        .map(|x| x.end)
        .max()
        .unwrap_or(clause_start);
    let to = tokens
        .iter()
        .filter(|x| x.start >= t.end && x.start < clause_end)
        .map(|x| x.start)
        .min()
        .unwrap_or(clause_end);
    Some((
        &s[clause_start..t.start],
        &s[from..t.start],
        t.text,
        &s[t.end..to],
    ))
}

/// The qualifier the source's words give the figure, by the rules above.
fn qualifier_of(m: &Metric) -> Option<Qualifier> {
    let (clause, before, number, after) = around(m)?;
    let mut found = Vec::new();
    if clause.contains("預計") {
        found.push(Qualifier::Expected);
    }
    if before.ends_with('近') && !after.starts_with('年') {
        found.push(Qualifier::Nearly);
    }
    if before.ends_with('約') || after.contains("左右") {
        found.push(Qualifier::About);
    }
    if after.contains("以上") {
        found.push(Qualifier::OrMore);
    }
    if ["逾", "超過", "突破", "超"]
        .iter()
        .any(|w| before.ends_with(w))
        || number.contains(['餘', '多'])
        || after.starts_with(['餘', '多'])
    {
        found.push(Qualifier::Over);
    }
    Some(
        PRECEDENCE
            .into_iter()
            .find(|q| found.contains(q))
            .unwrap_or(Qualifier::Exact),
    )
}

#[test]
fn every_qualifier_is_the_one_its_source_words_give() {
    let s = support::story();
    let mut p = Problems::new();
    for m in &s.metrics {
        match qualifier_of(m) {
            None => p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”: the number of the mark “{}” was not found in the source “{}”",
                m.id, m.mark.get(Lang::ZH_HANT), m.source
            )),
            Some(q) if q != m.qualifier => p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”, field “qualifier”: is {:?}, but the source “{}” says {:?}",
                m.id, m.qualifier, m.source, q
            )),
            Some(_) => {}
        }
    }
    p.check("qualifiers");
}

#[test]
fn the_rules_read_the_words_attached_to_the_number() {
    let s = support::story();
    let q = |id: &str| qualifier_of(s.metric(id).unwrap()).unwrap();
    // 近100萬 nearly; 近五年 a period.
    assert_eq!(q("zhaijia-green-space"), Qualifier::Nearly);
    assert_eq!(q("gdp-growth-high-years"), Qualifier::Exact);
    // 55個5000萬元以上項目: the 以上 is the threshold's, the 55 is exact.
    assert_eq!(q("big-project-threshold"), Qualifier::OrMore);
    assert_eq!(q("big-projects"), Qualifier::Exact);
    // 億元以上項目占比80%: the share is exact.
    assert_eq!(q("billion-projects-share"), Qualifier::Exact);
    // 17臺20蒸噸以上鍋爐.
    assert_eq!(q("boilers"), Qualifier::Exact);
    assert_eq!(q("boiler-threshold"), Qualifier::OrMore);
    // 突破500億元，同比增長10%: the 突破 stays in its clause.
    assert_eq!(q("industrial-output"), Qualifier::Over);
    assert_eq!(q("industrial-output-growth"), Qualifier::Exact);
    // 2300餘萬元, 1500餘套; 超低排放 qualifies no number.
    assert_eq!(q("wages-recovered"), Qualifier::Over);
    assert_eq!(q("talent-flats"), Qualifier::Over);
    assert_eq!(q("sewage-plants"), Qualifier::Exact);
    assert_eq!(q("spending-cut"), Qualifier::OrMore);
    assert_eq!(q("gdp-growth"), Qualifier::Expected);
}

#[test]
fn the_formatter_writes_each_qualifier_in_three_languages() {
    let s = support::story();
    let all = |v: f64, scale: u64, unit: &str, q: Qualifier| {
        let u = s.unit(unit).unwrap();
        [ZH_HANT, ZH_HANS, EN].map(|l: Lang| format_value(v, scale, u, q, l))
    };
    assert_eq!(
        all(7.0, 1, "percent", Qualifier::Expected),
        ["預計7%", "预计7%", "expected 7%"]
    );
    assert_eq!(
        all(100.0, 10_000, "m2", Qualifier::Nearly),
        [
            "近100萬平方米",
            "近100万平方米",
            "nearly 1 million square metres"
        ]
    );
    assert_eq!(
        all(100.0, 10_000, "m2", Qualifier::About),
        [
            "約100萬平方米",
            "约100万平方米",
            "about 1 million square metres"
        ]
    );
    assert_eq!(
        all(25.0, 1, "percent", Qualifier::OrMore),
        ["25%以上", "25%以上", "25% or more"]
    );
    assert_eq!(
        all(5000.0, 10_000, "yuan", Qualifier::OrMore),
        ["5000萬元以上", "5000万元以上", "50 million yuan or more"]
    );
    // The qualifier goes after the gloss: the gloss belongs to the number.
    assert_eq!(
        all(20.0, 1, "steam-tonnes", Qualifier::OrMore),
        [
            "20蒸噸以上",
            "20蒸吨以上",
            "20 steam tonnes (14 MW) or more"
        ]
    );
    assert_eq!(
        all(500.0, 100_000_000, "yuan", Qualifier::Over),
        ["逾500億元", "超500亿元", "over 50 billion yuan"]
    );
    assert_eq!(
        all(93.0, 1, "percent", Qualifier::Exact),
        ["93%", "93%", "93%"]
    );
}

/// The English words that say each qualifier in a step's text.
fn english_words(q: Qualifier) -> &'static [&'static str] {
    match q {
        Qualifier::Exact => &[],
        Qualifier::Over => &["more than", "over", "passed", "topped"],
        Qualifier::OrMore => &["or more"],
        Qualifier::Nearly => &["nearly"],
        Qualifier::About => &["about", "around"],
        Qualifier::Expected => &["expected"],
    }
}

/// Does `text` say `word` (lower case) as a whole word?
fn says(text: &str, word: &str) -> bool {
    let text = text.to_lowercase();
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn english_marks_carry_the_qualifier() {
    let s = support::story();
    let every: Vec<&str> = PRECEDENCE
        .into_iter()
        .flat_map(english_words)
        .copied()
        .collect();
    let mut p = Problems::new();
    for m in &s.metrics {
        let mark = m.mark.get(Lang::EN);
        let words = english_words(m.qualifier);
        if m.qualifier == Qualifier::Exact {
            if let Some(w) = every.iter().find(|w| says(mark, w)) {
                p.push(format!(
                    "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: the figure is exact, but the English “{mark}” says “{w}”",
                    m.id
                ));
            }
        } else if !words.iter().any(|w| says(mark, w)) {
            p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: the English “{mark}” should say the qualifier ({}), as the figure is {:?}",
                m.id,
                words.join(" / "),
                m.qualifier
            ));
        }
    }
    p.check("qualifiers in the English marks");
}
