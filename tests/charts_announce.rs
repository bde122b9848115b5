//! What a screen reader hears as the keyboard steps through a chart (the live region's
//! sentence, `tooltip::live_text`): for every item of every chart of the story, in every
//! language, its label, its figure, its unit and qualifier words, the note drawn by its
//! mark, and where it is ("2 / 4"); never the data's break marks.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::tooltip::{live_text, step};
use luyuan::lang::{unmarked, Lang, BREAK_MARK};
use luyuan::story::charts::chart_data;

#[test]
fn every_item_is_announced_with_its_words_and_place() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            let n = d.items.len();
            for (i, item) in d.items.iter().enumerate() {
                let live = live_text(&d, i);
                checked += 1;
                for (what, part) in [
                    ("label", &item.label),
                    ("figure", &item.display),
                    ("detail", &item.detail),
                    ("note", &item.note),
                ] {
                    if !live.contains(&unmarked(part)) {
                        problems.push(format!("{} {lang:?} item {i}: no {what} in “{live}”", d.id));
                    }
                }
                if live.contains(BREAK_MARK) {
                    problems.push(format!("{} {lang:?} item {i}: a break mark", d.id));
                }
                if !live.ends_with(&format!("{} / {n}", i + 1)) {
                    problems.push(format!("{} {lang:?} item {i}: no place in “{live}”", d.id));
                }
            }
        }
    }
    assert!(checked > 0);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn keys_walk_the_items_in_reading_order_and_escape_leaves() {
    assert_eq!(step(None, "ArrowRight", 4), Some(Some(0)));
    assert_eq!(step(Some(1), "ArrowDown", 4), Some(Some(2)));
    assert_eq!(step(Some(3), "ArrowRight", 4), Some(Some(3)));
    assert_eq!(step(Some(2), "ArrowLeft", 4), Some(Some(1)));
    assert_eq!(step(Some(2), "Home", 4), Some(Some(0)));
    assert_eq!(step(Some(0), "End", 4), Some(Some(3)));
    assert_eq!(step(Some(2), "Escape", 4), Some(None));
    assert_eq!(
        step(None, "Escape", 4),
        None,
        "Escape with nothing active is the page's"
    );
    assert_eq!(step(Some(1), "Tab", 4), None, "Tab leaves the chart");
}
