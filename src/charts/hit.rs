//! Hit testing: which item is under a pointer. The pointer's CSS position is scaled by the
//! DPR to device pixels and mapped back to the chart's logical coordinates through the
//! same plotters `Cartesian2d` the marks were drawn in (`ReverseCoordTranslate`, what
//! `ChartContext::into_coord_trans` uses; no backend needed, so it works without a canvas
//! and in native tests); the layout's geometry names the item there.

use plotters::coord::ReverseCoordTranslate;

use super::kinds::Layout;

/// The item at a point given in CSS pixels from the canvas's top left, if any.
pub fn hit_test(layout: &Layout, css_x: f64, css_y: f64) -> Option<usize> {
    let dpr = layout.viewport.dpr;
    let (x, y) = (css_x * dpr, css_y * dpr);
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    let px = (x.floor() as i32, y.floor() as i32);
    let coords = layout.frame.coords(layout.width, layout.height);
    let (lx, ly) = coords.reverse_translate(px)?;
    layout.geom.item_at(lx, ly)
}
