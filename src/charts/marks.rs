//! What a frame draws with, for every kind: [`Paint`] (the frame's values, focus, active
//! item, theme), the [`Surface`] a kind draws on, and the marks themselves: filled bars in
//! logical coordinates, rectangles and outlines on whole device pixels, and the laid-out
//! texts. It knows no kind.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Rectangle, Text};
use plotters::prelude::{Cartesian2d, Color};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::DrawingBackend;

use super::placed::{Align, Frame, TextBox, TextRole};
use super::spec::{ChartData, ChartError};
use super::theme::{Palette, Rgb};
use super::tween::count_up;

/// The plotting area: plotters' Cartesian coordinates over the whole canvas.
pub(crate) type Plot<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What changes from frame to frame.
#[derive(Clone, Copy, Debug)]
pub struct Paint<'a> {
    /// The colours: a theme's (`Theme::palette`), its more-contrast one, or the system's.
    pub palette: Palette,
    /// Current value of each item (tweened), in the order of `ChartData::items`.
    pub values: &'a [f64],
    /// Items in focus (the step's subject); empty: all.
    pub focus: &'a [usize],
    /// The item under the pointer or keyboard, outlined.
    pub active: Option<usize>,
}

impl Paint<'_> {
    /// Colour of item `i`'s mark: `base`, or dimmed when others are in focus.
    pub(crate) fn mark(&self, pal: &Palette, i: usize, base: Rgb) -> Rgb {
        if self.focus.is_empty() || self.focus.contains(&i) {
            base
        } else {
            pal.dim
        }
    }
}

/// Where a kind draws its marks: the canvas in device pixels, the same area in the
/// layout's logical coordinates, the chart, this frame's paint and the theme's colours.
pub(crate) struct Surface<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
    pub plot: &'a Plot<DB>,
    pub chart: &'a ChartData,
    pub paint: &'a Paint<'a>,
    pub pal: &'a Palette,
}

pub(crate) fn err<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// The whole canvas in the frame's logical coordinates.
pub(crate) fn plot_area<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, f: Frame) -> Plot<DB> {
    let (w, h) = area.dim_in_pixel();
    area.apply_coord_spec(f.coords(w, h))
}

/// A filled rectangle in logical coordinates.
pub(crate) fn bar<DB: DrawingBackend>(
    plot: &Plot<DB>,
    a: (f64, f64),
    b: (f64, f64),
    color: Rgb,
) -> Result<(), ChartError> {
    plot.draw(&Rectangle::new([a, b], color.plotters().filled()))
        .map_err(err)
}

/// A filled rectangle in device pixels (for marks whose geometry is pixels: waffle cells,
/// rank slots, outlines). Whole pixels, so edges stay sharp on canvas.
pub(crate) fn px_rect<DB: DrawingBackend>(
    plot: &Plot<DB>,
    (x0, y0, x1, y1): (f64, f64, f64, f64),
    color: Rgb,
) -> Result<(), ChartError> {
    let screen = plot.strip_coord_spec();
    let a = (x0.round() as i32, y0.round() as i32);
    let b = (x1.round() as i32, y1.round() as i32);
    screen
        .draw(&Rectangle::new([a, b], color.plotters().filled()))
        .map_err(err)
}

/// An outline `width` device pixels wide around a rectangle given in device pixels
/// (the active item); four filled strips, so it stays sharp (a canvas stroke would sit on
/// half pixels).
pub(crate) fn outline<DB: DrawingBackend>(
    plot: &Plot<DB>,
    (x0, y0, x1, y1): (f64, f64, f64, f64),
    width: f64,
    color: Rgb,
) -> Result<(), ChartError> {
    let w = width.max(1.0).round();
    let (x0, y0, x1, y1) = (
        x0.round() - w,
        y0.round() - w,
        x1.round() + w,
        y1.round() + w,
    );
    for r in [
        (x0, y0, x1, y0 + w),
        (x0, y1 - w, x1, y1),
        (x0, y0, x0 + w, y1),
        (x1 - w, y0, x1, y1),
    ] {
        px_rect(plot, r, color)?;
    }
    Ok(())
}

/// The laid-out texts, a figure that counts up at its item's progress.
/// Texts never overlap, so they are drawn grouped by font: a canvas parses and resolves its
/// font each time it is set, the costliest call of a frame on a slow phone. (Apart from
/// [`texts`], which is generic over the backend, so that the sort is compiled once.)
fn by_font(texts: &[TextBox]) -> Vec<&TextBox> {
    let mut by_font: Vec<&TextBox> = texts.iter().collect();
    by_font.sort_by(|a, b| {
        a.font
            .px
            .total_cmp(&b.font.px)
            .then(a.font.bold.cmp(&b.font.bold))
    });
    by_font
}

pub(crate) fn texts<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    texts: &[TextBox],
    chart: &ChartData,
    paint: &Paint,
    pal: &Palette,
) -> Result<(), ChartError> {
    for t in by_font(texts) {
        // The step's subject stands out: while some items are in focus, the others' words
        // recede; big figures are set in the accent (large text: 3:1 is enough).
        let receded = t
            .item
            .is_some_and(|i| !paint.focus.is_empty() && !paint.focus.contains(&i));
        let color = match t.role {
            _ if receded => pal.muted,
            TextRole::Label | TextRole::Value | TextRole::Takeaway => pal.text,
            TextRole::Big => pal.accent(),
            TextRole::Muted | TextRole::Note => pal.muted,
        }
        .plotters();
        let text = match t.item.filter(|_| t.count_up) {
            Some(i) => {
                let target = chart.items.get(i).map_or(0.0, |d| d.value);
                let now = paint.values.get(i).copied().unwrap_or(target);
                let ratio = if target == 0.0 { 1.0 } else { now / target };
                count_up(&t.text, ratio)
            }
            None => t.text.clone(),
        };
        let h = match t.align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        let style = t.font.style().color(&color).pos(Pos::new(h, VPos::Top));
        // Whole pixels: sharp glyph positions at any DPR.
        let at = (t.x.round() as i32, t.y.round() as i32);
        area.draw(&Text::new(text, at, style)).map_err(err)?;
    }
    Ok(())
}
