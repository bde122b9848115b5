//! Hit testing: a pointer's CSS position, scaled by the DPR, maps back through plotters'
//! `into_coord_trans` to the item under it, for every kind, at DPR 1, 2 and 3.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::layout::{BarRows, Columns, Geom, Isotype, RankScale, Rings, Wall};
use luyuan::charts::{hit_test, layout, ApproxMeasure, ChartData, Layout, Viewport};
use luyuan::lang::Lang;

fn lay(chart: &ChartData, w: f64, h: f64, dpr: f64) -> Layout {
    layout(chart, &Viewport::new(w, h, dpr, 16.0), &ApproxMeasure).unwrap()
}

/// The middle of item `i`'s mark, in CSS pixels.
fn mark_centre(l: &Layout, chart: &ChartData, i: usize) -> (f64, f64) {
    let d = l.viewport.dpr;
    let v = chart.items[i].value;
    let (x, y) = match &l.geom {
        Geom::Rows(BarRows { rows, zero_x, .. }) => {
            (zero_x + v * l.scale / 2.0, (rows[i].y0 + rows[i].y1) / 2.0)
        }
        Geom::Columns(Columns { base_y, .. }) => {
            let slot = (f64::from(l.width) - 1.0) / (l.frame.x.1 - l.frame.x.0);
            (
                (i as f64 + 0.5 - l.frame.x.0) * slot,
                base_y - v * l.scale / 2.0,
            )
        }
        Geom::Gauges(Rings { cells, .. }) => (
            cells[i].cx,
            cells[i].cy - (cells[i].r_out + cells[i].r_in) / 2.0,
        ),
        Geom::Waffle(g) => {
            let k = g.owner.iter().position(|o| *o == Some(i)).unwrap();
            (
                g.origin.0 + (k % g.cols) as f64 * g.step + g.size / 2.0,
                g.origin.1 + (k / g.cols) as f64 * g.step + g.size / 2.0,
            )
        }
        Geom::Rank(RankScale {
            rows,
            x0,
            x1,
            whole,
        }) => (
            x0 + (v - 0.5) / f64::from(*whole) * (x1 - x0),
            (rows[i].y0 + rows[i].y1) / 2.0,
        ),
        Geom::Wall(Wall { cells }) => {
            let (x0, y0, x1, y1) = cells[i].rect;
            ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
        }
        Geom::Isotype(Isotype { rows, .. }) => {
            (f64::from(l.width) / 4.0, (rows[i].y0 + rows[i].y1) / 2.0)
        }
    };
    (x / d, y / d)
}

#[test]
fn a_tap_on_a_mark_finds_its_item_at_every_dpr() {
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            for dpr in [1.0, 2.0, 3.0] {
                let l = lay(&chart, 375.0, 700.0, dpr);
                for i in 0..chart.items.len() {
                    let (x, y) = mark_centre(&l, &chart, i);
                    assert_eq!(
                        hit_test(&l, x, y),
                        Some(i),
                        "{} {lang:?} dpr {dpr}: item {i} at ({x}, {y})",
                        chart.id
                    );
                    // The tooltip's anchor belongs to the item too.
                    let (ax, ay) = l.anchor(i).expect("anchor");
                    assert!(ax >= 0.0 && ay >= 0.0 && ax <= 375.0 && ay <= 700.0);
                }
            }
        }
    }
}

#[test]
fn the_dpr_is_taken_into_account() {
    // Vertical bars at DPR 3: the last bar's centre in CSS pixels hits the last bar; its
    // device-pixel coordinates are three times as far, off the canvas.
    let chart = support_bars(Lang::ZH_HANT);
    let l = lay(&chart, 640.0, 480.0, 3.0);
    assert!(matches!(l.geom, Geom::Columns(_)));
    let (x, y) = mark_centre(&l, &chart, 3);
    assert_eq!(hit_test(&l, x, y), Some(3));
    assert_eq!(
        hit_test(&l, x * 3.0, y * 3.0),
        None,
        "CSS pixels in, not device pixels"
    );
    let first = mark_centre(&l, &chart, 0);
    assert_eq!(hit_test(&l, first.0, first.1), Some(0));
    // Same CSS point, same item, at every DPR.
    for px in (0..640).step_by(7) {
        let at = |dpr: f64| hit_test(&lay(&chart, 640.0, 480.0, dpr), f64::from(px), 400.0);
        assert_eq!(at(1.0), at(2.0), "x {px}");
        assert_eq!(at(1.0), at(3.0), "x {px}");
    }
}

#[test]
fn outside_the_marks_there_is_nothing() {
    let chart = gauges(Lang::EN);
    let l = lay(&chart, 640.0, 400.0, 2.0);
    assert_eq!(hit_test(&l, 1.0, 1.0), None, "the padding corner");
    assert_eq!(hit_test(&l, -5.0, 10.0), None, "off the canvas");
    assert_eq!(hit_test(&l, 10.0, 4000.0), None);
    assert_eq!(hit_test(&l, f64::NAN, 10.0), None);
    let bars = lay(&support_bars(Lang::EN), 640.0, 480.0, 1.0);
    if matches!(bars.geom, Geom::Columns(_)) {
        assert_eq!(
            hit_test(&bars, 1.0, 200.0),
            None,
            "left of the first column"
        );
    }
}
