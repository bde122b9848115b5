//! Line wrapping for the chart kit: greedy lines that break only where [`super::breaks`]
//! allows, and balanced lines of even length.

use super::breaks::{glue_units, part_number, pieces, Glued};
use super::measure::{Font, TextMeasure};

/// A label broken into lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// The widest line.
    pub width: f64,
    /// A word, or a run of Chinese between break points, had to be cut between characters
    /// (it alone is wider than the line): the forced break a layout avoids.
    pub broke_word: bool,
    /// A number had to be parted from its unit (together they are wider than the line).
    pub parted: bool,
}

/// Breaks `text` into lines no wider than `max` (greedy; Chinese breaks where [`pieces`](super::breaks)
/// allows, Latin at spaces; a piece wider than a line by itself is cut between characters,
/// which `broke_word` says).
pub fn wrap(text: &str, max: f64, font: &Font, m: &dyn TextMeasure) -> Wrapped {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut broke_word = false;
    let mut parted = false;
    let mut queue: std::collections::VecDeque<Glued> = glue_units(pieces(text)).into();
    while let Some((piece, spaced, parts)) = queue.pop_front() {
        let candidate = if line.is_empty() {
            piece.clone()
        } else if spaced {
            format!("{line} {piece}")
        } else {
            format!("{line}{piece}")
        };
        if m.width(&candidate, font) <= max {
            line = candidate;
            continue;
        }
        if parts.len() > 1 && m.width(&piece, font) > max {
            // A number and its unit wider than a line: they part after all (said in
            // `parted`, so that a layout can prefer a smaller type), the unit kept whole.
            parted = true;
            let (number, unit) = part_number(parts);
            queue.push_front(unit);
            queue.push_front(number);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if m.width(&piece, font) <= max {
            line = piece;
            continue;
        }
        // The piece alone is too wide: cut it between characters.
        broke_word = true;
        for c in piece.chars() {
            let mut next = line.clone();
            next.push(c);
            if m.width(&next, font) > max && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = next;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    let width = lines.iter().map(|l| m.width(l, font)).fold(0.0, f64::max);
    Wrapped {
        lines,
        width,
        broke_word,
        parted,
    }
}

/// Like [`wrap`], but with lines of even length: the narrowest width that still gives the
/// same number of lines (no lone character on a last line).
pub fn wrap_balanced(text: &str, max: f64, font: &Font, m: &dyn TextMeasure) -> Wrapped {
    let first = wrap(text, max, font, m);
    let n = first.lines.len();
    if n < 2 || first.broke_word {
        return first;
    }
    let (mut lo, mut hi) = (first.width / n as f64, first.width);
    let parted = first.parted;
    let mut best = first;
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        let w = wrap(text, mid, font, m);
        // Narrower lines, but never at the cost of a number parted from its unit.
        if w.lines.len() <= n && !w.broke_word && (parted || !w.parted) {
            hi = mid;
            best = w;
        } else {
            lo = mid;
        }
    }
    best
}

#[cfg(test)]
mod unit_tests {
    use super::*;
    use crate::charts::measure::ApproxMeasure;
    use crate::lang::Lang;

    #[test]
    fn a_number_too_wide_with_its_unit_parts_before_the_unit() {
        let f = Font {
            px: 10.0,
            bold: false,
            lang: Lang::EN,
        };
        let m = ApproxMeasure;
        let w = wrap("81.45 million yuan", m.width("81.45 million", &f), &f, &m);
        assert!(w.parted && !w.broke_word);
        assert_eq!(w.lines, ["81.45 million", "yuan"]);
    }
}
