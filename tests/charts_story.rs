//! The story's own charts (`data/charts.json` with `data/metrics.json`, through the data
//! model, as the page builds them): each is a description the kit accepts, and lays out
//! in every language from a 320 px phone to desktop, at DPR 1 to 3 and at 200 % text, with
//! nothing overlapping or cut off, in the reserved box at 100 % text. A failure names the
//! chart and the field.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::check_fit;
use luyuan::charts::{layout, validate, view, ApproxMeasure, ChartData, ChartError, Viewport};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// Every chart of the story in every language, as the page hands it to the kit (through
/// the data model and `story::charts::chart_data`), checked by the kit.
fn story_charts() -> Vec<Result<ChartData, String>> {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for spec in &story.charts {
        for lang in Lang::ALL {
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
        let lang = d.lang;
        for w in [320.0, 375.0, 768.0, 1280.0] {
            for (dpr, font) in [(1.0, 16.0), (3.0, 16.0), (2.0, 32.0)] {
                let (ar, min_rem) = view::reserve(&d);
                let h = (w / ar).max(min_rem * font).round();
                let at = format!("chart \"{}\" {lang:?} {w}px DPR {dpr} text {font}px", d.id);
                let l = match layout(&d, &Viewport::new(w, h, dpr, font), &ApproxMeasure) {
                    Err(ChartError::DoesNotFit {
                        need_css_height, ..
                    }) if need_css_height.is_finite() && font > 16.0 => layout(
                        &d,
                        &Viewport::new(w, need_css_height, dpr, font),
                        &ApproxMeasure,
                    ),
                    other => other,
                };
                count += 1;
                match l {
                    Ok(l) => {
                        if let Err(e) = check_fit(&l, &d) {
                            problems.push(format!("{at}: {e}"));
                        }
                    }
                    Err(e) => problems.push(format!("{at}: {e}")),
                }
            }
        }
    }
    assert!(count > 0, "no charts found");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
