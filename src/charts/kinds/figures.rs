//! A figure wall: two to four figures of a step that share no axis (different things,
//! units or bases), each set large on its own, with a row of symbols for a small concrete
//! count (`wall.rs`). Its reading hint says the figures do not add up or compare.

use super::wall::wall;
use super::{Kind, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Figures;

impl Kind for Figures {
    /// Four at most: a wall is the step's few figures that matter, not all it states (six
    /// would not be legible in a phone's frame).
    fn max_items(&self) -> usize {
        4
    }

    /// A figure is stated as it is, negative or not.
    fn signed(&self) -> bool {
        true
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        match chart.items.len() {
            0..=2 => (2.2, 12.0),
            _ => (1.8, 16.0),
        }
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        wall(ctx, ChartKind::Figures)
    }

    /// Type grows a little less than the figures do.
    fn max_scale(&self) -> f64 {
        1.35
    }
}
