//! Waffle: counts of people, homes or things as squares, ten to a row (a hundred, or up to
//! 200 with the data's `per_cell`); one square stands for a round number (1, 2, 5, 10, 20,
//! 50 …) stated in the key. With a `whole`, the grid is the whole and the items fill their
//! share of it.

use plotters_backend::DrawingBackend;

use super::{Anchor, Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{outline, px_rect, Plot, Surface};
use crate::charts::placed::{Align, Frame, TextBox, TextRole};
use crate::charts::spec::{invalid, ChartData, ChartError};
use crate::charts::theme::{Palette, Rgb};
use crate::charts::tween::group_thousands;
use crate::charts::ui;
use crate::model::ChartKind;

pub(crate) struct Waffle;

impl Kind for Waffle {
    fn max_items(&self) -> usize {
        4
    }

    /// A count above zero; squares that fit a phone; parts no larger than the whole.
    fn check(&self, c: &ChartData) -> Result<(), ChartError> {
        let sum: f64 = c.items.iter().map(|d| d.value).sum();
        if sum <= 0.0 {
            return Err(invalid(
                c,
                "items",
                "a waffle needs a count above zero".into(),
            ));
        }
        if let Some(p) = c.per_cell {
            let cells = (c.whole.unwrap_or(sum) / p).ceil();
            if !p.is_finite() || p <= 0.0 {
                return Err(invalid(
                    c,
                    "per_cell",
                    format!("{p} is not a positive number"),
                ));
            }
            if cells > MAX_CELLS as f64 {
                return Err(invalid(
                    c,
                    "per_cell",
                    format!(
                        "{p} per square makes {cells} squares; at most {MAX_CELLS} fit a phone"
                    ),
                ));
            }
        }
        if let Some(w) = c.whole {
            if sum > w * (1.0 + 1e-9) {
                return Err(invalid(
                    c,
                    "whole",
                    format!("the items add up to {sum}, more than the whole {w}"),
                ));
            }
        }
        Ok(())
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (1.0, 12.0 + 3.0 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        grid(ctx)
    }
}

/// The waffle grid: `cells` squares of `size` px, `cols` wide, starting at `origin`.
#[derive(Clone, Debug, PartialEq)]
pub struct WaffleGrid {
    pub origin: (f64, f64),
    pub size: f64,
    pub step: f64,
    pub cols: usize,
    pub cells: usize,
    /// What one square stands for.
    pub unit: f64,
    /// The final owner of each cell (`None`: the rest of the whole).
    pub owner: Vec<Option<usize>>,
    /// Legend rows (top, bottom) per item, for taps.
    pub legend: Vec<(f64, f64)>,
    /// Legend swatches (x, y, size) per item.
    pub swatches: Vec<(f64, f64, f64)>,
}

/// At most this many squares (with an explicit `per_cell`; 100 when the kit picks the unit).
pub const MAX_CELLS: usize = 200;
/// The grid the kit aims for when it picks the unit itself.
pub const AUTO_CELLS: usize = 100;

/// The smallest of 1, 2, 5, 10, 20, 50 … that is at least `x`.
pub fn nice_unit(x: f64) -> f64 {
    if !x.is_finite() || x <= 1.0 {
        return 1.0;
    }
    let mut p = 1.0;
    loop {
        for m in [1.0, 2.0, 5.0] {
            if m * p >= x {
                return m * p;
            }
        }
        p *= 10.0;
    }
}

/// Squares per item for `values` at `unit` per square, rounded so that they add up to the
/// rounded total (largest remainder), never more than `cells`.
pub fn allocate(values: &[f64], unit: f64, cells: usize) -> Vec<usize> {
    let exact: Vec<f64> = values
        .iter()
        .map(|v| (v.max(0.0) / unit).max(0.0))
        .collect();
    let total = (exact.iter().sum::<f64>().round() as usize).min(cells);
    let mut n: Vec<usize> = exact.iter().map(|e| e.floor() as usize).collect();
    // Hand the rest out by largest remainder (first item first on ties), one each.
    let mut given = vec![false; values.len()];
    while n.iter().sum::<usize>() < total {
        let pick = (0..values.len())
            .filter(|&i| !given[i])
            .fold(None, |best: Option<usize>, i| {
                let rem = |k: usize| exact[k] - exact[k].floor();
                match best {
                    Some(b) if rem(b) >= rem(i) => Some(b),
                    _ => Some(i),
                }
            });
        match pick {
            Some(i) => {
                n[i] += 1;
                given[i] = true;
            }
            None => given.iter_mut().for_each(|g| *g = false),
        }
    }
    while n.iter().sum::<usize>() > cells {
        if let Some(m) = n.iter_mut().max() {
            *m -= 1;
        }
    }
    n
}

/// The owner of each of `cells` squares, row by row, items in order.
fn owners(counts: &[usize], cells: usize) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(cells);
    for (i, c) in counts.iter().enumerate() {
        out.extend(std::iter::repeat_n(Some(i), *c));
    }
    out.resize(cells, None);
    out.truncate(cells);
    out
}

fn grid(ctx: &Ctx) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let values: Vec<f64> = items.iter().map(|d| d.value).collect();
    let total = ctx.chart.whole.unwrap_or_else(|| values.iter().sum());
    let unit = ctx
        .chart
        .per_cell
        .unwrap_or_else(|| nice_unit(total / AUTO_CELLS as f64));
    let cells = ((total / unit).ceil() as usize).clamp(1, MAX_CELLS);
    let cols = cells.min(10);
    let grid_rows = cells.div_ceil(cols);
    let u = ctx.em;
    let avail = ctx.w - 2.0 * ctx.pad;
    // Key: a swatch, then "label  value" wrapped beside it; then what one square is.
    let sw = (0.75 * u).round();
    let text_x = ctx.pad + sw + ctx.gap;
    let key_w = ctx.w - ctx.pad - text_x;
    if key_w < 3.0 * ctx.label.px {
        return Err(ctx.no_fit());
    }
    let llh = ctx.label.line_height();
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&format!("{}  {}", d.label, d.display), key_w, &ctx.label))
        .collect();
    let unit_text = ui::each_square(
        ctx.chart.lang,
        &group_thousands(&format!("{unit}")),
        &ctx.chart.unit,
    );
    let unit_wrapped = ctx.wrap(&unit_text, avail, &ctx.small);
    let key_gap = (0.3 * u).round();
    let key_h: f64 = wrapped
        .iter()
        .map(|w| w.lines.len() as f64 * llh)
        .sum::<f64>()
        + (items.len() - 1) as f64 * key_gap
        + key_gap
        + unit_wrapped.lines.len() as f64 * ctx.small.line_height();
    let block_gap = ctx.gap;
    // Squares: as large as fit, at most 2.5 rem; 12 % of a square between squares.
    let from_w = avail / (cols as f64 * 1.12);
    let room_h = ctx.room() - key_h - block_gap;
    let from_h = room_h / (grid_rows as f64 * 1.12);
    let mut size = from_w.min(from_h).min(2.5 * u).floor();
    let min_size = (4.0 * ctx.dpr).round();
    let gap_of = |size: f64| (size * 0.12).round().max(1.0);
    let grid_h_of = |size: f64| grid_rows as f64 * (size + gap_of(size)) - gap_of(size);
    // Rounding the gaps may need a pixel or two less.
    while size > min_size && grid_h_of(size) > room_h {
        size -= 1.0;
    }
    if size < min_size || grid_h_of(size) > room_h {
        let need = grid_h_of(min_size) + key_h + block_gap;
        return Err(if from_w < min_size {
            ctx.no_fit()
        } else {
            ctx.need(need)
        });
    }
    let cgap = gap_of(size);
    let step = size + cgap;
    let grid_h = grid_h_of(size);
    let tops = ctx.stack(&[grid_h, key_h], block_gap)?;
    let origin = (ctx.pad, tops[0]);
    let mut texts: Vec<TextBox> = Vec::new();
    let mut legend = Vec::new();
    let mut swatches = Vec::new();
    let mut y = tops[1];
    for (i, w) in wrapped.iter().enumerate() {
        let h = w.lines.len() as f64 * llh;
        swatches.push((ctx.pad, y + ((llh - sw) / 2.0).floor(), sw));
        texts.extend(ctx.lines(
            w,
            text_x,
            y,
            ctx.label,
            Align::Left,
            TextRole::Label,
            Some(i),
        ));
        legend.push((y, y + h));
        y += h + key_gap;
    }
    texts.extend(ctx.lines(
        &unit_wrapped,
        ctx.pad,
        y,
        ctx.small,
        Align::Left,
        TextRole::Muted,
        None,
    ));
    let counts = allocate(&values, unit, cells);
    let grid = WaffleGrid {
        origin,
        size,
        step,
        cols,
        cells,
        unit,
        owner: owners(&counts, cells),
        legend,
        swatches,
    };
    let frame = Frame::identity(ctx.width, ctx.height);
    Ok(Layout::new(
        ctx,
        ChartKind::Waffle,
        frame,
        texts,
        Geom::Waffle(grid),
        1.0,
    ))
}

/// Item `i`'s pattern inside its square (`x`, `y`, side): none for the first item, then a
/// hollow square, a bar across, a dot. In the system colours (forced colours: every series
/// one ink) it is cut out in the background, so the items stay apart without colour; in
/// the themes it is drawn in the square's own colour and does not show, and every palette
/// draws the same shapes (the static picture changes only colours).
fn pattern<DB: DrawingBackend>(
    plot: &Plot<DB>,
    pal: &Palette,
    i: usize,
    (x, y, side): (f64, f64, f64),
    own: Rgb,
) -> Result<(), ChartError> {
    let ink = if pal.one_ink() { pal.bg } else { own };
    let t = (side / 4.0).round().max(1.0);
    let r = match i % 4 {
        0 => return Ok(()),
        1 => (x + t, y + t, x + side - t, y + side - t),
        2 => (
            x,
            y + side / 2.0 - t / 2.0,
            x + side,
            y + side / 2.0 + t / 2.0,
        ),
        _ => (
            x + side / 2.0 - t / 2.0,
            y + side / 2.0 - t / 2.0,
            x + side / 2.0 + t / 2.0,
            y + side / 2.0 + t / 2.0,
        ),
    };
    px_rect(plot, r, ink)
}

impl Marks for WaffleGrid {
    /// The squares for the current values (the count tweens), then the key's swatches.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal, g) = (s.plot, s.paint, s.pal, self);
        let counts = allocate(paint.values, g.unit, g.cells);
        let now = owners(&counts, g.cells);
        // The active item stands out by dimming the others.
        let colour = |i: usize| match paint.active {
            Some(a) if a != i => pal.dim,
            _ => paint.mark(pal, i, pal.series[i % pal.series.len()]),
        };
        for (k, o) in now.iter().enumerate() {
            let (c, r) = ((k % g.cols) as f64, (k / g.cols) as f64);
            let x = g.origin.0 + c * g.step;
            let y = g.origin.1 + r * g.step;
            let col = o.map_or(pal.track, colour);
            px_rect(plot, (x, y, x + g.size, y + g.size), col)?;
            if let Some(i) = o {
                pattern(plot, pal, *i, (x, y, g.size), col)?;
            }
        }
        for (i, s) in g.swatches.iter().enumerate() {
            px_rect(plot, (s.0, s.1, s.0 + s.2, s.1 + s.2), colour(i))?;
            pattern(plot, pal, i, *s, colour(i))?;
            if paint.active == Some(i) {
                let w = (2.0 * layout.viewport.dpr).round();
                outline(plot, (s.0, s.1, s.0 + s.2, s.1 + s.2), w, pal.text)?;
            }
        }
        Ok(())
    }

    /// A square's owner, else the key's row.
    fn hit(&self, x: f64, y: f64) -> Hit<'_> {
        let g = self;
        let (cx, cy) = ((x - g.origin.0) / g.step, (y - g.origin.1) / g.step);
        if cx >= 0.0 && cy >= 0.0 && (cx as usize) < g.cols {
            let k = cy as usize * g.cols + cx as usize;
            if let Some(o) = g.owner.get(k) {
                return Hit::Item(*o);
            }
        }
        Hit::Item(g.legend.iter().position(|(t, b)| y >= *t && y < *b))
    }

    /// The item's first square, else its swatch in the key.
    fn anchor(&self, i: usize) -> Anchor {
        let g = self;
        Anchor::At(match g.owner.iter().position(|o| *o == Some(i)) {
            Some(k) => {
                let (col, row) = (k % g.cols, k / g.cols);
                Some((
                    g.origin.0 + col as f64 * g.step + g.size / 2.0,
                    g.origin.1 + row as f64 * g.step,
                ))
            }
            None => g.swatches.get(i).map(|s| (s.0 + s.2 / 2.0, s.1)),
        })
    }
}
