//! Growth rates as bars around a zero line: positive to the right in the accent colour,
//! negative to the left in the second colour, each with its signed value at its end. The
//! rows of horizontal bars (`hbars.rs`) with the zero line drawn as a tick across each bar's
//! band only, so it never crosses a label.

use super::hbars::rows_layout;
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
        (16.0 / 9.0, 1.0 + 4.5 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        rows_layout(ctx, ChartKind::Growth, true)
    }
}
