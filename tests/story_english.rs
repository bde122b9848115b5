//! The English copy as a good newspaper prints it (the rules are in docs/data.md): no
//! sentence of more than 40 words, and few over 30, in any text readers see (steps, the
//! introduction, headings, labels, marks, compare texts, chart titles, notes and hints, unit
//! names and templates, meta); figures in the marks written as the formatter writes them
//! (digits: 2 quarters, 9th, 81.45 million yuan); and every count's formatted figure ending in
//! the noun of the thing it counts (3 centres and 15 canteens, not 18 “firms”).

#[path = "story_support/mod.rs"]
mod support;

use luyuan::format::{en_number, format_plain};
use luyuan::lang::Lang;

const EN: Lang = Lang::EN;
use luyuan::model::MetricKind;
use support::Problems;

/// No sentence is longer than this.
const MAX_WORDS: usize = 40;
/// Most sentences are no longer than this …
const USUAL_WORDS: usize = 30;
/// … at most this share of them is longer.
const LONG_SHARE: f64 = 0.1;

/// The sentences of an English text. A full stop, `!` or `…` (with a closing quote or bracket
/// after it) ends a sentence when the text ends there or a space and a capital letter or an
/// opening quote follow, so “No. 11 High School” and “4.3%” stay whole. A sentence that opens
/// with a figure (“2023 was …”) is counted with the one before: the rule errs on the long side.
fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        if !matches!(chars[i].1, '.' | '!' | '…') {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '”' | '’' | ')') {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |x| x.0);
        let rest = &text[end..];
        let next = rest.trim_start();
        let opens = next.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '‘' | '('));
        if next.is_empty() || (next.len() < rest.len() && opens) {
            out.push(text[start..end].trim());
            start = end;
        }
        i = j;
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// Words: what stands between spaces and has a letter or a digit (a dash alone is none).
fn words(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn sentences_and_words_are_counted_as_a_reader_counts_them() {
    assert_eq!(
        sentences("It opened at City No. 11 High School. Output rose 4.3%. “Two” won."),
        [
            "It opened at City No. 11 High School.",
            "Output rose 4.3%.",
            "“Two” won."
        ]
    );
    assert_eq!(
        sentences("It held “steady at 120 million jin (60,000 t).” Then it grew …"),
        [
            "It held “steady at 120 million jin (60,000 t).”",
            "Then it grew …"
        ]
    );
    assert_eq!(sentences("Class IV"), ["Class IV"]);
    assert_eq!(words("It rose — by 81.45 million yuan, a “record”."), 8);
}

#[test]
fn no_english_sentence_is_long() {
    let mut texts: Vec<(String, String)> = support::all_texts()
        .into_iter()
        .map(|t| (format!("{}, {}", t.file, t.place), t.en))
        .collect();
    texts.extend(
        support::other_strings()
            .into_iter()
            .map(|(file, place, s)| (format!("{file}, {place}"), s)),
    );
    let mut p = Problems::new();
    let (mut all, mut long) = (0, Vec::new());
    for (place, text) in &texts {
        for s in sentences(text) {
            let n = words(s);
            all += 1;
            if n > MAX_WORDS {
                p.push(format!(
                    "{place}: a sentence of {n} words (at most {MAX_WORDS}; split it): “{s}”"
                ));
            }
            if n > USUAL_WORDS {
                long.push(format!("{place} ({n} words)"));
            }
        }
    }
    assert!(all > 500, "only {all} English sentences found");
    if long.len() as f64 > LONG_SHARE * all as f64 {
        p.push(format!(
            "{} of {all} sentences have more than {USUAL_WORDS} words; keep most under it: {}",
            long.len(),
            long.join(", ")
        ));
    }
    p.check("English sentence lengths");
}

/// Is `number` in `text` as a number of its own (not the 2 of 12 or of 2.5)?
fn has_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + number.len()..].chars().collect::<Vec<_>>();
        let digit_after = match after.as_slice() {
            [c, ..] if c.is_ascii_digit() => true,
            ['.' | ',', c, ..] if c.is_ascii_digit() => true,
            _ => false,
        };
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') && !digit_after
    })
}

#[test]
fn english_marks_write_figures_as_the_formatter_does() {
    let s = support::story();
    let mut p = Problems::new();
    for m in &s.metrics {
        let mark = m.mark.get(Lang::EN);
        let abs = m.absolute();
        let styled = s
            .unit(&m.unit)
            .map(|u| format_plain(m.value, m.scale, u, EN))
            .is_some_and(|f| mark.contains(&f));
        // House style (Reuters): counts, durations and places from one to nine are words in
        // running text (two quarters, ninth); every other figure is digits, as the
        // formatter writes it.
        if let Some(word) = small_word(m) {
            if !mark.split([' ', '-']).any(|w| w == word) {
                p.push(format!(
                    "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: one to nine is a word in running text (“{word}”), not “{mark}”",
                    m.id
                ));
            }
            continue;
        }
        let ok = has_number(mark, &en_number(abs))
            || styled
            || (abs == 0.0 && mark.split(' ').any(|w| w == "zero"));
        if !ok {
            p.push(format!(
                "stories/luyuan-2023/metrics.json, metric “{}”, field “mark”: write the figure in digits, as the formatter does (“{}”), not “{mark}”",
                m.id,
                en_number(abs)
            ));
        }
    }
    p.check("figures in the English marks");
}

/// The word a count, duration or place from one to nine is written as in running text.
fn small_word(m: &luyuan::model::Metric) -> Option<&'static str> {
    use luyuan::model::MetricKind::{Count, Duration, Rank};
    const CARDINAL: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const ORDINAL: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    let v = m.absolute();
    if v.fract() != 0.0 || !(1.0..=9.0).contains(&v) {
        return None;
    }
    match m.kind {
        Count | Duration => Some(CARDINAL[v as usize]),
        Rank => Some(ORDINAL[v as usize]),
        _ => None,
    }
}

#[test]
fn one_to_nine_are_words_in_running_text() {
    // A digit 1–9 standing alone in an English step or paragraph (not 2.5, 12, 9th of a
    // name's "No. 2", a percentage or "1 billion") breaks the house style.
    let s = support::story();
    let mut p = Problems::new();
    let texts = s
        .intro
        .paragraphs
        .iter()
        .map(|x| (&x.id, x.text.get(Lang::EN)))
        .chain(
            s.sections
                .iter()
                .flat_map(|sec| sec.steps.iter().map(|x| (&x.id, x.text.get(Lang::EN)))),
        );
    for (id, t) in texts {
        let chars: Vec<char> = t.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if !('1'..='9').contains(c) {
                continue;
            }
            let before: String = chars[i.saturating_sub(4)..i].iter().collect();
            let after: String = chars[i + 1..(i + 10).min(chars.len())].iter().collect();
            let in_number = before.ends_with(|b: char| b.is_ascii_digit() || b == '.' || b == ',')
                || after
                    .starts_with(|a: char| a.is_ascii_digit() || a == '.' || a == ',' || a == '%');
            let named = before.ends_with("No. ")
                || before.ends_with("ing ")
                || after.starts_with(|a: char| a.is_ascii_uppercase());
            let big = after.starts_with(" million") || after.starts_with(" billion");
            if !(in_number || named || big) {
                p.push(format!(
                    "step or paragraph “{id}”: “…{before}{c}{after}…”: one to nine is a word"
                ));
            }
        }
    }
    p.check("one to nine in running text");
}

/// The words of a text, lower case.
fn word_set(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_count_ends_with_the_noun_of_what_it_counts() {
    let s = support::story();
    let mut p = Problems::new();
    for m in s.metrics.iter().filter(|m| m.kind == MetricKind::Count) {
        let named = word_set(&format!(
            "{} {}",
            m.label.get(Lang::EN),
            m.mark.get(Lang::EN)
        ));
        for figure in [s.format(m, EN), s.format_short(m, EN)] {
            let noun = figure.rsplit(' ').next().unwrap_or_default().to_lowercase();
            let one = noun.strip_suffix('s').unwrap_or(&noun);
            let ok = !noun.is_empty()
                && noun.chars().all(char::is_alphabetic)
                && named
                    .iter()
                    .any(|w| w == &noun || w == one || w.strip_suffix('s') == Some(&noun));
            if !ok {
                p.push(format!(
                    "metric “{}” (unit “{}”): the English figure “{figure}” does not end with a noun of its label “{}” or mark “{}”; give it a unit in stories/luyuan-2023/units.json whose English names the thing counted",
                    m.id, m.unit, m.label.get(Lang::EN), m.mark.get(Lang::EN)
                ));
            }
        }
    }
    p.check("English nouns of counts");
}
