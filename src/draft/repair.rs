//! The damage this project already knows, with the rules of `repairs.json` generalised:
//! the mojibake spans it lists (literally), pinyin in brackets after a Chinese character
//! (`區(qū)` → `區`), the Simplified forms it lists in the contexts its reasons name
//! (`幹勁`, `實幹`: `干` → `幹` only there), and half-width punctuation beside Chinese text.

use std::collections::BTreeMap;

/// One kind of change, where it was made.
#[derive(Clone, Debug, PartialEq)]
pub struct Repair {
    pub kind: &'static str,
    pub from: String,
    pub to: String,
    /// line:column (characters, from 1) in the text as it stood at this pass.
    pub at: Vec<String>,
}

pub struct Repairs {
    pub text: String,
    pub list: Vec<Repair>,
    /// `?` left in Chinese text: damage no rule knows.
    pub unresolved: Vec<String>,
}

impl Repairs {
    pub fn count(&self, kind: &str) -> usize {
        self.list
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.at.len())
            .sum()
    }
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

fn is_cjk_or_mark(c: char) -> bool {
    is_cjk(c) || "，。、；：？！“”‘’（）《》—…".contains(c)
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń".contains(c)
}

/// line:column of each byte offset in `text`.
fn line_col(text: &str, at: usize) -> String {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("{line}:{col}")
}

#[derive(Default)]
struct Log(BTreeMap<(&'static str, String, String), Vec<String>>);

impl Log {
    fn add(&mut self, kind: &'static str, from: &str, to: &str, at: String) {
        self.0
            .entry((kind, from.to_owned(), to.to_owned()))
            .or_default()
            .push(at);
    }
}

/// Replaces every `from` of the rules' literal list.
fn literal(text: &str, pairs: &[(String, String)], kind: &'static str, log: &mut Log) -> String {
    let mut out = text.to_owned();
    for (from, to) in pairs {
        if from.is_empty() {
            continue;
        }
        let mut next = String::new();
        let mut rest = out.as_str();
        let mut done = 0;
        while let Some(i) = rest.find(from.as_str()) {
            log.add(kind, from, to, line_col(&out, done + i));
            next.push_str(&rest[..i]);
            next.push_str(to);
            done += i + from.len();
            rest = &rest[i + from.len()..];
        }
        next.push_str(rest);
        out = next;
    }
    out
}

/// `區(qū)` → `區`: latin letters with tone marks in brackets right after a Chinese character.
fn pinyin(text: &str, log: &mut Log) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        out.push(c);
        i += 1;
        if is_cjk(c) && chars.get(i).is_some_and(|x| x.1 == '(' || x.1 == '（') {
            let mut j = i + 1;
            while chars.get(j).is_some_and(|x| is_pinyin_letter(x.1)) {
                j += 1;
            }
            let tone = chars[i + 1..j].iter().any(|x| !x.1.is_ascii());
            if j > i + 1
                && j - i <= 8
                && chars.get(j).is_some_and(|x| x.1 == ')' || x.1 == '）')
                && (tone || j - i <= 7)
            {
                let from: String = chars[i - 1..=j].iter().map(|x| x.1).collect();
                log.add(
                    "pinyin",
                    &from,
                    &c.to_string(),
                    line_col(text, chars[i - 1].0),
                );
                i = j + 1;
            }
        }
    }
    out
}

/// The listed Simplified forms, put into Traditional in the contexts their reasons name.
fn simplified(text: &str, rules: &[(String, String, Vec<String>)], log: &mut Log) -> String {
    let mut out = text.to_owned();
    for (from, to, contexts) in rules {
        for ctx in contexts {
            let digit_led = ctx.starts_with(|c: char| c.is_ascii_digit());
            let core: String = ctx
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .to_owned();
            // after a number the form holds whatever follows it (1500餘套, 900餘起)
            let (core, wrong) = if digit_led {
                (to.clone(), from.clone())
            } else {
                (core.clone(), core.replace(to.as_str(), from))
            };
            if wrong == core {
                continue;
            }
            let mut next = String::new();
            let mut last = 0;
            for (i, _) in out.match_indices(wrong.as_str()) {
                if i < last {
                    continue;
                }
                if digit_led && !out[..i].ends_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                log.add("simplified", from, to, line_col(&out, i));
                next.push_str(&out[last..i]);
                next.push_str(&core);
                last = i + wrong.len();
            }
            next.push_str(&out[last..]);
            out = next;
        }
    }
    out
}

/// Half-width `,;:!()` beside Chinese text made full-width (`1,000` stays).
fn punctuation(text: &str, log: &mut Log) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    for (k, &(at, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        let near = match c {
            ',' | ';' | ':' => {
                !(latin(prev) && latin(next))
                    && (prev.is_some_and(|c| !c.is_ascii() || c == '%')
                        || next.is_some_and(|c| !c.is_ascii()))
            }
            _ => prev.is_some_and(is_cjk_or_mark) || next.is_some_and(is_cjk_or_mark),
        };
        let full = match c {
            ',' => Some('，'),
            ';' => Some('；'),
            ':' => Some('：'),
            '!' => Some('！'),
            '(' => Some('（'),
            ')' => Some('）'),
            _ => None,
        };
        match full {
            Some(f) if near => {
                log.add(
                    "punctuation",
                    &c.to_string(),
                    &f.to_string(),
                    line_col(text, at),
                );
                out.push(f);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The contexts a simplified rule's reason names: its Chinese words that hold the
/// Traditional form (`幹中有為 / 幹勁 / 實幹` → three; the lone form `並` → everywhere),
/// with a leading number kept as a mark that the form follows digits (`1500餘套`).
fn contexts(why: &str, to: &str) -> Vec<String> {
    let head = why;
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut first = true;
    for c in head.chars().chain(std::iter::once(' ')) {
        if is_cjk(c) || (c.is_ascii_digit() && cur.chars().all(|x| x.is_ascii_digit())) {
            cur.push(c);
        } else {
            // a lone form (並 'and also') holds everywhere: a Traditional text never has 并
            if cur.contains(to) && (cur.chars().count() >= 2 || first) {
                words.push(cur.clone());
            }
            if !cur.is_empty() {
                first = false;
            }
            cur.clear();
        }
    }
    words
}

/// Repairs `text` with the rules of a `repairs.json`.
pub fn repair(text: &str, rules: &serde_json::Value) -> Repairs {
    let list = rules["repairs"].as_array().cloned().unwrap_or_default();
    fn of<'a>(
        list: &'a [serde_json::Value],
        kind: &'a str,
    ) -> impl Iterator<Item = &'a serde_json::Value> {
        list.iter().filter(move |r| r["kind"] == kind)
    }
    let mojibake: Vec<(String, String)> = of(&list, "mojibake")
        .filter_map(|r| Some((r["from"].as_str()?.to_owned(), r["to"].as_str()?.to_owned())))
        .collect();
    let simple: Vec<(String, String, Vec<String>)> = of(&list, "simplified")
        .filter_map(|r| {
            let (f, t) = (r["from"].as_str()?, r["to"].as_str()?);
            Some((f.to_owned(), t.to_owned(), contexts(r["why"].as_str()?, t)))
        })
        .collect();
    let mut log = Log::default();
    let text = text.replace("\r\n", "\n");
    let text = literal(&text, &mojibake, "mojibake", &mut log);
    let text = pinyin(&text, &mut log);
    let text = simplified(&text, &simple, &mut log);
    let text = punctuation(&text, &mut log);
    let unresolved = text
        .match_indices('?')
        .map(|(i, _)| line_col(&text, i))
        .collect();
    let list = log
        .0
        .into_iter()
        .map(|((kind, from, to), at)| Repair { kind, from, to, at })
        .collect();
    Repairs {
        text,
        list,
        unresolved,
    }
}
