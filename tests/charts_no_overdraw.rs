//! No mark is drawn over another: under forced colours a static picture's marks are system
//! colours, which an image may resolve to a colour that is not opaque (Chromium's
//! `Highlight` in an `<img>`), so a bar laid over its track shows in another colour than
//! the same bar on the page. For every chart of the story, at both design sizes, at rest in
//! the system colours, no pixel of a mark (`Highlight`) or track (`GrayText`) is also
//! covered by another shape than the background.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::pixels;

use luyuan::charts::design::{design_viewport, Design};
use luyuan::charts::record::record;
use luyuan::charts::theme::{Palette, Rgb};
use luyuan::charts::{layout, ApproxMeasure, Paint};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// Stand-ins for Canvas, CanvasText, Highlight and GrayText.
const CANVAS: Rgb = Rgb(1, 0, 0);
const HIGHLIGHT: Rgb = Rgb(3, 0, 0);
const GRAY: Rgb = Rgb(4, 0, 0);

#[test]
fn no_mark_or_track_lies_over_another_shape() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let palette = Palette::system([CANVAS, Rgb(2, 0, 0), HIGHLIGHT, GRAY]);
    let mut problems = Vec::new();
    let mut marks = 0;
    for spec in &story.charts {
        let d = chart_data(&story, spec, Lang::EN);
        for design in Design::ALL {
            let vp = design_viewport(&d, design);
            let l = layout(&d, &vp, &ApproxMeasure).unwrap_or_else(|e| panic!("{}: {e}", d.id));
            let rest: Vec<f64> = d.items.iter().map(|i| i.value).collect();
            let paint = Paint {
                palette,
                values: &rest,
                focus: &[],
                active: None,
            };
            let shapes = record(&d, &l, &paint).unwrap_or_else(|e| panic!("{}: {e}", d.id));
            let (w, h) = vp.device_size();
            // Which shape last covered each pixel (background excluded).
            let mut owner: Vec<Option<usize>> = vec![None; (w * h) as usize];
            for (k, (shape, (r, g, b, _))) in shapes.iter().enumerate() {
                let c = Rgb(*r, *g, *b);
                let Some(px) = pixels(shape) else { continue };
                if c == CANVAS {
                    continue;
                }
                let ink = c == HIGHLIGHT || c == GRAY;
                let mut over = 0usize;
                let mut all = 0usize;
                for (x, y) in px {
                    if x < 0 || y < 0 || x >= w as i32 || y >= h as i32 {
                        continue;
                    }
                    let i = (y as u32 * w + x as u32) as usize;
                    all += 1;
                    if ink && owner[i].is_some() {
                        over += 1;
                    }
                    owner[i] = Some(k);
                }
                if ink {
                    marks += 1;
                    // A polygon's edge may share a pixel centre with its neighbour's.
                    if over * 100 > all {
                        problems.push(format!(
                            "{} {}: shape {k} lies over others on {over} of {all} px",
                            d.id,
                            design.name()
                        ));
                    }
                }
            }
        }
    }
    assert!(marks > 100, "{marks} marks checked");
    assert!(problems.is_empty(), "{problems:#?}");
}
