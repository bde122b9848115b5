//! One big figure (up to three, stacked) that counts up, its label and annotation under it:
//! a wall of one (`wall.rs`), the figure as large as the frame allows (up to 7 em).

use super::wall::wall;
use super::{Kind, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct BigNumber;

impl Kind for BigNumber {
    fn max_items(&self) -> usize {
        3
    }

    /// A figure is stated as it is, negative or not.
    fn signed(&self) -> bool {
        true
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (2.4, 2.0 + 9.0 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        wall(ctx, ChartKind::BigNumber)
    }

    fn is_one_figure(&self, _chart: &ChartData) -> bool {
        true
    }
}
