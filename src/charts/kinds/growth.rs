//! Growth rates as bars around a zero line: positive to the right in the accent colour,
//! negative to the left in the second colour, each with its signed figure at its end; a
//! reference rate (the district behind its firms) as a line across them. The rows of
//! `rows.rs` with the zero line drawn across each bar's band only.

use super::hbars::{reference_line, rows_reserve};
use super::rows::{rows_layout, RowsSpec};
use super::{Kind, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Growth;

impl Kind for Growth {
    fn max_items(&self) -> usize {
        12
    }

    fn signed(&self) -> bool {
        true
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        rows_reserve(chart)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        rows_layout(
            ctx,
            &RowsSpec {
                zero_line: true,
                line: reference_line(ctx),
                ..RowsSpec::plain(ChartKind::Growth)
            },
        )
    }
}
