//! Browser glue: size the canvas to CSS size × devicePixelRatio and draw the slice's chart.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

pub fn paint(canvas: &HtmlCanvasElement, items: &[(String, f64)]) {
    let dpr = web_sys::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0);
    canvas.set_width((canvas.client_width() as f64 * dpr).round() as u32);
    canvas.set_height((canvas.client_height() as f64 * dpr).round() as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else { return };
    let area = backend.into_drawing_area();
    let _ = area.fill(&WHITE);
    let _ = super::chart::draw_bars(&area, items, dpr);
    let _ = area.present();
}
