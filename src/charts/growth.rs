//! Growth rates as bars around a zero line: positive to the right in the accent colour,
//! negative to the left in the second colour, each with its signed value at its end. The
//! zero line is drawn as a tick across each bar's band only, so it never crosses a label.

use plotters_backend::DrawingBackend;

use super::draw::{px_rect, Plot};
use super::hbars::rows_layout;
use super::kind::ChartKind;
use super::layout::{Ctx, Geom, Layout, Row};
use super::spec::ChartError;
use super::theme::Palette;

pub(crate) fn layout(ctx: &Ctx) -> Result<Layout, ChartError> {
    rows_layout(ctx, ChartKind::Growth, true)
}

/// The zero line, one device pixel per CSS pixel wide, across each row's bar.
pub(crate) fn draw_zero_line<DB: DrawingBackend>(
    plot: &Plot<DB>,
    layout: &Layout,
    rows: &[Row],
    pal: &Palette,
) -> Result<(), ChartError> {
    let Geom::Rows { zero_x, .. } = layout.geom else {
        return Ok(());
    };
    let w = layout.viewport.dpr.round().max(1.0);
    let x = zero_x.round() - (w / 2.0).floor();
    let over = (0.12 * layout.unit).round();
    for r in rows {
        px_rect(plot, (x, r.y0 - over, x + w, r.y1 + over), pal.text)?;
    }
    Ok(())
}
