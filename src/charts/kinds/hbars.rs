//! Horizontal bars: like figures of one unit, kind and basis, compared by length; reads best
//! on a phone (long Chinese labels never squeeze beside a bar). A whole or benchmark is a
//! reference line across them (`rows.rs`).

use super::rows::{rows_layout, RowsSpec};
use super::{Kind, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Hbars;

impl Kind for Hbars {
    fn max_items(&self) -> usize {
        12
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        rows_reserve(chart)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        rows_layout(
            ctx,
            &RowsSpec {
                line: reference_line(ctx),
                ..RowsSpec::plain(ChartKind::Hbars)
            },
        )
    }
}

/// The box of a row chart: wide, at least as tall as its rows need.
pub(crate) fn rows_reserve(chart: &ChartData) -> (f64, f64) {
    let n = chart.items.len().max(1) as f64;
    let ar = if n <= 2.0 { 2.2 } else { 16.0 / 9.0 };
    (ar, 4.0 + 4.5 * n)
}

/// The chart's reference, as a line named "label figure" (or by its note, when it has one).
pub(crate) fn reference_line(ctx: &Ctx) -> Option<(f64, String)> {
    ctx.chart.reference.as_ref().map(|r| {
        let sep = if ctx.chart.lang.locale().spaced {
            ": "
        } else {
            " "
        };
        let name = if r.note.is_empty() { &r.label } else { &r.note };
        (r.value, format!("{name}{sep}{}", r.display))
    })
}
