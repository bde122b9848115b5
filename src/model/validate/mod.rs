//! Cross-checks between the records of the data files, one concern a file: the meta
//! record, texts, ids, metrics and units, steps, charts, and coverage (everything is
//! shown). They run natively (tests, the prerender, which stops the build); the browser's
//! copy of the data is the one they passed. The heavier checks against the source article
//! (every number covered, OpenCC, repairs) live in `tests/story_*.rs`.

mod chart_rules;
mod charts;
mod coverage;
mod ids;
mod measures;
pub use measures::{names_change, says_growth};
mod meta;
mod metrics;
mod steps;
mod texts;

use super::error::DataError;
use super::types::Story;
use crate::lang::{Lang, Text, BREAK_MARK};

/// All problems found, in file order. Empty when the data is consistent.
pub fn validate(s: &Story) -> Vec<DataError> {
    let mut v = Validator {
        s,
        errs: Vec::new(),
    };
    v.meta();
    v.texts();
    v.ids();
    v.units();
    v.metrics();
    v.measures();
    v.steps();
    v.charts();
    v.everything_shown();
    v.errs
}

struct Validator<'a> {
    s: &'a Story,
    errs: Vec<DataError>,
}

const SCALES: [u64; 3] = [1, 10_000, 100_000_000];

fn rec(kind: &str, id: &str) -> String {
    format!("{kind} “{id}”")
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0))
}

/// A break mark anywhere but between two Chinese characters, the only place the charts'
/// line breaking needs one (elsewhere a line breaks at spaces and punctuation by itself).
fn misplaced_mark(text: &str) -> bool {
    let han = |c: Option<&char>| {
        c.is_some_and(|c| matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'))
    };
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == BREAK_MARK && !(i > 0 && han(chars.get(i - 1)) && han(chars.get(i + 1)))
    })
}

fn is_ascii_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl Validator<'_> {
    fn err(&mut self, file: &str, record: String, field: &str, problem: impl Into<String>) {
        self.errs.push(DataError::at(file, record, field, problem));
    }

    /// The story's languages, each with the tag its texts are keyed by in the data.
    fn langs(&self) -> Vec<(Lang, &'static str)> {
        self.s
            .meta
            .languages
            .iter()
            .map(|&l| (l, l.tag()))
            .collect()
    }

    fn text(&mut self, file: &str, record: &str, field: &str, t: &Text) {
        for lang in t.langs().filter(|l| !self.s.meta.languages.contains(l)) {
            self.err(
                file,
                record.to_string(),
                field,
                format!(
                    "a {} text, but the story is not published in {} (story.json meta languages)",
                    lang.tag(),
                    lang.tag()
                ),
            );
        }
        for (lang, name) in self.langs() {
            if t.get(lang).trim().is_empty() {
                self.err(
                    file,
                    record.to_string(),
                    field,
                    format!("the {name} text is empty"),
                );
            }
            if misplaced_mark(t.marked(lang)) {
                self.err(
                    file,
                    record.to_string(),
                    field,
                    format!(
                        "the {name} text has a break mark (\\u200b) that is not between two \
                         Chinese characters"
                    ),
                );
            }
        }
    }
}
