//! Where a line may break: a text cut into pieces that never break (a word, a run of
//! Chinese between the break points the data marks, punctuation kept on its side), and each
//! number glued to its unit (8145萬元, 81.45 million yuan), so that no line parts them. The
//! chart kit wraps with these ([`super::wrap`]); the page keeps the same runs whole in the
//! text the browser sets ([`unit_spans`]).

use super::measure::is_wide;
use crate::lang::BREAK_MARK;

/// Characters that may not start a line (they stay with the one before).
fn no_break_before(c: char) -> bool {
    "，。、；：！？）」』】》〉％,.;:!?)]}%…·～\u{201D}\u{2019}".contains(c)
}

/// Characters that may not end a line (they go with the one after).
fn no_break_after(c: char) -> bool {
    "（「『【《〈([{$¥\u{201C}\u{2018}".contains(c)
}

/// Whether a line may break between `a` and `b`, two characters with no space between them:
/// where Chinese meets Latin letters or digits, after Chinese punctuation that ends a phrase
/// and before an opening bracket. Never inside a Latin word, nor inside a run of Chinese,
/// which breaks only where the data marks it ([`BREAK_MARK`]): a break between any two
/// characters would part words (高|新, 零|售).
fn breaks_between(a: char, b: char) -> bool {
    match (is_wide(a), is_wide(b)) {
        (true, true) => "、，。：；！？）」』】》〉".contains(a) || no_break_after(b),
        // Between quotations: “斷頭路”|“卡脖路”.
        (false, false) => no_break_before(a) && no_break_after(b) && !a.is_ascii(),
        _ => true,
    }
}

/// Splits a text into unbreakable pieces: each run of Chinese up to a break point (see
/// [`breaks_between`]) or a break mark, each run of other non-space characters, with
/// punctuation kept on the right side; `true` marks a piece that follows a space. Break
/// marks are dropped.
pub(super) fn pieces(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut cur_space = false;
    let mut after_space = false;
    let mut glue_next = false;
    for c in text.chars() {
        if c == BREAK_MARK {
            // (Never after an opening bracket, which keeps its word.)
            if !cur.is_empty() && !glue_next {
                out.push((std::mem::take(&mut cur), cur_space));
            }
            continue;
        }
        if c.is_whitespace() {
            if !cur.is_empty() {
                out.push((std::mem::take(&mut cur), cur_space));
            }
            after_space = true;
            glue_next = false;
            continue;
        }
        if no_break_before(c) && !after_space {
            // Attach to the current piece, or to the last one.
            if !cur.is_empty() {
                cur.push(c);
            } else if let Some(last) = out.last_mut() {
                last.0.push(c);
            } else {
                cur.push(c);
            }
            continue;
        }
        // A single Latin letter stays with the Chinese after it (C級危房).
        let letter = cur.len() == 1 && cur.starts_with(|l: char| l.is_ascii_alphabetic());
        let starts_new = if glue_next || (letter && is_wide(c)) {
            false
        } else {
            cur.chars()
                .last()
                .is_none_or(|last| breaks_between(last, c))
        };
        if starts_new && !cur.is_empty() {
            out.push((std::mem::take(&mut cur), cur_space));
        }
        if cur.is_empty() {
            cur_space = after_space;
        }
        cur.push(c);
        after_space = false;
        glue_next = no_break_after(c);
        // A word may break after its hyphen (investment-|seeking), never before it.
        if c == '-' && cur.chars().count() > 1 && !glue_next {
            out.push((std::mem::take(&mut cur), cur_space));
        }
    }
    if !cur.is_empty() {
        out.push((cur, cur_space));
    }
    out
}

/// Chinese units and measure words that stay on the line of the number before them (8145萬元,
/// 3.3公里, 12.4萬戶, 21個百分點): a figure is never parted from its unit.
const ZH_UNIT: &str = "萬億万亿元平方米公里畝亩斤噸吨立個个戶户名人套處处條条棟栋家眼塊块座所項项件起類类臺台次場场倍位年月天季度百分點点蒸宗%餘余多";
/// How many unit characters at most ride with a number (萬平方米, 個百分點).
const ZH_UNIT_MAX: usize = 4;
/// Units whose first character is no unit alone (小 of 50個小區).
const ZH_UNIT_WORDS: [&str; 2] = ["小時", "小时"];
/// English words that take the next one with them after a number (81.45 million yuan,
/// 21 percentage points, 1 million square metres).
const EN_SCALE: [&str; 6] = [
    "million",
    "billion",
    "percentage",
    "square",
    "cubic",
    "steam",
];

fn ends_in_number(piece: &str) -> bool {
    piece
        .trim_end_matches(['%', ')'])
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_digit())
}

/// The unit characters (at most `max`) that `piece`, a run of Chinese after a number, starts
/// with, and the rest of it; punctuation after the unit stays with it.
fn split_unit(piece: &str, max: usize) -> (&str, &str) {
    let word = ZH_UNIT_WORDS
        .iter()
        .find(|w| piece.starts_with(*w))
        .map_or(0, |w| w.len());
    let unit = piece
        .char_indices()
        .take(max)
        .take_while(|&(i, c)| i < word || ZH_UNIT.contains(c))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = piece[unit..]
        .char_indices()
        .find(|&(_, c)| !no_break_before(c))
        .map_or(piece.len(), |(i, _)| unit + i);
    if unit == 0 {
        ("", piece)
    } else {
        piece.split_at(end)
    }
}

/// Joins each number to its unit: in Chinese the unit characters that follow it (the rest of
/// their run is a piece of its own: 8145萬元|獎補), in English the next word (and one more
/// after million, square and the like: [`EN_SCALE`]).
pub(super) fn glue_units(pieces: Vec<(String, bool)>) -> Vec<Glued> {
    let mut out: Vec<Glued> = Vec::new();
    // Chinese unit characters still to glue; English words still to glue.
    let (mut zh_left, mut en_left) = (0usize, 0usize);
    for (piece, spaced) in pieces {
        let (unit, rest) = match out.last() {
            Some(_) if !spaced && zh_left > 0 => split_unit(&piece, zh_left),
            _ => ("", piece.as_str()),
        };
        if !unit.is_empty() {
            let last = out.last_mut().expect("a number to glue to");
            last.0.push_str(unit);
            last.2.extend(unit.chars().map(|c| (c.to_string(), false)));
            // A piece all unit may be followed by more of it; after a word, the unit is done.
            zh_left = if rest.is_empty() && unit.ends_with(|c| ZH_UNIT.contains(c)) {
                zh_left - unit.chars().count()
            } else {
                0
            };
            en_left = 0;
            if !rest.is_empty() {
                out.push((rest.to_string(), false, vec![(rest.to_string(), false)]));
            }
            continue;
        }
        let glue = match out.last() {
            Some(_) if spaced && en_left > 0 && piece.chars().all(|c| !is_wide(c)) => {
                en_left -= 1;
                if EN_SCALE.contains(&piece.trim_end_matches([')', ',', '.'])) {
                    en_left += 1;
                }
                true
            }
            _ => false,
        };
        if glue {
            let last = out.last_mut().expect("a piece to glue to");
            if spaced {
                last.0.push(' ');
            }
            last.0.push_str(&piece);
            last.2.push((piece.clone(), spaced));
            continue;
        }
        let number = ends_in_number(&piece);
        zh_left = if number { ZH_UNIT_MAX } else { 0 };
        en_left = usize::from(number && piece.chars().all(|c| !is_wide(c)));
        out.push((piece.clone(), spaced, vec![(piece, spaced)]));
    }
    out
}

/// A piece of text that does not break (a number with its unit), whether a space comes
/// before it, and the pieces it was glued from.
pub(super) type Glued = (String, bool, Vec<(String, bool)>);

/// A glued number and unit parted in two: the number with its scale words (81.45 million,
/// 1.89萬) and the unit (yuan, square metres, 個), each still glued.
pub(super) fn part_number(parts: Vec<(String, bool)>) -> (Glued, Glued) {
    let scale = |p: &str| ["million", "billion", "萬", "億", "万", "亿"].contains(&p);
    let k = 1 + parts[1..].iter().take_while(|(p, _)| scale(p)).count();
    let mut unit = parts;
    let number = unit.drain(..k.min(unit.len() - 1)).collect();
    (join(number), join(unit))
}

/// Glued pieces as one.
fn join(parts: Vec<(String, bool)>) -> Glued {
    let text = parts
        .iter()
        .enumerate()
        .fold(String::new(), |mut s, (i, (p, sp))| {
            if i > 0 && *sp {
                s.push(' ');
            }
            s.push_str(p);
            s
        });
    (text, parts[0].1, parts)
}

/// `text` cut where a line may break, as [`wrap`](super::wrap::wrap) cuts it: each run (a number with its unit,
/// a word, a run of Chinese between break points) and whether a space comes before it. For
/// text that the browser sets (a figure in the article's text, a table cell): runs of more
/// than one piece are kept on one line there.
pub fn unit_runs(text: &str) -> Vec<(String, bool, bool)> {
    glue_units(pieces(text))
        .into_iter()
        .map(|(run, spaced, parts)| (run, spaced, parts.len() > 1))
        .collect()
}

/// `text` cut, losing nothing, into plain runs and runs to keep on one line (`true`): each
/// number with its unit as [`wrap`](super::wrap::wrap) keeps them (the Chinese unit characters after it; in
/// English the next word, and one more after million, square and the like). For prose that
/// the browser sets, where [`unit_runs`], which rebuilds the spaces, would change the text.
pub fn unit_spans(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let (mut plain_from, mut i) = (0, 0);
    let bytes = text.as_bytes();
    while let Some(c) = text[i..].chars().next() {
        // A number starts at a digit that follows no letter or digit (not the 102 of G102).
        let after_word = text[..i]
            .chars()
            .last()
            .is_some_and(|p| p.is_alphanumeric() && !is_wide(p));
        if !c.is_ascii_digit() || after_word {
            i += c.len_utf8();
            continue;
        }
        let mut j = i;
        loop {
            while j < text.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            let separator = j + 1 < text.len() && matches!(bytes[j], b',' | b'.');
            if separator && bytes[j + 1].is_ascii_digit() {
                j += 1;
            } else {
                break;
            }
        }
        let end = unit_end(text, j);
        if end > j {
            if plain_from < i {
                out.push((&text[plain_from..i], false));
            }
            out.push((&text[i..end], true));
            plain_from = end;
        }
        i = end.max(j);
    }
    if plain_from < text.len() {
        out.push((&text[plain_from..], false));
    }
    out
}

/// Where the unit of a number that ends at `at` ends (`at` if it has none).
fn unit_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    match rest.chars().next() {
        Some(c) if is_wide(c) || c == '%' => at + split_unit(rest, ZH_UNIT_MAX).0.len(),
        Some(' ') => {
            let (mut end, mut words) = (at, 1);
            while words > 0 && text[end..].starts_with(' ') {
                let from = end + 1;
                let len = text[from..]
                    .find(char::is_whitespace)
                    .unwrap_or(text.len() - from);
                let word = &text[from..from + len];
                if word.is_empty() || word.chars().any(is_wide) {
                    break;
                }
                end = from + len;
                words -= 1;
                if EN_SCALE.contains(&word.trim_end_matches([')', ',', '.'])) {
                    words += 1;
                }
            }
            end
        }
        _ => at,
    }
}

#[cfg(test)]
mod unit_tests {
    use super::*;

    fn joined(text: &str) -> Vec<String> {
        glue_units(pieces(text)).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn unit_spans_keep_the_text_and_each_number_with_its_unit() {
        let kept = |t: &str| -> Vec<String> {
            let spans = unit_spans(t);
            assert_eq!(
                spans.iter().map(|s| s.0).collect::<String>(),
                t,
                "nothing lost"
            );
            spans
                .into_iter()
                .filter(|s| s.1)
                .map(|s| s.0.to_owned())
                .collect()
        };
        assert_eq!(
            kept("It relocated 3.3 km of 66 kV power lines, 81.45 million yuan in all."),
            ["3.3 km", "66 kV", "81.45 million yuan"]
        );
        assert_eq!(
            kept("Crops on 87,000 mu (5,800 ha) grew"),
            ["87,000 mu", "5,800 ha)"]
        );
        assert_eq!(
            kept("新增11.4萬平方米綠地，G102國道、達93%。"),
            ["11.4萬平方米", "93%。"]
        );
        assert!(kept("  two  spaces\u{200b}kept, 5 ").is_empty());
    }

    #[test]
    fn unit_runs_keep_the_text_and_mark_what_must_stay_together() {
        for text in [
            "新增11.4萬平方米綠地",
            "paid 81.45 million yuan in",
            "87,000 mu (5,800 ha)",
        ] {
            let runs = unit_runs(text);
            let back: String = runs
                .iter()
                .map(|(r, spaced, _)| if *spaced { format!(" {r}") } else { r.clone() })
                .collect();
            assert_eq!(back.trim_start(), text);
        }
        let glued = |t: &str| -> Vec<String> {
            unit_runs(t)
                .into_iter()
                .filter(|r| r.2)
                .map(|r| r.0)
                .collect()
        };
        assert_eq!(glued("新增11.4萬平方米綠地"), ["11.4萬平方米"]);
        assert_eq!(glued("87,000 mu (5,800 ha)"), ["87,000 mu", "(5,800 ha)"]);
    }

    #[test]
    fn chinese_breaks_between_words_the_data_marks_and_after_punctuation() {
        assert_eq!(joined("高新技術企業"), ["高新技術企業"]);
        assert_eq!(joined("高新技術\u{200B}企業"), ["高新技術", "企業"]);
        assert_eq!(joined("中車長客、皓月集團"), ["中車長客、", "皓月集團"]);
        assert_eq!(
            joined("打通“斷頭路”“卡脖路”"),
            ["打通", "“斷頭路”", "“卡脖路”"]
        );
        assert_eq!(joined("整改完畢的D級危房"), ["整改完畢的", "D級危房"]);
        assert_eq!(joined("奧迪PPE市場"), ["奧迪", "PPE", "市場"]);
        // A mark never leaves an opening bracket at a line's end.
        assert_eq!(joined("中國（\u{200B}長春）"), ["中國", "（長春）"]);
    }

    #[test]
    fn a_number_keeps_its_unit() {
        assert!(joined("兌現8145萬元獎補").contains(&"8145萬元".to_string()));
        assert!(joined("3.3公里線路").contains(&"3.3公里".to_string()));
        assert!(joined("提高21個百分點").contains(&"21個百分點".to_string()));
        assert!(joined("1500餘套").contains(&"1500餘套".to_string()));
        // At most four unit characters ride along: the words after them may break.
        assert!(joined("12個重點領域").contains(&"12個".to_string()));
        assert!(joined("paid 81.45 million yuan in").contains(&"81.45 million yuan".to_string()));
        assert!(joined("87,000 mu (5,800 ha)").contains(&"(5,800 ha)".to_string()));
        assert!(joined("+21 percentage points").contains(&"+21 percentage points".to_string()));
        assert!(joined("nearly 1 million square metres")
            .contains(&"1 million square metres".to_string()));
        // The rest of the run after a unit is a word of its own; 小 alone is no unit.
        assert_eq!(joined("兌現8145萬元獎補"), ["兌現", "8145萬元", "獎補"]);
        assert_eq!(joined("24小時農村"), ["24小時", "農村"]);
        assert_eq!(joined("50個小區"), ["50個", "小區"]);
        assert_eq!(joined("8145萬元，兌現"), ["8145萬元，", "兌現"]);
    }
}
