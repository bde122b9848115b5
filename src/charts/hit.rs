//! Hit testing: which item is under a pointer. The pointer's CSS position is scaled by the
//! DPR to device pixels and mapped back to the chart's logical coordinates with plotters'
//! `into_coord_trans`, on the same `Cartesian2d` the marks were drawn with (built here on a
//! backend that draws nothing, so it works without a canvas and in native tests); the
//! layout's geometry names the item there.

use plotters::chart::ChartBuilder;
use plotters::drawing::IntoDrawingArea;
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

use super::kinds::Layout;

/// A backend of a given size that draws nothing.
#[derive(Clone, Copy, Debug)]
pub struct NullBackend(pub u32, pub u32);

#[derive(Debug)]
pub struct NullError;

impl std::fmt::Display for NullError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("null backend")
    }
}

impl std::error::Error for NullError {}

impl DrawingBackend for NullBackend {
    type ErrorType = NullError;
    fn get_size(&self) -> (u32, u32) {
        (self.0, self.1)
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<NullError>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<NullError>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<NullError>> {
        Ok(())
    }
}

/// The item at a point given in CSS pixels from the canvas's top left, if any.
pub fn hit_test(layout: &Layout, css_x: f64, css_y: f64) -> Option<usize> {
    let dpr = layout.viewport.dpr;
    let (x, y) = (css_x * dpr, css_y * dpr);
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    let px = (x.floor() as i32, y.floor() as i32);
    let area = NullBackend(layout.width, layout.height).into_drawing_area();
    let f = layout.frame;
    let chart = ChartBuilder::on(&area)
        .build_cartesian_2d(f.x.0..f.x.1, f.y.0..f.y.1)
        .ok()?;
    let to_logical = chart.into_coord_trans();
    let (lx, ly) = to_logical(px)?;
    layout.geom.item_at(lx, ly)
}
