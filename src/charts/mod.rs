//! Chart kit: plotters charts for the story, drawn on any `DrawingBackend`.
//!
//! The flow: a [`ChartData`] (plain, localised: labels, values, formatted figures) and a
//! [`Viewport`] (CSS size, DPR, root font size) give a [`Layout`] ([`layout`], with a
//! [`TextMeasure`]: the canvas's `measureText` in the browser, [`ApproxMeasure`]
//! natively), computed once per viewport; each frame is [`draw`] with the current
//! (tweened) values. [`hit_test`] maps a pointer back to an item through the plotters
//! coordinates the marks are drawn in. [`view::ChartFigure`] is the Leptos component; the
//! browser glue that draws it on its canvas is `client/canvas/` (through [`view::FigureGlue`]).
//! Nothing here panics: every failure is a [`ChartError`], and
//! the page then shows the chart's table.
//!
//! One file per chart kind in `kinds/`, and one dispatch on the kind (`kinds/mod.rs`);
//! below the kinds, knowing none of them: `spec` (the description), `viewport`, `placed`
//! (placed texts, rows, frame), `ctx` (layout context), `marks` (paint and marks),
//! `measure`, `theme`, `tween`, `ui`.

pub mod ctx;
pub mod draw;
pub mod engine;
pub mod frame;
pub mod hit;
pub mod icons;
pub mod kinds;
pub mod layout;
pub mod marks;
pub mod measure;
pub mod placed;
pub mod spec;
pub mod theme;
pub mod tooltip;
pub mod tween;
pub mod ui;
pub mod validate;
pub mod view;
pub mod viewport;

pub use crate::model::ChartKind;
pub use draw::{draw, Paint};
pub use engine::ChartState;
pub use hit::hit_test;
pub use layout::{layout, Layout, TextBox, Viewport};
pub use measure::{ApproxMeasure, Font, TextMeasure};
pub use spec::{ChartData, ChartError, Datum};
pub use theme::Theme;
pub use validate::validate;
pub use view::{ChartFigure, FigureGlue, FigureInputs};

/// Renders a chart to an SVG string (native only: tests, static images). `values` are the
/// marks' current values (a tween frame); `None` draws the chart at rest.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg(
    chart: &ChartData,
    vp: &Viewport,
    theme: Theme,
    values: Option<&[f64]>,
    focus: &[usize],
    active: Option<usize>,
    m: &dyn TextMeasure,
) -> Result<(Layout, String), ChartError> {
    use plotters::drawing::IntoDrawingArea;
    let layout = layout(chart, vp, m)?;
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let paint = Paint {
        theme,
        values: values.unwrap_or(&rest),
        focus,
        active,
    };
    let mut svg = String::new();
    {
        let backend =
            plotters::backend::SVGBackend::with_string(&mut svg, (layout.width, layout.height));
        let area = backend.into_drawing_area();
        draw(&area, chart, &layout, &paint)?;
        area.present().map_err(marks::err)?;
    }
    Ok((layout, svg))
}
