//! Layout: everything about a chart that depends on its size, DPR, font size and language,
//! computed once (all text measured and placed here) so that a frame only draws. This is
//! the entry point (check the description and the viewport, hand the chart to its kind)
//! and the path of the layout types: [`Layout`] and [`Geom`] from `kinds`, the placed parts
//! from `placed`, [`Viewport`].

use super::ctx::Ctx;
use super::kinds;
use super::measure::TextMeasure;
use super::spec::{ChartData, ChartError};
use super::validate::validate;

pub use super::kinds::{
    BarRows, Columns, Figures, GaugeCell, Geom, Layout, RankScale, Rings, WaffleGrid,
};
pub use super::placed::{Align, Frame, Row, TextBox, TextRole};
pub use super::viewport::Viewport;

/// Lays a chart out for a viewport: checks the description, measures and places every text.
/// Cache the result per viewport and language (see `engine::ChartState`); frames only draw.
pub fn layout(chart: &ChartData, vp: &Viewport, m: &dyn TextMeasure) -> Result<Layout, ChartError> {
    validate(chart)?;
    vp.check()?;
    let ctx = Ctx::new(chart, *vp, m);
    kinds::of(chart.kind).layout(&ctx)
}

/// The value a mark starts from when it first appears: zero, or for a rank the last place.
pub fn baseline(chart: &ChartData) -> f64 {
    kinds::of(chart.kind).baseline(chart)
}
