//! Every number of the article: a figure (value, scale, unit, qualifier, kind, the exact
//! source words, where it stands, a draft label) or a number that is not a figure, with its
//! reason. The numbers are read by `draft::numbers::numbers_in`; the qualifier rules are those of
//! `docs/data.md` (metrics.json, `qualifier`).

use super::numbers::numbers_in;
use super::segment::Article;
use super::units::UnitBook;

/// Where a text stands: an intro paragraph, or a section's step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Place {
    Intro(usize),
    Step(usize, usize),
}

#[derive(Clone, Debug)]
pub struct Figure {
    pub id: String,
    pub value: f64,
    pub scale: u64,
    pub unit: String,
    pub qualifier: &'static str,
    pub kind: &'static str,
    pub basis: Option<&'static str>,
    pub source: String,
    pub mark: String,
    pub label: String,
    /// Every text that states it, the first first.
    pub places: Vec<Place>,
}

impl Figure {
    pub fn absolute(&self) -> f64 {
        self.value * self.scale as f64
    }
}

#[derive(Clone, Debug)]
pub struct NotFigure {
    pub text: String,
    pub kind: &'static str,
    pub why: &'static str,
    pub place: Place,
}

/// Words that make a 第N a rank.
const RANKED: [&str; 6] = ["排名", "排在", "名列", "位列", "位居", "排"];

/// The last `n` characters of `s`.
fn tail(s: &str, n: usize) -> String {
    let c: Vec<char> = s.chars().collect();
    c[c.len().saturating_sub(n)..].iter().collect()
}

const CLAUSE_END: &[char] = &['，', '；', '。', '！', '？', '：', '…', '—'];

/// The clause around bytes `start..end` of `text`.
fn clause(text: &str, start: usize, end: usize) -> (usize, usize) {
    let a = text[..start]
        .rfind(CLAUSE_END)
        .map(|i| i + text[i..].chars().next().map_or(0, char::len_utf8))
        .unwrap_or(0);
    let b = text[end..]
        .find(CLAUSE_END)
        .map(|i| end + i)
        .unwrap_or(text.len());
    (a, b)
}

const BEFORE_WORDS: [(&str, &str); 6] = [
    ("超過", "over"),
    ("突破", "over"),
    ("近", "nearly"),
    ("約", "about"),
    ("逾", "over"),
    ("超", "over"),
];
const ORDER: [&str; 5] = ["expected", "nearly", "about", "or-more", "over"];

fn kind_of(
    dimension: &str,
    unit: &str,
    lead: &str,
    clause: &str,
    or_more: bool,
    next: Option<char>,
) -> &'static str {
    let has = |ws: &[&str]| ws.iter().any(|w| lead.contains(w));
    let growth = ["增長", "增速", "增幅", "同比", "上升", "提高", "提升"];
    let cut = ["下降", "減少", "壓減", "壓縮", "降低", "減"];
    let threshold =
        or_more && next.is_some_and(|c| super::repair::is_cjk(c) && c != '的' && c != '為');
    match dimension {
        "percent" if has(&cut) => "reduction",
        "percent" if has(&growth) => "growth",
        "percent" => "share",
        "percentage-points" => "pp-change",
        "rank" => "rank",
        "rank-places" if has(&["提升", "前移", "上升", "提高", "躍升"]) => "rank-change",
        "rank-places" => "rank",
        _ if threshold => "threshold",
        "money" => "money",
        "area" | "area-farmland" => "area",
        "volume" => "volume",
        "length" => "length",
        "mass" | "mass-grain" => "mass",
        "ratio" => "ratio",
        "water-class" if clause.contains('水') => "grade",
        d if d.starts_with("duration") => "duration",
        _ if unit == "percent" => "share",
        _ => "count",
    }
}

/// The digits of a number's text and the scale of its 萬/億.
fn value_scale(t: &str, value: f64) -> (f64, u64) {
    let ascii = t.starts_with(|c: char| c.is_ascii_digit());
    let scale = if t.ends_with('億') || t.ends_with('亿') {
        100_000_000
    } else if t.ends_with('萬') || t.ends_with('万') {
        10_000
    } else {
        1
    };
    if scale > 1 && (ascii || value >= scale as f64) {
        (value / scale as f64, scale)
    } else {
        (value, 1)
    }
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A draft label: the words of the clause before the figure (or after it when there are none).
fn label(text: &str, cs: usize, ce: usize, ms: usize, me: usize) -> String {
    let trim = |s: &str| -> String {
        let s = s.trim_matches(|c: char| !super::repair::is_cjk(c) && c != '“' && c != '”');
        let mut s = s.to_owned();
        for w in [
            "預計", "全年", "累計", "共計", "共", "達到", "達", "為", "是", "完成", "實現", "第",
        ] {
            if let Some(x) = s.strip_suffix(w) {
                s = x.to_owned();
            }
        }
        s.trim_matches(|c: char| !super::repair::is_cjk(c))
            .to_owned()
    };
    let before = trim(&text[cs..ms]);
    let after = trim(&text[me..ce]);
    let pick = if before.chars().count() >= 2 {
        before
    } else {
        after
    };
    let n = pick.chars().count();
    let pick: String = if n > 18 {
        pick.chars().skip(n - 18).collect()
    } else {
        pick
    };
    if pick.is_empty() {
        "數據".to_owned()
    } else {
        pick
    }
}

pub fn find(article: &Article, book: &UnitBook) -> (Vec<Figure>, Vec<NotFigure>) {
    let mut book = UnitBook {
        units: book.units.clone(),
    };
    let mut texts: Vec<(Place, &str)> = article
        .intro
        .iter()
        .enumerate()
        .map(|(i, t)| (Place::Intro(i), t.as_str()))
        .collect();
    for (s, sec) in article.sections.iter().enumerate() {
        for (k, t) in sec.steps.iter().enumerate() {
            texts.push((Place::Step(s, k), t.as_str()));
        }
    }
    let mut figures: Vec<Figure> = Vec::new();
    let mut not = Vec::new();
    for (place, text) in texts {
        let tokens = numbers_in(text);
        for (ti, tok) in tokens.iter().enumerate() {
            let before = &text[..tok.start];
            let mut rest = &text[tok.end..];
            let nf = |kind, why| NotFigure {
                text: format!(
                    "{}{}",
                    tok.text,
                    rest.chars().next().map(String::from).unwrap_or_default()
                ),
                kind,
                why,
                place,
            };
            let Some(value) = tok.value else {
                not.push(nf(
                    "name",
                    "Not one number (a name or plan such as 十四五, or digits in a row).",
                ));
                continue;
            };
            let ascii = tok.text.starts_with(|c: char| c.is_ascii_digit());
            if ascii
                && tok.text.len() == 4
                && (1900.0..=2100.0).contains(&value)
                && rest.starts_with('年')
            {
                not.push(nf("year", "A year."));
                continue;
            }
            if before.ends_with('第') && rest.starts_with(|c: char| "屆次輪批期代".contains(c))
            {
                not.push(nf("ordinal", "An ordinal in a name (第二輪, 第三屆)."));
                continue;
            }
            if !ascii && before.ends_with('“') {
                not.push(nf(
                    "name",
                    "The start of a slogan's or programme's name in quotes (“五個一批”).",
                ));
                continue;
            }
            if before.ends_with('第') && !RANKED.iter().any(|w| tail(before, 8).contains(w)) {
                not.push(nf(
                    "ordinal",
                    "An ordinal in a name (第二機磚廠, 第十一高中): no ranking word before it.",
                ));
                continue;
            }
            if !ascii && tok.text == "一" {
                not.push(nf("word", "一 as a word (一批, 一年, 一體): not a figure."));
                continue;
            }
            if !ascii && (rest.starts_with('大') || rest.starts_with("中全會")) {
                not.push(nf("name", "A name (a congress or plenum: 二十大)."));
                continue;
            }
            // 餘/多 after the digits
            let mut over_after = false;
            for w in ["餘", "多", "余"] {
                if tok.text.contains(w) {
                    over_after = true;
                }
                if let Some(r) = rest.strip_prefix(w) {
                    over_after = true;
                    rest = r;
                }
            }
            let unit = book
                .find(before, rest)
                .map(|(u, n)| (u.id.clone(), u.dimension.clone(), n))
                .or_else(|| {
                    if ascii {
                        book.draft_unit(rest).map(|(id, n)| (id.clone(), id, n))
                    } else {
                        None
                    }
                });
            let Some((unit, dimension, ulen)) = unit else {
                not.push(nf(
                    if ascii { "word" } else { "idiom" },
                    "No unit or counter after it: part of a word, a name or an idiom.",
                ));
                continue;
            };
            if !ascii && before.ends_with('近') && dimension.starts_with("duration") {
                // 近五年: "the last five years", an exact span
            }
            let mut end = text.len() - rest.len() + ulen;
            let after_unit = &text[end..];
            let next_num = tokens.get(ti + 1).map(|t| t.start).unwrap_or(text.len());
            let mut q: Vec<&'static str> = Vec::new();
            for w in ["以上", "左右"] {
                if after_unit.starts_with(w) && end + w.len() <= next_num {
                    q.push(if w == "以上" { "or-more" } else { "about" });
                    end += w.len();
                }
            }
            let or_more = q.contains(&"or-more");
            if over_after {
                q.push("over");
            }
            let mut start = tok.start;
            for (w, name) in BEFORE_WORDS {
                if before.ends_with(w) {
                    let span_years =
                        name == "nearly" && !ascii && dimension.starts_with("duration");
                    if !span_years {
                        q.push(name);
                        start -= w.len();
                    }
                    break;
                }
            }
            let (cs, ce) = clause(text, tok.start, end);
            if text[cs..tok.start].contains("預計") {
                q.push("expected");
            }
            let qualifier = ORDER
                .iter()
                .copied()
                .find(|o| q.contains(o))
                .unwrap_or("exact");
            let lead = &text[cs..start];
            let lead_tail: String = lead
                .chars()
                .rev()
                .take(8)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let kind = kind_of(
                &dimension,
                &unit,
                &lead_tail,
                &text[cs..ce],
                or_more,
                text[end..].chars().next(),
            );
            let (value, scale) = value_scale(tok.text, value);
            let clause_text = &text[cs..ce];
            let basis = if ["growth", "reduction", "pp-change", "rank-change"].contains(&kind)
                && ["同比", "比上年", "較上年"]
                    .iter()
                    .any(|w| clause_text.contains(w))
            {
                Some("year-before")
            } else {
                None
            };
            let mark = text[start..end].to_owned();
            if let Some(f) = figures
                .iter_mut()
                .find(|f| f.mark == mark && f.unit == unit && f.source == clause_text)
            {
                f.places.push(place);
                continue;
            }
            figures.push(Figure {
                id: String::new(),
                value: round(value),
                scale,
                unit,
                qualifier,
                kind,
                basis,
                source: clause_text.to_owned(),
                mark,
                label: label(text, cs, ce, start, end),
                places: vec![place],
            });
        }
    }
    for (i, f) in figures.iter_mut().enumerate() {
        f.id = format!("figure-{}", i + 1);
    }
    (figures, not)
}

/// The unit book with the draft units the figures added.
pub fn book_with_drafts(book: &UnitBook, figures: &[Figure]) -> UnitBook {
    let mut b = UnitBook {
        units: book.units.clone(),
    };
    for f in figures {
        if b.get(&f.unit).is_none() {
            if let Some(c) = f
                .unit
                .strip_prefix("draft-")
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(char::from_u32)
            {
                b.draft_unit(&c.to_string());
            }
        }
    }
    b
}
