//! Typesetting rules a graphics desk holds every chart to, over every chart of the story in
//! every language, in the box the page gives it from a 320 px phone to a desktop, at DPR 1
//! and 2: no text is drawn under a line or mark; a figure set large keeps room above and
//! below it; a figure is never set smaller than its label. (Line breaks are
//! `charts_breaks.rs`; text overlapping text or cut off is `charts_story.rs`.)
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::pixels;
use luyuan::charts::design::chart_box;
use luyuan::charts::layout::{Layout, TextRole};
use luyuan::charts::record::{record, Shape};
use luyuan::charts::theme::Rgb;
use luyuan::charts::{layout, ApproxMeasure, ChartData, Paint, Theme, Viewport};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// Pages the charts are laid out for (CSS px), phone to desktop.
const PAGES: [(f64, f64); 6] = [
    (320.0, 568.0),
    (375.0, 667.0),
    (414.0, 896.0),
    (768.0, 1024.0),
    (1280.0, 800.0),
    (1920.0, 1080.0),
];

/// Every chart of the story in every language, laid out at rest on every page and DPR:
/// `(where, chart, layout, shapes drawn)`.
fn laid_out() -> Vec<(String, ChartData, Layout, Vec<Shape>)> {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            for (vw, vh) in PAGES {
                for dpr in [1.0, 2.0] {
                    let (w, h) = chart_box(&d, vw, vh);
                    let l = layout(&d, &Viewport::new(w, h, dpr, 16.0), &ApproxMeasure)
                        .unwrap_or_else(|e| panic!("{} {lang:?} {vw}px: {e}", d.id));
                    let rest: Vec<f64> = d.items.iter().map(|i| i.value).collect();
                    let paint = Paint {
                        palette: Theme::Light.palette(),
                        values: &rest,
                        focus: &[],
                        active: None,
                    };
                    // Ink only: what is painted in the background's colour is background.
                    let bg = Theme::Light.palette().bg;
                    let shapes = record(&d, &l, &paint)
                        .unwrap_or_else(|e| panic!("{}: {e}", d.id))
                        .into_iter()
                        .filter(|(_, (r, g, b, _))| Rgb(*r, *g, *b) != bg)
                        .map(|(s, _)| s)
                        .collect();
                    let at = format!("{} {lang:?} {vw}px DPR {dpr}", d.id);
                    out.push((at, d.clone(), l, shapes));
                }
            }
        }
    }
    out
}

/// The device pixels a stroked path covers.
fn stroke_pixels(points: &[(i32, i32)], width: u32) -> Vec<(i32, i32)> {
    let r = (f64::from(width.max(1)) / 2.0).max(0.5);
    let mut px = Vec::new();
    for seg in points.windows(2) {
        let (a, b) = (seg[0], seg[1]);
        let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
        let steps = (dx.abs().max(dy.abs()) * 2.0).ceil().max(1.0) as i32;
        for k in 0..=steps {
            let t = f64::from(k) / f64::from(steps);
            let (x, y) = (f64::from(a.0) + t * dx, f64::from(a.1) + t * dy);
            for py in (y - r).floor() as i32..(y + r).ceil() as i32 {
                for pxx in (x - r).floor() as i32..(x + r).ceil() as i32 {
                    px.push((pxx, py));
                }
            }
        }
    }
    px
}

/// Every pixel of ink but text: marks, tracks, rules, lines, symbols.
fn ink(shapes: &[Shape]) -> Vec<(i32, i32)> {
    shapes
        .iter()
        .flat_map(|s| match s {
            Shape::Path { points, stroke } => stroke_pixels(points, *stroke),
            Shape::Text { .. } => Vec::new(),
            other => pixels(other).unwrap_or_default(),
        })
        .collect()
}

fn inside(p: (i32, i32), (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
    let (x, y) = (f64::from(p.0) + 0.5, f64::from(p.1) + 0.5);
    x > x0 && x < x1 && y > y0 && y < y1
}

#[test]
fn no_text_is_drawn_under_a_line_or_a_mark() {
    let mut problems = Vec::new();
    let all = laid_out();
    assert!(!all.is_empty(), "the story has charts");
    for (at, _, l, shapes) in &all {
        let ink = ink(shapes);
        for t in &l.texts {
            let g = t.glyph_rect();
            let under = ink.iter().filter(|&&p| inside(p, g)).count();
            if under > 0 {
                problems.push(format!("{at}: {under} px of ink over {:?}", t.text));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_large_figure_keeps_room_above_and_below() {
    let mut problems = Vec::new();
    for (at, _, l, shapes) in &laid_out() {
        let ink = ink(shapes);
        for t in l.texts.iter().filter(|t| t.role == TextRole::Big) {
            let (x0, y0, x1, y1) = t.glyph_rect();
            // A quarter of the figure's size clear of any ink or other text above it (the
            // rule over a wall's figure), a sixth below.
            let above = (x0, y0 - (t.font.px / 4.0).floor(), x1, y0);
            let below = (x0, y1, x1, y1 + (t.font.px / 6.0).floor());
            let crowded = |band| {
                ink.iter().any(|&p| inside(p, band))
                    || l.texts.iter().filter(|o| *o != t).any(|o| {
                        let (a0, b0, a1, b1) = o.glyph_rect();
                        a0 < band.2 && a1 > band.0 && b0 < band.3 && b1 > band.1
                    })
            };
            if crowded(above) {
                problems.push(format!("{at}: {:?} crowded above", t.text));
            }
            if crowded(below) {
                problems.push(format!("{at}: {:?} crowded below", t.text));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_figure_is_never_set_smaller_than_its_label() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (at, d, l, _) in &laid_out() {
        for i in 0..d.items.len() {
            let size = |roles: &[TextRole]| {
                l.texts
                    .iter()
                    .filter(|t| t.item == Some(i) && roles.contains(&t.role))
                    .map(|t| t.font.px)
                    .fold(None, |m: Option<f64>, px| Some(m.map_or(px, |m| m.min(px))))
            };
            let (Some(figure), Some(label)) = (
                size(&[TextRole::Big, TextRole::Value]),
                size(&[TextRole::Label]),
            ) else {
                continue;
            };
            checked += 1;
            if figure < label {
                problems.push(format!(
                    "{at}: {:?} at {figure} px under its label at {label} px",
                    d.items[i].display
                ));
            }
        }
    }
    // Whatever the story (the kit's tests run on any: STORY_DIR), its figures were found.
    assert!(checked > 0, "no figure with a label found");
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
