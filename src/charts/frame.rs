//! The box a chart is drawn in on the story's page, from the page's size: the rules the
//! stylesheet follows (`style/main.css`, checked by `tests/page_constants.rs`), in Rust so
//! that the build can draw a chart for the box a reader will see and the tests can lay every
//! chart out in it.
//!
//! - Phone (narrower than [`DESKTOP_MIN`]): the graphic's width less its padding, and
//!   [`PHONE_RATIO`] as tall as wide, the same for every chart, so that the sticky graphic
//!   keeps its height while the steps change its chart.
//! - Desktop: the chart's own proportions (its kind's reserve), at most [`DESKTOP_MAX`] wide
//!   and as tall as the viewport allows.

use super::spec::ChartData;

/// Viewports at least this wide (CSS px) lay the story out for the desktop.
pub const DESKTOP_MIN: f64 = 900.0;
/// A phone's chart box: height = this × width.
pub const PHONE_RATIO: f64 = 0.9;
/// The phone graphic's padding on each side (CSS px).
pub const PHONE_PAD: f64 = 8.0;
/// The desktop chart's widest (CSS px, 46 rem).
pub const DESKTOP_MAX: f64 = 736.0;

/// The chart box (CSS px) on a page of `vw` × `vh` CSS px at 100 % text.
pub fn chart_box(chart: &ChartData, vw: f64, vh: f64) -> (f64, f64) {
    if vw < DESKTOP_MIN {
        let w = vw - 2.0 * PHONE_PAD;
        (w, (w * PHONE_RATIO).round())
    } else {
        // The story's grid: 2 rem padding, a 26 rem text column, a 2 rem gap, the graphic.
        let column = (vw.min(1344.0) - 64.0 - 416.0 - 32.0).max(0.0);
        let w = column.min(DESKTOP_MAX);
        let (ar, min_rem) = super::view::reserve(chart);
        // The bar (52 px) and the caption and button (9 rem) above and below.
        let max_h = vh - 52.0 - 144.0;
        (w, (w / ar).max(min_rem * 16.0).min(max_h).round())
    }
}
