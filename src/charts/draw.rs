//! Drawing a laid-out chart on any plotters backend: SVG natively, the canvas in the browser,
//! a bitmap for share images. Nothing here measures text or allocates a layout: a frame is
//! a background, the marks at the current (tweened) values, and the texts placed by layout.

use plotters::chart::ChartBuilder;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind};
use plotters::element::{Rectangle, Text};
use plotters::prelude::{Cartesian2d, Color};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::DrawingBackend;

use super::layout::{Align, Geom, Layout, TextRole};
use super::spec::{ChartData, ChartError};
use super::theme::{Palette, Rgb, Theme};
use super::tween::count_up;
use super::{bars, big_number, gauge, growth, hbars, rank, waffle};

/// The plotting area: plotters' Cartesian coordinates over the whole canvas.
pub(crate) type Plot<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// What changes from frame to frame.
#[derive(Clone, Copy, Debug)]
pub struct Paint<'a> {
    pub theme: Theme,
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

pub(crate) fn err<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> ChartError {
    ChartError::Draw(e.to_string())
}

/// Draws one frame of `chart`, laid out as `layout`, on `area` (which must be the layout's
/// size in device pixels).
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    layout: &Layout,
    paint: &Paint,
) -> Result<(), ChartError> {
    let (w, h) = area.dim_in_pixel();
    if (w, h) != (layout.width, layout.height) {
        return Err(ChartError::Draw(format!(
            "area is {w}×{h} px but the layout is for {}×{}",
            layout.width, layout.height
        )));
    }
    if paint.values.len() != chart.items.len() || layout.items != chart.items.len() {
        return Err(ChartError::Draw(format!(
            "{} values for {} items",
            paint.values.len(),
            chart.items.len()
        )));
    }
    let pal = paint.theme.palette();
    area.fill(&pal.bg.plotters()).map_err(err)?;
    let plot = plot_area(area, layout)?;
    match &layout.geom {
        Geom::Columns { n, bar_frac, .. } => bars::draw(&plot, layout, *n, *bar_frac, paint, &pal)?,
        Geom::Rows {
            rows, zero_line, ..
        } => {
            hbars::draw(&plot, layout, rows, paint, &pal)?;
            if *zero_line {
                growth::draw_zero_line(&plot, layout, rows, &pal)?;
            }
        }
        Geom::Gauges { cells, whole } => gauge::draw(area, cells, *whole, paint, &pal, layout)?,
        Geom::Waffle(grid) => waffle::draw(&plot, grid, paint, &pal, layout)?,
        Geom::Rank {
            rows,
            whole,
            x0,
            x1,
        } => rank::draw(&plot, layout, rows, *whole, (*x0, *x1), paint, &pal)?,
        Geom::Big { rows } => {
            let targets: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
            big_number::draw(&plot, layout, rows, paint, &pal, &targets)?
        }
    }
    draw_texts(area, chart, layout, paint, &pal)
}

/// plotters' chart context over the whole canvas with the layout's logical ranges.
pub(crate) fn plot_area<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
) -> Result<Plot<DB>, ChartError> {
    let f = layout.frame;
    let chart = ChartBuilder::on(area)
        .build_cartesian_2d(f.x.0..f.x.1, f.y.0..f.y.1)
        .map_err(err)?;
    Ok(chart.plotting_area().clone())
}

fn draw_texts<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &ChartData,
    layout: &Layout,
    paint: &Paint,
    pal: &Palette,
) -> Result<(), ChartError> {
    for t in &layout.texts {
        let color = match t.role {
            TextRole::Label | TextRole::Value | TextRole::Big => pal.text,
            TextRole::Muted => pal.muted,
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
