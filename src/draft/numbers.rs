//! Reading numbers as a Chinese article writes them (`8.7萬`, `2300餘萬`, `二十`, `兩`): what
//! the draft finds in an article, and what the story's tests trace its figures with. Native
//! only: the page formats numbers (`format.rs`) but never reads them.

fn zh_digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '兩' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn zh_small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

fn zh_big_unit(c: char) -> Option<f64> {
    Some(match c {
        '萬' | '万' => 1e4,
        '億' | '亿' => 1e8,
        _ => return None,
    })
}

/// Is this a character the article writes numbers with (besides ASCII digits)?
fn is_zh_numeral_char(c: char) -> bool {
    zh_digit(c).is_some() || zh_small_unit(c).is_some() || zh_big_unit(c).is_some()
}

/// Reads a number as the article writes it, to its plain value:
/// `8.7萬` → 87000, `1.2億` → 120000000, `2300餘萬` → 23000000, `九` → 9, `兩` → 2,
/// `十一` → 11, `二十` → 20, `一百零八` → 108, `億` → 100000000, `零` → 0.
/// Sequences that are not one number (`十四五`, `一一`) give `None`.
pub fn parse_zh_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let end = s
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(s.len());
        let (num, rest) = s.split_at(end);
        let mut v: f64 = num.parse().ok()?;
        let rest = rest
            .strip_prefix('餘')
            .or_else(|| rest.strip_prefix('余'))
            .or_else(|| rest.strip_prefix('多'))
            .unwrap_or(rest);
        for c in rest.chars() {
            v *= zh_big_unit(c)?;
        }
        return Some(v);
    }
    let mut total = 0f64; // finished 萬/億 groups
    let mut section = 0u64; // current group below 萬
    let mut digit: Option<u64> = None; // pending digit
    let mut last_big = f64::INFINITY;
    for c in s.chars() {
        if let Some(d) = zh_digit(c) {
            if d != 0 && digit.is_some_and(|p| p != 0) {
                return None; // two digits in a row: 十四五, 一一
            }
            digit = Some(d);
        } else if let Some(u) = zh_small_unit(c) {
            let d = match digit.take() {
                Some(0) => return None,
                Some(d) => d,
                None if section == 0 => 1, // 十一, 百, 千
                None => return None,
            };
            section += d * u;
        } else if let Some(b) = zh_big_unit(c) {
            if b >= last_big {
                return None;
            }
            let group = section + digit.take().unwrap_or(0);
            total += if group == 0 { 1.0 } else { group as f64 } * b;
            section = 0;
            last_big = b;
        } else {
            return None;
        }
    }
    Some(total + (section + digit.unwrap_or(0)) as f64)
}

/// A number found in a text by [`numbers_in`].
#[derive(Clone, Debug, PartialEq)]
pub struct NumberToken<'a> {
    /// Byte offsets in the text.
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Its value, when [`parse_zh_number`] can read it.
    pub value: Option<f64>,
}

/// Every number written in a text: ASCII digits with their 萬/億 (and 餘/多 before them:
/// `2300餘萬`), and every run of Chinese numeral characters (`九`, `兩`, `二十`, `十四五`,
/// and the 一 of 一批 — deciding which are figures is the data's job).
pub fn numbers_in(text: &str) -> Vec<NumberToken<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|x| x.1);
    let pos = |i: usize| chars.get(i).map(|x| x.0).unwrap_or(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let start = i;
        if c.is_ascii_digit() {
            while at(i).is_some_and(|c| c.is_ascii_digit())
                || (at(i) == Some('.') && at(i + 1).is_some_and(|c| c.is_ascii_digit()))
            {
                i += 1;
            }
            if matches!(at(i), Some('餘' | '余' | '多'))
                && at(i + 1).is_some_and(|c| zh_big_unit(c).is_some())
            {
                i += 1;
            }
            while at(i).is_some_and(|c| zh_big_unit(c).is_some()) {
                i += 1;
            }
        } else if is_zh_numeral_char(c) {
            while at(i).is_some_and(is_zh_numeral_char) {
                i += 1;
            }
        } else {
            i += 1;
            continue;
        }
        let t = &text[pos(start)..pos(i)];
        out.push(NumberToken {
            start: pos(start),
            end: pos(i),
            text: t,
            value: parse_zh_number(t),
        });
    }
    out
}
