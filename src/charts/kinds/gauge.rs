//! Gauges: a share or rate of a whole as a ring (93 %, 61 %); beyond the whole (147 % of a
//! target) a second lap in the third colour. Up to four side by side, wrapping to rows when
//! the phone is narrow; the value in the ring's centre (or under it when it does not fit),
//! the label under the ring.

use std::f64::consts::TAU;

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::Polygon;
use plotters::prelude::Color;
use plotters_backend::DrawingBackend;

use super::{Anchor, Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{err, Surface};
use crate::charts::measure::Font;
use crate::charts::placed::{Align, Frame, TextBox, TextRole};
use crate::charts::spec::{ChartData, ChartError};
use crate::charts::theme::Rgb;
use crate::model::ChartKind;

pub(crate) struct Gauge;

impl Kind for Gauge {
    fn max_items(&self) -> usize {
        4
    }

    /// A ring is a true share of one whole: never more than the whole (progress past a
    /// target is a progress bar).
    fn check(&self, chart: &ChartData) -> Result<(), ChartError> {
        let whole = chart.whole.unwrap_or(100.0);
        match chart.items.iter().find(|d| d.value > whole) {
            Some(d) => Err(crate::charts::spec::invalid(
                chart,
                "items",
                format!("{} is {}, more than the whole {whole}: a ring shows a share of one whole; draw progress past a target as a progress bar", d.id, d.value),
            )),
            None => Ok(()),
        }
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        match chart.items.len() {
            1 => (1.2, 13.0),
            2 => (1.6, 13.0),
            3 => (2.0, 13.0),
            _ => (1.2, 24.0),
        }
    }

    /// As many rings side by side as fit, then fewer per row.
    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        let n = ctx.chart.items.len();
        let mut last = ctx.no_fit();
        for cols in (1..=n).rev() {
            match grid(ctx, cols) {
                Ok(l) => return Ok(l),
                Err(e) => last = fewer_pixels(last, e),
            }
        }
        Err(last)
    }

    fn is_one_figure(&self, chart: &ChartData) -> bool {
        chart.items.len() == 1
    }
}

/// The rings and the value of a full ring.
#[derive(Clone, Debug, PartialEq)]
pub struct Rings {
    pub cells: Vec<GaugeCell>,
    pub whole: f64,
}

/// A gauge: ring centre and radii, and its cell (device pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GaugeCell {
    pub cx: f64,
    pub cy: f64,
    pub r_out: f64,
    pub r_in: f64,
    pub cell: (f64, f64, f64, f64),
}

/// Of two "does not fit" errors, the one that needs less height.
fn fewer_pixels(a: ChartError, b: ChartError) -> ChartError {
    match (&a, &b) {
        (
            ChartError::DoesNotFit {
                need_css_height: x, ..
            },
            ChartError::DoesNotFit {
                need_css_height: y, ..
            },
        ) if y < x => b,
        _ => a,
    }
}

fn grid(ctx: &Ctx, cols: usize) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let n = items.len();
    let rows = n.div_ceil(cols);
    let u = ctx.em;
    let gap = ctx.gap;
    let gs = (0.2 * u).round();
    let cw = ((ctx.w - 2.0 * ctx.pad - (cols - 1) as f64 * gap) / cols as f64).floor();
    if cw < 4.0 * u {
        return Err(ctx.no_fit());
    }
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, cw, &ctx.label))
        .collect();
    let llh = ctx.label.line_height();
    let label_h: Vec<f64> = (0..rows)
        .map(|r| {
            (r * cols..((r + 1) * cols).min(n))
                .map(|i| wrapped[i].lines.len() as f64 * llh)
                .fold(0.0, f64::max)
        })
        .collect();
    let vwrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.display, cw, &ctx.value))
        .collect();
    let vlh = ctx.value.line_height();
    let value_h: Vec<f64> = (0..rows)
        .map(|r| {
            (r * cols..((r + 1) * cols).min(n))
                .map(|i| vwrapped[i].lines.len() as f64 * vlh)
                .fold(0.0, f64::max)
        })
        .collect();
    let room = ctx.room() - (rows - 1) as f64 * gap;
    let min_d = 3.5 * u;
    let max_d = 12.0 * u;
    // Try the value inside the ring, then under it.
    for inside in [true, false] {
        // Under the ring: a gap, [the figure and a gap,] the label.
        let extra = |r: usize| if inside { gs } else { gs + value_h[r] + gs };
        let extras: f64 = label_h.iter().sum::<f64>() + (0..rows).map(extra).sum::<f64>();
        let d = ((room - extras) / rows as f64).min(cw).min(max_d).floor();
        if d < min_d {
            if !inside {
                return Err(ctx.need(rows as f64 * min_d + extras + (rows - 1) as f64 * gap));
            }
            continue;
        }
        let t = (0.14 * d).round().max((3.0 * ctx.dpr).round());
        let inner = d - 2.0 * t;
        let centre_font = if inside {
            centre_font(ctx, inner)
        } else {
            Some(ctx.value)
        };
        let Some(vfont) = centre_font else { continue };
        let heights: Vec<f64> = label_h
            .iter()
            .enumerate()
            .map(|(r, lh)| d + extra(r) + lh)
            .collect();
        let tops = ctx.stack(&heights, gap)?;
        let grid_w = cols as f64 * cw + (cols - 1) as f64 * gap;
        let x_start = ctx.pad + ((ctx.w - 2.0 * ctx.pad - grid_w) / 2.0).floor();
        let mut cells = Vec::new();
        let mut texts: Vec<TextBox> = Vec::new();
        for (i, dt) in items.iter().enumerate() {
            let (r, c) = (i / cols, i % cols);
            let x0 = x_start + c as f64 * (cw + gap);
            let top = tops[r];
            let cx = (x0 + cw / 2.0).round();
            let cy = (top + d / 2.0).round();
            if inside {
                let vy = cy - (vfont.line_height() / 2.0).round();
                let mut v = ctx
                    .text(&dt.display, cx, vy, vfont, Align::Center, TextRole::Value)
                    .of(i);
                v.count_up = true;
                texts.push(v);
                let ly = top + d + gs;
                texts.extend(ctx.lines(
                    &wrapped[i],
                    cx,
                    ly,
                    ctx.label,
                    Align::Center,
                    TextRole::Label,
                    Some(i),
                ));
            } else {
                let vy = top + d + gs;
                let figure = ctx.lines(
                    &vwrapped[i],
                    cx,
                    vy,
                    ctx.value,
                    Align::Center,
                    TextRole::Value,
                    Some(i),
                );
                texts.extend(figure.into_iter().map(|t| TextBox {
                    count_up: true,
                    ..t
                }));
                let ly = vy + value_h[r] + gs;
                texts.extend(ctx.lines(
                    &wrapped[i],
                    cx,
                    ly,
                    ctx.label,
                    Align::Center,
                    TextRole::Label,
                    Some(i),
                ));
            }
            cells.push(GaugeCell {
                cx,
                cy,
                r_out: d / 2.0,
                r_in: d / 2.0 - t,
                cell: (x0, top, x0 + cw, top + heights[r]),
            });
        }
        let whole = ctx.chart.whole.unwrap_or(100.0);
        let geom = Geom::Gauges(Rings { cells, whole });
        let frame = Frame::identity(ctx.width, ctx.height);
        return Ok(Layout::new(ctx, ChartKind::Gauge, frame, texts, geom, 1.0));
    }
    Err(ctx.no_fit())
}

/// The largest bold font from 1.5 to 1 rem in which every value fits inside the ring.
fn centre_font(ctx: &Ctx, inner: f64) -> Option<Font> {
    [1.5, 1.25, 1.0].iter().find_map(|k| {
        let f = Font {
            px: (k * ctx.em).round(),
            ..ctx.value
        };
        let fits =
            ctx.chart.items.iter().all(|d| {
                ctx.measure(&d.display, &f) <= 0.86 * inner && f.line_height() <= 0.6 * inner
            });
        fits.then_some(f)
    })
}

/// Ring segment from angle `a0` to `a1` (turns clockwise from 12 o'clock, in radians).
/// The points are made by rotating a unit vector step by step (the step's sine and cosine
/// from their series), so no `sin`/`cos` from libm lands in the wasm.
fn ring(cx: f64, cy: f64, r_out: f64, r_in: f64, a0: f64, a1: f64) -> Vec<(i32, i32)> {
    // Chords of about 6 device pixels: under 0.1 px from the true circle at these radii.
    let steps = (((a1 - a0) * r_out / 6.0).ceil() as usize).clamp(8, 360);
    let unit = unit_points(a0, a1, steps);
    let at =
        |r: f64, (s, c): (f64, f64)| ((cx + r * s).round() as i32, (cy - r * c).round() as i32);
    let mut pts = Vec::with_capacity(2 * unit.len());
    pts.extend(unit.iter().map(|u| at(r_out, *u)));
    pts.extend(unit.iter().rev().map(|u| at(r_in, *u)));
    pts
}

/// (sin, cos) of `steps + 1` angles evenly from `a0` to `a1` (|a1 - a0| ≤ 2π, steps ≥ 8,
/// so each step is at most π/4 and eight terms of the series are exact to 1e-9).
fn unit_points(a0: f64, a1: f64, steps: usize) -> Vec<(f64, f64)> {
    let sincos = |t: f64| {
        let (mut s, mut c, mut term_s, mut term_c) = (0.0, 0.0, t, 1.0);
        for k in 0..8 {
            s += term_s;
            c += term_c;
            let n = 2.0 * f64::from(k) + 2.0;
            term_s *= -t * t / (n * (n + 1.0));
            term_c *= -t * t / ((n - 1.0) * n);
        }
        (s, c)
    };
    // Start: a0 in quarter turns plus a small rest.
    let quarter = std::f64::consts::FRAC_PI_2;
    let q = (a0 / quarter).floor();
    let (rs, rc) = sincos(a0 - q * quarter);
    let (mut s, mut c) = match (q as i64).rem_euclid(4) {
        0 => (rs, rc),
        1 => (rc, -rs),
        2 => (-rs, -rc),
        _ => (-rc, rs),
    };
    let (ds, dc) = sincos((a1 - a0) / steps as f64);
    let mut out = Vec::with_capacity(steps + 1);
    for _ in 0..=steps {
        out.push((s, c));
        let (ns, nc) = (s * dc + c * ds, c * dc - s * ds);
        // Keep it on the unit circle.
        let norm = (ns * ns + nc * nc).sqrt();
        s = ns / norm;
        c = nc / norm;
    }
    out
}

fn fill<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pts: Vec<(i32, i32)>,
    c: Rgb,
) -> Result<(), ChartError> {
    area.draw(&Polygon::new(pts, c.plotters().filled()))
        .map_err(err)
}

impl Marks for Rings {
    /// Track and value arc.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (area, paint, pal) = (s.area, s.paint, s.pal);
        for (i, (g, v)) in self.cells.iter().zip(paint.values).enumerate() {
            let share = (v / self.whole).max(0.0);
            let first = share.min(1.0);
            // The track is the part of the ring the value leaves: never under the arc, where
            // a colour that is not opaque (a system colour in an image) would mix with it.
            if first < 1.0 {
                fill(
                    area,
                    ring(g.cx, g.cy, g.r_out, g.r_in, TAU * first, TAU),
                    pal.track,
                )?;
            }
            if first > 0.0 {
                fill(
                    area,
                    ring(g.cx, g.cy, g.r_out, g.r_in, 0.0, TAU * first),
                    paint.mark(pal, i, pal.accent()),
                )?;
            }
            if paint.active == Some(i) {
                let w = (2.0 * layout.viewport.dpr).round().max(1.0);
                let r = g.r_out + w;
                fill(area, ring(g.cx, g.cy, r + w, r, 0.0, TAU), pal.text)?;
            }
        }
        Ok(())
    }

    /// The ring's whole cell (label included).
    fn hit(&self, x: f64, y: f64) -> Hit<'_> {
        Hit::Item(self.cells.iter().position(|c| {
            let (x0, y0, x1, y1) = c.cell;
            x >= x0 && x < x1 && y >= y0 && y < y1
        }))
    }

    /// The top of the ring.
    fn anchor(&self, i: usize) -> Anchor {
        Anchor::At(self.cells.get(i).map(|c| (c.cx, c.cy - c.r_out)))
    }
}
