//! A chart on a canvas: the backing store sized to CSS size × DPR, one frame drawn, and the
//! viewport read from the page (the box, the DPR, the root font size).

use plotters::drawing::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use super::backend::ChartCanvas;
use crate::charts::{
    draw, layout, ApproxMeasure, ChartData, ChartError, Layout, Paint, Theme, Viewport,
};

pub fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Sizes `canvas`'s backing store to the viewport (CSS size × DPR) if it differs (a resize
/// clears the canvas, so only then).
pub fn size_canvas(canvas: &HtmlCanvasElement, vp: &Viewport) {
    let (w, h) = vp.device_size();
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
}

/// Lays out and draws `chart` at rest on `canvas` for `vp` (one full redraw): the backing
/// store is sized first. For share cards, tests and the benchmark.
pub fn paint_canvas(
    canvas: &HtmlCanvasElement,
    chart: &ChartData,
    vp: &Viewport,
    theme: Theme,
) -> Result<Layout, ChartError> {
    size_canvas(canvas, vp);
    let layout = layout(chart, vp, &ApproxMeasure)?;
    paint_layout(canvas, chart, &layout, theme, None)?;
    Ok(layout)
}

/// Draws one frame of an already laid out chart (an animation frame), at `values` or at rest.
pub fn paint_layout(
    canvas: &HtmlCanvasElement,
    chart: &ChartData,
    layout: &Layout,
    theme: Theme,
    values: Option<&[f64]>,
) -> Result<(), ChartError> {
    let backend =
        ChartCanvas::new(canvas).ok_or_else(|| ChartError::Draw("no 2D context".into()))?;
    let area = backend.into_drawing_area();
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let paint = Paint {
        palette: super::colours::palette(theme),
        values: values.unwrap_or(&rest),
        focus: &[],
        active: None,
    };
    draw(&area, chart, layout, &paint)
}

/// The viewport of a chart's box: its CSS size (the exact device-pixel box when the browser
/// reported one, `device`), the DPR and the root font size (`ruler`, 1rem wide).
pub fn read_viewport(
    boxel: &HtmlElement,
    ruler: Option<&HtmlElement>,
    device: Option<(u32, u32)>,
) -> Option<Viewport> {
    let r = boxel.get_bounding_client_rect();
    let dpr = web_sys::window()?.device_pixel_ratio();
    if r.width() < 1.0 || r.height() < 1.0 || dpr.is_nan() || dpr <= 0.0 {
        return None;
    }
    let font_px = ruler
        .map(|e| e.get_bounding_client_rect().width())
        .filter(|w| *w >= 4.0)
        .unwrap_or(16.0);
    // The exact device-pixel box when the browser reports one that agrees with CSS size ×
    // DPR; some (Chromium under DPR emulation) report CSS pixels there, which would halve
    // the backing store and blur the chart.
    let agrees = |device: u32, css: f64| (f64::from(device) - css * dpr).abs() <= 2.0;
    let (w, h) = match device {
        Some((dw, dh)) if agrees(dw, r.width()) && agrees(dh, r.height()) => {
            (f64::from(dw) / dpr, f64::from(dh) / dpr)
        }
        _ => (r.width(), r.height()),
    };
    // Browsers refuse very large canvases: keep the backing store under 16 M pixels.
    let dpr = dpr.min((16_000_000.0 / (w * h)).sqrt()).max(0.25);
    Some(Viewport::new(w, h, dpr, font_px))
}
