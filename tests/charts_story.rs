//! The story's own charts (`stories/luyuan-2023/charts.json` with `stories/luyuan-2023/metrics.json`, through the data
//! model, as the page builds them): each is a description the kit accepts, and lays out
//! in every language from a 320 px phone to desktop, at DPR 1 to 3 and at 200 % text, with
//! nothing overlapping or cut off, in the reserved box at 100 % text. A failure names the
//! chart and the field.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::fits_everywhere;
use luyuan::charts::{validate, ChartData};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// Every chart of the story in every language, as the page hands it to the kit (through
/// the data model and `story::charts::chart_data`), checked by the kit.
fn story_charts() -> Vec<Result<ChartData, String>> {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            out.push(validate(&d).map(|()| d).map_err(|e| e.to_string()));
        }
    }
    out
}

#[test]
fn every_chart_of_the_story_lays_out_everywhere() {
    let mut problems = Vec::new();
    let mut count = 0;
    for d in story_charts() {
        let d = match d {
            Ok(d) => d,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        count += 1;
        problems.extend(fits_everywhere(&d));
    }
    assert!(count > 0, "no charts found");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// In English no word of a label, figure or note is cut in two (“Household|s”): a wall takes
/// fewer columns or a smaller type scale first. At a phone's and a desktop's box.
#[test]
fn no_english_word_is_cut_in_two() {
    use luyuan::charts::{layout, ApproxMeasure, Viewport};
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for spec in &story.charts {
        let d = chart_data(&story, spec, Lang::EN);
        for ((vw, vh), dpr) in [((375.0, 667.0), 2.0), ((1280.0, 800.0), 1.0)] {
            let (w, h) = luyuan::charts::design::chart_box(&d, vw, vh);
            let l = match layout(&d, &Viewport::new(w, h, dpr, 16.0), &ApproxMeasure) {
                Ok(l) => l,
                Err(e) => {
                    problems.push(e.to_string());
                    continue;
                }
            };
            let lines: Vec<&str> = l.texts.iter().map(|t| t.text.as_str()).collect();
            for item in &d.items {
                for text in [&item.label, &item.display, &item.note] {
                    // Words, and the parts of a hyphenated word (it may break after a hyphen).
                    for word in text.split_whitespace().flat_map(|w| w.split_inclusive('-')) {
                        if !lines.iter().any(|line| line.contains(word)) {
                            problems.push(format!(
                                "{} at {vw}×{vh}: “{word}” of “{text}” is cut",
                                d.id
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
