//! The story's texts against the repaired article: the story tells the whole article, every
//! `source` stands in it and states its value, every number of the article is a figure or a
//! listed not-a-figure, and no text of any language carries damage (pinyin, mojibake, U+FFFD,
//! a stray ?). English figures have the right magnitudes.

#[path = "story_support/mod.rs"]
mod support;

use luyuan::draft::numbers::{numbers_in, parse_zh_number};
use luyuan::format::en_number;
use luyuan::lang::Lang;
use luyuan::model::Metric;
use serde::Deserialize;
use support::{Problems, ARTICLE, NOT_FIGURES};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotFigures {
    #[allow(dead_code)]
    about: String,
    not_figures: Vec<NotFigure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotFigure {
    text: String,
    occurrences: usize,
    kind: String,
    why: String,
}

fn not_figures() -> Vec<NotFigure> {
    serde_json::from_str::<NotFigures>(NOT_FIGURES)
        .unwrap_or_else(|e| panic!("stories/luyuan-2023/not_figures.json: {e}"))
        .not_figures
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn story_tells_the_whole_article() {
    let s = support::story();
    let mut lines = vec![
        s.title.get(Lang::ZH_HANT).to_owned(),
        s.intro.heading.get(Lang::ZH_HANT).to_owned(),
    ];
    lines.extend(
        s.intro
            .paragraphs
            .iter()
            .map(|p| p.text.get(Lang::ZH_HANT).to_owned()),
    );
    for (i, sec) in s.sections.iter().enumerate() {
        lines.push(sec.heading[0].get(Lang::ZH_HANT).to_owned());
        lines.push(sec.heading[1].get(Lang::ZH_HANT).to_owned());
        let mut para: String = sec
            .steps
            .iter()
            .map(|st| st.text.get(Lang::ZH_HANT))
            .collect();
        if i + 1 == s.sections.len() {
            // The credit line closes the last paragraph of the printed article.
            para.push_str(&format!("（{}）", s.meta.credit.get(Lang::ZH_HANT)));
        }
        lines.push(para);
    }
    let ours = lines.join("\n") + "\n";
    if ours != ARTICLE {
        for (i, (a, b)) in ours.lines().zip(ARTICLE.lines()).enumerate() {
            assert_eq!(
                a,
                b,
                "line {} of stories/luyuan-2023/article.zh-Hant.txt is not what stories/luyuan-2023/story.json tells",
                i + 1
            );
        }
        panic!(
            "stories/luyuan-2023/story.json tells {} lines, stories/luyuan-2023/article.zh-Hant.txt has {}",
            ours.lines().count(),
            ARTICLE.lines().count()
        );
    }
}

#[test]
fn steps_are_short_runs_of_text() {
    let s = support::story();
    let mut p = Problems::new();
    for st in s.sections.iter().flat_map(|x| x.steps.iter()) {
        let n = st.text.get(Lang::ZH_HANT).matches('。').count();
        if !(1..=3).contains(&n) || !st.text.get(Lang::ZH_HANT).ends_with('。') {
            p.push(format!(
                "stories/luyuan-2023/story.json, step “{}”: {n} sentences; a step is 1 to 3 whole sentences",
                st.id
            ));
        }
    }
    p.check("steps");
}

/// The single number in the mark that states the metric's value; None if not exactly one.
fn stated(m: &Metric) -> Result<(usize, usize), String> {
    let mark = m.mark.get(Lang::ZH_HANT);
    let Some(off) = m.source.find(mark) else {
        return Err(format!(
            "the mark “{mark}” is not in the source “{}”",
            m.source
        ));
    };
    if m.source.matches(mark).count() != 1 {
        return Err(format!(
            "the mark “{mark}” stands more than once in the source “{}”",
            m.source
        ));
    }
    let hits: Vec<_> = numbers_in(mark)
        .into_iter()
        .filter(|t| t.value.is_some_and(|v| close(v, m.absolute())))
        .collect();
    match hits.as_slice() {
        [t] => Ok((off + t.start, off + t.end)),
        [] => Err(format!(
            "the mark “{mark}” does not write the value {} × {} as a number",
            m.value, m.scale
        )),
        _ => Err(format!("the mark “{mark}” writes the value more than once")),
    }
}

#[test]
fn every_source_is_in_the_article_and_states_its_value() {
    let s = support::story();
    let mut p = Problems::new();
    for m in &s.metrics {
        if !ARTICLE.contains(&m.source) {
            p.push(format!("stories/luyuan-2023/metrics.json, metric “{}”, field “source”: “{}” is not in the repaired article", m.id, m.source));
        }
        if let Err(e) = stated(m) {
            p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: {e}",
                m.id
            ));
        }
    }
    p.check("sources");
}

#[test]
fn every_number_of_the_article_is_covered() {
    let s = support::story();
    let mut covered = vec![false; ARTICLE.len()];
    let mut p = Problems::new();
    for m in &s.metrics {
        let Ok((a, b)) = stated(m) else { continue };
        for (start, _) in ARTICLE.match_indices(m.source.as_str()) {
            covered[start + a..start + b]
                .iter_mut()
                .for_each(|x| *x = true);
        }
    }
    for nf in not_figures() {
        let found: Vec<usize> = ARTICLE
            .match_indices(nf.text.as_str())
            .map(|(i, _)| i)
            .collect();
        if found.len() != nf.occurrences {
            p.push(format!(
                "stories/luyuan-2023/not_figures.json, “{}”, field “occurrences”: says {}, the article has it {} time(s)",
                nf.text,
                nf.occurrences,
                found.len()
            ));
        }
        if nf.why.trim().is_empty() || nf.kind.trim().is_empty() {
            p.push(format!(
                "stories/luyuan-2023/not_figures.json, “{}”: give the kind and the reason",
                nf.text
            ));
        }
        if numbers_in(&nf.text).is_empty() {
            p.push(format!(
                "stories/luyuan-2023/not_figures.json, “{}”: has no number in it, remove it",
                nf.text
            ));
        }
        for i in found {
            covered[i..i + nf.text.len()]
                .iter_mut()
                .for_each(|x| *x = true);
        }
    }
    let mut n = 0;
    for t in numbers_in(ARTICLE) {
        n += 1;
        if !covered[t.start..t.end].iter().all(|x| *x) {
            let before: String = ARTICLE[..t.start]
                .chars()
                .rev()
                .take(8)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = ARTICLE[t.end..].chars().take(6).collect();
            p.push(format!(
                "the number “{}” in “…{before}【{}】{after}…” is neither stated by a metric (source + mark) nor listed in stories/luyuan-2023/not_figures.json",
                t.text, t.text
            ));
        }
    }
    assert!(n > 200, "only {n} numbers found in the article");
    p.check("numbers of the article");
}

#[test]
fn numeral_reader_reads_the_figures_of_the_article() {
    // One rule reads numbers: Arabic with 萬/億, and Chinese numerals.
    assert_eq!(parse_zh_number("第九".trim_start_matches('第')), Some(9.0));
    assert_eq!(parse_zh_number("兩"), Some(2.0));
    assert_eq!(parse_zh_number("四"), Some(4.0));
    assert_eq!(parse_zh_number("8145萬"), Some(81_450_000.0));
    assert_eq!(parse_zh_number("2300餘萬"), Some(23_000_000.0));
    let t: Vec<_> = numbers_in("排名第九、3個單項指標，2300餘萬元，十四五")
        .into_iter()
        .map(|t| (t.text, t.value))
        .collect();
    assert_eq!(
        t,
        vec![
            ("九", Some(9.0)),
            ("3", Some(3.0)),
            ("2300餘萬", Some(23_000_000.0)),
            ("十四五", None)
        ]
    );
}

const EN_WORDS: [&str; 11] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
const EN_ORDINALS: [&str; 11] = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth",
];

#[test]
fn english_figures_have_the_right_magnitude() {
    let s = support::story();
    let mut p = Problems::new();
    for m in &s.metrics {
        let mark = m.mark.get(Lang::EN).to_lowercase();
        let abs = m.absolute();
        let mut ok = mark.contains(&en_number(abs));
        if abs.fract() == 0.0 && abs <= 10.0 {
            ok |= mark
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == EN_WORDS[abs as usize] || w == EN_ORDINALS[abs as usize]);
        }
        if let Some(u) = s.unit(&m.unit) {
            // Class IV, 9th: the unit's own English style.
            ok |= mark.contains(
                &luyuan::format::format_plain(m.value, m.scale, u, luyuan::lang::Lang::EN)
                    .to_lowercase(),
            );
            if u.gloss.is_some() {
                let with_gloss =
                    luyuan::format::format_plain(m.value, m.scale, u, luyuan::lang::Lang::EN);
                if !m.mark.get(Lang::EN).contains(&with_gloss) {
                    p.push(format!("stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: the English should give the unit with its gloss, “{with_gloss}”", m.id));
                }
            }
        }
        if !ok {
            p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: the English “{}” does not state {} (the value {} × {})",
                m.id,
                m.mark.get(Lang::EN),
                en_number(abs),
                m.value,
                m.scale
            ));
        }
    }
    p.check("English magnitudes");
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
        || ('\u{3400}'..='\u{4dbf}').contains(&c)
        || ('\u{f900}'..='\u{faff}').contains(&c)
}

/// A character followed by its pinyin in brackets: 區(qū), 產（chǎn）.
fn pinyin_artefact(s: &str) -> Option<String> {
    let cs: Vec<char> = s.chars().collect();
    for i in 1..cs.len() {
        if (cs[i] == '(' || cs[i] == '（') && is_han(cs[i - 1]) {
            let close = if cs[i] == '(' { ')' } else { '）' };
            let inner: String = cs[i + 1..].iter().take_while(|c| **c != close).collect();
            let n = inner.chars().count();
            if (1..=6).contains(&n)
                && i + 1 + n < cs.len()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ".contains(c))
            {
                return Some(format!("{}{}{inner}{close}", cs[i - 1], cs[i]));
            }
        }
    }
    None
}

/// Damage a reader must never see: replacement character, stray question marks, mojibake
/// characters (€, Latin-1 junk, private use, controls).
fn damage(s: &str) -> Option<String> {
    for c in s.chars() {
        let bad = matches!(c, '\u{fffd}' | '?' | '？' | '€')
            || ('\u{80}'..='\u{bf}').contains(&c) && !matches!(c, '²' | '³' | '·' | '×')
            || matches!(c, 'Ã' | 'Â' | 'â' | 'Å' | 'æ' | 'ç' | 'è' | 'ï' | 'Ð')
            || ('\u{e000}'..='\u{f8ff}').contains(&c)
            || (c.is_control() && c != '\n');
        if bad {
            return Some(format!("the character “{c}” (U+{:04X})", c as u32));
        }
    }
    pinyin_artefact(s).map(|p| format!("a pinyin artefact “{p}”"))
}

#[test]
fn no_text_of_any_language_is_damaged() {
    let mut p = Problems::new();
    assert!(
        pinyin_artefact("綠園區(qū)書寫").is_some() && pinyin_artefact("中國（長春）").is_none()
    );
    assert!(
        damage("份額?!皟绍嚒").is_some()
            && damage("傲鶄€三").is_some()
            && damage("Lüyuan 93% m²").is_none()
    );
    for t in support::all_texts() {
        for (lang, s) in [("zh-Hant", &t.hant), ("zh-Hans", &t.hans), ("en", &t.en)] {
            if let Some(d) = damage(s) {
                p.push(format!(
                    "{}, {}: the {lang} text has {d}: “{s}”",
                    t.file, t.place
                ));
            }
        }
        for (lang, s) in [("zh-Hant", &t.hant), ("zh-Hans", &t.hans)] {
            // Chinese text is set with full-width punctuation.
            if let Some(c) = s
                .chars()
                .find(|c| matches!(c, ',' | ';' | ':' | '(' | ')' | '!'))
            {
                p.push(format!(
                    "{}, {}: the {lang} text has the half-width “{c}”; use full-width ，；：（）！",
                    t.file, t.place
                ));
            }
        }
        if let Some(c) =
            t.en.chars()
                .find(|c| is_han(*c) || matches!(c, '，' | '。' | '：' | '；' | '（' | '）' | '、'))
        {
            p.push(format!(
                "{}, {}: the English text has the Chinese “{c}”: “{}”",
                t.file, t.place, t.en
            ));
        }
        for s in [&t.hant, &t.hans, &t.en] {
            if s.contains('"') {
                p.push(format!(
                    "{}, {}: straight double quotes; use the source's “ ” style",
                    t.file, t.place
                ));
            }
        }
    }
    for (file, place, s) in support::other_strings() {
        if let Some(d) = damage(&s) {
            p.push(format!("{file}, {place}: has {d}"));
        }
    }
    if let Some(d) = damage(ARTICLE) {
        p.push(format!("stories/luyuan-2023/article.zh-Hant.txt has {d}"));
    }
    p.check("damaged texts");
}

#[test]
fn quotes_are_balanced() {
    let mut p = Problems::new();
    for t in support::all_texts() {
        for (lang, s) in [("zh-Hant", &t.hant), ("zh-Hans", &t.hans), ("en", &t.en)] {
            let (o, c) = (s.matches('“').count(), s.matches('”').count());
            if o != c {
                p.push(format!(
                    "{}, {}: the {lang} text opens {o} and closes {c} quotation marks",
                    t.file, t.place
                ));
            }
        }
    }
    p.check("quotation marks");
}
