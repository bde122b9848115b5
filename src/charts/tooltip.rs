//! The tooltip's content and position, and keyboard stepping through a chart's items: plain
//! functions the canvas glue calls (and native tests reach).

use super::spec::ChartData;
use crate::lang::unmarked;

/// What the tooltip shows for an item: its label, its figure, and the unit, qualifier and
/// source words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TipText {
    pub label: String,
    pub display: String,
    pub detail: String,
}

pub fn tip_text(chart: &ChartData, i: usize) -> Option<TipText> {
    let d = chart.items.get(i)?;
    Some(TipText {
        label: unmarked(&d.label),
        display: d.display.clone(),
        detail: d.detail.clone(),
    })
}

/// What the live region reads out when the keyboard steps to an item: its label, its
/// figure, the unit, qualifier and source words, the annotation drawn by its mark, and
/// where it is among the chart's items ("2 / 4").
pub fn live_text(chart: &ChartData, i: usize) -> String {
    let Some(d) = chart.items.get(i) else {
        return String::new();
    };
    let punct = &chart.lang.locale().punct;
    let (sep, stop) = (punct.colon, punct.between_sentences);
    let mut s = format!("{}{sep}{}", unmarked(&d.label), d.display);
    for part in [d.detail.clone(), unmarked(&d.note)] {
        if !part.is_empty() && !s.contains(part.as_str()) {
            s.push_str(stop);
            s.push_str(&part);
        }
    }
    // The sentence's end, then the place: `. 2 / 4` or `。2 / 4`.
    s.push_str(stop);
    s.push_str(&format!("{} / {}", i + 1, chart.items.len()));
    s
}

/// Top-left corner of a tooltip of size `tip` pointing at `anchor`, inside a box of size
/// `bounds` (all CSS pixels): centred above the anchor with `gap` between, below it when
/// there is no room above, and moved in from the sides.
pub fn place_tip(anchor: (f64, f64), tip: (f64, f64), bounds: (f64, f64), gap: f64) -> (f64, f64) {
    let max_x = (bounds.0 - tip.0).max(0.0);
    let x = (anchor.0 - tip.0 / 2.0).clamp(0.0, max_x);
    let above = anchor.1 - gap - tip.1;
    let y = if above >= 0.0 {
        above
    } else {
        (anchor.1 + gap).min((bounds.1 - tip.1).max(0.0))
    };
    (x.round(), y.round())
}

/// What a key does while a chart has focus: `Some(new active item)` (`None` inside hides the
/// tooltip), or `None` when the key is not the chart's (let it through).
pub fn step(active: Option<usize>, key: &str, n: usize) -> Option<Option<usize>> {
    if n == 0 {
        return None;
    }
    let last = n - 1;
    match key {
        "ArrowRight" | "ArrowDown" => Some(Some(active.map_or(0, |i| (i + 1).min(last)))),
        "ArrowLeft" | "ArrowUp" => Some(Some(active.map_or(last, |i| i.saturating_sub(1)))),
        "Home" => Some(Some(0)),
        "End" => Some(Some(last)),
        "Escape" => active.map(|_| None),
        _ => None,
    }
}
