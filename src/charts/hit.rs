//! Hit testing: which item is under a pointer. The pointer's CSS position is scaled by the
//! DPR to device pixels and mapped back to the chart's logical coordinates with plotters'
//! `into_coord_trans`, on the same `Cartesian2d` the marks were drawn with (built here on a
//! backend that draws nothing, so it works without a canvas and in native tests).

use plotters::chart::ChartBuilder;
use plotters::drawing::IntoDrawingArea;
use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

use super::layout::{Geom, Layout, Row};

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
    item_at(layout, lx, ly)
}

/// The row whose band (extended halfway to its neighbours) holds `y`.
fn row_at(rows: &[Row], y: f64) -> Option<usize> {
    rows.iter().enumerate().find_map(|(i, r)| {
        let top = if i == 0 {
            r.top
        } else {
            (rows[i - 1].bottom + r.top) / 2.0
        };
        let bottom = rows
            .get(i + 1)
            .map_or(r.bottom, |n| (r.bottom + n.top) / 2.0);
        (y >= top && y < bottom).then_some(i)
    })
}

/// Item at logical coordinates (see each geometry's frame in `layout.rs`).
fn item_at(layout: &Layout, x: f64, y: f64) -> Option<usize> {
    match &layout.geom {
        // x in slots: the whole column is the target (a big touch target).
        Geom::Columns { n, .. } => {
            let i = x.floor();
            (i >= 0.0 && (i as usize) < *n).then_some(i as usize)
        }
        // y in pixels.
        Geom::Rows { rows, .. } | Geom::Rank { rows, .. } | Geom::Big { rows } => row_at(rows, y),
        Geom::Gauges { cells, .. } => cells.iter().position(|c| {
            let (x0, y0, x1, y1) = c.cell;
            x >= x0 && x < x1 && y >= y0 && y < y1
        }),
        Geom::Waffle(g) => {
            let (cx, cy) = ((x - g.origin.0) / g.step, (y - g.origin.1) / g.step);
            if cx >= 0.0 && cy >= 0.0 && (cx as usize) < g.cols {
                let k = cy as usize * g.cols + cx as usize;
                if let Some(o) = g.owner.get(k) {
                    return *o;
                }
            }
            g.legend.iter().position(|(t, b)| y >= *t && y < *b)
        }
    }
}
