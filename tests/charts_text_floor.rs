//! Chartability's critical floor for text: no text of any chart of the story is under
//! 12 CSS px, in every language, at every width from a 320 px phone to desktop and at DPR 1
//! to 3, at the browser's default text size. A chart that cannot fit its text at 12 px asks
//! for a taller box (as the page grows it) or wraps; it never shrinks its text below the floor.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::{design, layout, ApproxMeasure, ChartError, Viewport};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// The floor, in CSS pixels.
const FLOOR: f64 = luyuan::charts::ctx::MIN_TEXT_CSS_PX;

const WIDTHS: [f64; 14] = [
    320.0, 340.0, 360.0, 375.0, 390.0, 414.0, 430.0, 480.0, 600.0, 768.0, 1024.0, 1280.0, 1440.0,
    1920.0,
];

#[test]
fn no_chart_text_is_under_12_css_px_at_any_width() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            for vw in WIDTHS {
                let vh = if vw < 900.0 {
                    vw * 16.0 / 9.0
                } else {
                    vw * 10.0 / 16.0
                };
                for dpr in [1.0, 2.0, 3.0] {
                    let (w, h) = design::chart_box(&d, vw, vh);
                    let at = format!(
                        "chart \"{}\" {lang:?} {vw} px page, box {w}×{h}, DPR {dpr}",
                        d.id
                    );
                    // As the page does: a chart that asks for more height gets it once.
                    let l = match layout(&d, &Viewport::new(w, h, dpr, 16.0), &ApproxMeasure) {
                        Err(ChartError::DoesNotFit {
                            need_css_height, ..
                        }) if need_css_height.is_finite() => layout(
                            &d,
                            &Viewport::new(w, need_css_height, dpr, 16.0),
                            &ApproxMeasure,
                        ),
                        other => other,
                    };
                    let l = match l {
                        Ok(l) => l,
                        Err(e) => {
                            problems.push(format!("{at}: {e}"));
                            continue;
                        }
                    };
                    checked += 1;
                    for t in &l.texts {
                        let css = t.font.px / dpr;
                        if css < FLOOR - 1e-9 {
                            problems.push(format!(
                                "{at}: “{}” ({:?}) is {css:.2} CSS px",
                                t.text, t.role
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 0, "no charts laid out");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} texts under {FLOOR} px:\n{}",
        problems.len(),
        problems
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
