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
    BarRows, Cell, Columns, GaugeCell, Geom, Isotype, Layout, Line, RankScale, Rings, Strip,
    StripForm, Symbols, WaffleGrid, Wall,
};
pub use super::placed::{Align, Frame, Row, TextBox, TextRole};
pub use super::viewport::Viewport;

/// The smallest type scale (labels of 12 px at the default 16 px text); no text goes under
/// [`super::ctx::MIN_TEXT_CSS_PX`] at any scale.
pub const MIN_SCALE: f64 = 0.85;

/// Lays a chart out for a viewport: checks the description, measures and places every text.
/// Cache the result per viewport and language (see `engine::ChartState`); frames only draw.
///
/// The chart's type grows to fill its frame: the largest type scale from 1 (the page's text
/// size) up to the kind's maximum at which the marks still fit, found by bisection. A chart
/// that does not fit at 1 (six figures in a 320 px phone's frame) may set its type a little
/// smaller, down to [`MIN_SCALE`], before it asks for a taller box.
pub fn layout(chart: &ChartData, vp: &Viewport, m: &dyn TextMeasure) -> Result<Layout, ChartError> {
    validate(chart)?;
    vp.check()?;
    let kind = kinds::of(chart.kind);
    let at = |scale: f64| kind.layout(&Ctx::new(chart, *vp, m, scale));
    let base = match at(1.0) {
        Ok(l) => l,
        Err(e @ ChartError::DoesNotFit { .. }) => {
            // None fits: the least height any scale asks for (a scale may need an unbounded
            // one, where only a smaller type keeps a figure whole).
            let mut least = e;
            for s in [0.95, 0.9, MIN_SCALE] {
                match at(s) {
                    Ok(l) => return Ok(l),
                    Err(e) if needs(&e) < needs(&least) => least = e,
                    Err(_) => {}
                }
            }
            return Err(least);
        }
        Err(e) => return Err(e),
    };
    let (mut lo, mut hi) = (1.0, kind.max_scale());
    let mut best = base;
    if let Ok(l) = at(hi) {
        return Ok(l);
    }
    // Five halvings: within 2 % of the largest scale that fits.
    for _ in 0..5 {
        let mid = (lo + hi) / 2.0;
        match at(mid) {
            Ok(l) => {
                best = l;
                lo = mid;
            }
            Err(_) => hi = mid,
        }
    }
    Ok(best)
}

/// The height a failed layout asks for (infinite if none helps, or for other errors).
fn needs(e: &ChartError) -> f64 {
    match e {
        ChartError::DoesNotFit {
            need_css_height, ..
        } => *need_css_height,
        _ => f64::INFINITY,
    }
}

/// The value a mark starts from when it first appears: zero, or for a rank the last place.
pub fn baseline(chart: &ChartData) -> f64 {
    kinds::of(chart.kind).baseline(chart)
}
