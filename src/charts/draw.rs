//! Drawing a laid-out chart on any plotters backend: SVG natively, the canvas in the browser,
//! a bitmap for share images. Nothing here measures text or allocates a layout: a frame is
//! a background, the marks at the current (tweened) values (drawn by the layout's
//! geometry), and the texts placed by layout.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters_backend::DrawingBackend;

use super::kinds::Layout;
use super::marks::{plot_area, texts, Surface};
use super::spec::{ChartData, ChartError};

pub(crate) use super::marks::err;
pub use super::marks::Paint;

/// Draws one frame of `chart`, laid out as `layout`, on `area` (which must be the layout's
/// size in device pixels).
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    layout: &Layout,
    paint: &Paint,
) -> Result<(), ChartError> {
    let (w, h) = area.dim_in_pixel();
    if (w, h) != (layout.width, layout.height) {
        return Err(ChartError::Draw(format!(
            "area is {w}×{h} px but the layout is for {}×{}",
            layout.width, layout.height
        )));
    }
    if paint.values.len() != chart.items.len() || layout.items != chart.items.len() {
        return Err(ChartError::Draw(format!(
            "{} values for {} items",
            paint.values.len(),
            chart.items.len()
        )));
    }
    let pal = paint.palette;
    area.fill(&pal.bg.plotters()).map_err(err)?;
    let plot = plot_area(area, layout.frame);
    let surface = Surface {
        area,
        plot: &plot,
        chart,
        paint,
        pal: &pal,
    };
    layout.geom.draw(&surface, layout)?;
    texts(area, &layout.texts, chart, paint, &pal)
}
