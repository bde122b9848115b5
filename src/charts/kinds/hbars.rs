//! Horizontal bars: one row per item, the label above its bar (full width, wrapping), the
//! value right after the bar's end. Reads best on a phone: long Chinese labels never have to
//! squeeze beside or under a bar. Also the layout of growth bars (signed, from a zero line)
//! and of vertical bars that got too thin.

use plotters_backend::DrawingBackend;

use super::{Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{bar, outline, px_rect, Surface};
use crate::charts::placed::{Align, Frame, Row, TextBox, TextRole};
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Hbars;

impl Kind for Hbars {
    fn max_items(&self) -> usize {
        12
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (16.0 / 9.0, 1.0 + 4.5 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        rows_layout(ctx, ChartKind::Hbars, false)
    }
}

/// Horizontal bars from a zero line: x in values, y in pixels; `zero_x` in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRows {
    pub rows: Vec<Row>,
    pub zero_x: f64,
    /// Growth: a zero line across each bar's band.
    pub zero_line: bool,
}

/// Row layout for `kind` (hbars, growth, or bars drawn as rows); `zero_line` for growth.
pub(crate) fn rows_layout(
    ctx: &Ctx,
    kind: ChartKind,
    zero_line: bool,
) -> Result<Layout, ChartError> {
    match try_rows(ctx, kind, zero_line, false) {
        Ok(l) => Ok(l),
        // Tighter rows before giving up.
        Err(_) => try_rows(ctx, kind, zero_line, true),
    }
}

/// Where each figure goes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Spot {
    /// Right after the bar's end (the usual).
    AfterBar,
    /// Right-aligned on the label's first line; bars get the whole width.
    LabelLine,
    /// On its own line(s) under the label (a figure wider than the phone at large text).
    Stacked,
}

/// Where the bars start and how long they are.
#[derive(Clone, Copy, Debug)]
struct Placement {
    spot: Spot,
    zero_x: f64,
    scale: f64,
    label_w: f64,
}

/// The longest bars for which every figure still fits beside its bar: the largest scale `s`
/// with (room left of zero) + (room right of zero) ≤ the width, found by bisection. When
/// that leaves the bars too short, the figures move onto the label's line, or under it.
fn place(ctx: &Ctx, values: &[f64], vw: &[f64]) -> Placement {
    let avail = ctx.w - 2.0 * ctx.pad;
    let gap = ctx.gap;
    let maxpos = values.iter().copied().fold(0.0, f64::max);
    let maxneg = values.iter().map(|v| -v).fold(0.0, f64::max);
    let span = maxpos + maxneg;
    let sides = |s: f64| {
        let (mut l, mut r) = (0.0_f64, 0.0_f64);
        for (v, w) in values.iter().zip(vw) {
            let ext = v.abs() * s + gap + w;
            if *v < 0.0 {
                l = l.max(ext);
            } else {
                r = r.max(ext);
            }
        }
        (l, r)
    };
    let after = |scale: f64| {
        let (l, _) = sides(scale);
        Placement {
            spot: Spot::AfterBar,
            zero_x: ctx.pad + l,
            scale,
            label_w: avail,
        }
    };
    if span <= 0.0 {
        let (l, r) = sides(0.0);
        if l + r <= avail {
            return after(1.0);
        }
    } else {
        let (mut lo, mut hi) = (0.0, avail / span);
        for _ in 0..48 {
            let mid = (lo + hi) / 2.0;
            let (l, r) = sides(mid);
            if l + r <= avail {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // Bars must keep at least about a third of the width to be worth drawing.
        if lo * span >= 0.35 * avail {
            return after(lo);
        }
    }
    let scale = if span > 0.0 { avail / span } else { 1.0 };
    let zero_x = ctx.pad + maxneg * scale;
    let maxvw = vw.iter().copied().fold(0.0, f64::max);
    let label_w = avail - maxvw - gap;
    if label_w >= (5.0 * ctx.label.px).max(0.4 * avail) {
        Placement {
            spot: Spot::LabelLine,
            zero_x,
            scale,
            label_w,
        }
    } else {
        Placement {
            spot: Spot::Stacked,
            zero_x,
            scale,
            label_w: avail,
        }
    }
}

fn try_rows(
    ctx: &Ctx,
    kind: ChartKind,
    zero_line: bool,
    dense: bool,
) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let values: Vec<f64> = items.iter().map(|d| d.value).collect();
    let vw: Vec<f64> = items
        .iter()
        .map(|d| ctx.measure(&d.display, &ctx.value))
        .collect();
    let p = place(ctx, &values, &vw);
    let u = ctx.u;
    let avail = ctx.w - 2.0 * ctx.pad;
    let thick = (if dense { 0.5 } else { 0.75 } * u)
        .round()
        .max((3.0 * ctx.dpr).round());
    let gs = (0.15 * u).round();
    let row_gap = (if dense { 0.35 } else { 0.7 } * u).round();
    let (llh, vlh) = (ctx.label.line_height(), ctx.value.line_height());
    let band = if p.spot == Spot::AfterBar {
        thick.max(vlh)
    } else {
        thick
    };
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, p.label_w, &ctx.label))
        .collect();
    let figures: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.display, avail, &ctx.value))
        .collect();
    let heads: Vec<f64> = wrapped
        .iter()
        .zip(&figures)
        .map(|(w, f)| {
            let h = w.lines.len() as f64 * llh;
            match p.spot {
                Spot::AfterBar => h,
                Spot::LabelLine => h.max(vlh),
                Spot::Stacked => h + f.lines.len() as f64 * vlh,
            }
        })
        .collect();
    let heights: Vec<f64> = heads.iter().map(|h| h + gs + band).collect();
    let tops = ctx.stack(&heights, row_gap)?;
    let mut texts: Vec<TextBox> = Vec::new();
    let mut rows = Vec::new();
    for (i, d) in items.iter().enumerate() {
        let top = tops[i];
        let label_h = wrapped[i].lines.len() as f64 * llh;
        texts.extend(ctx.lines(
            &wrapped[i],
            ctx.pad,
            top,
            ctx.label,
            Align::Left,
            TextRole::Label,
            Some(i),
        ));
        let band_top = top + heads[i] + gs;
        let y0 = band_top + ((band - thick) / 2.0).floor();
        let end = p.zero_x + d.value * p.scale;
        let y = band_top + ((band - vlh) / 2.0).floor();
        match p.spot {
            Spot::AfterBar if d.value < 0.0 => texts.push(
                ctx.text(
                    &d.display,
                    end - ctx.gap,
                    y,
                    ctx.value,
                    Align::Right,
                    TextRole::Value,
                )
                .of(i),
            ),
            Spot::AfterBar => texts.push(
                ctx.text(
                    &d.display,
                    end + ctx.gap,
                    y,
                    ctx.value,
                    Align::Left,
                    TextRole::Value,
                )
                .of(i),
            ),
            Spot::LabelLine => texts.push(
                ctx.text(
                    &d.display,
                    ctx.w - ctx.pad,
                    top,
                    ctx.value,
                    Align::Right,
                    TextRole::Value,
                )
                .of(i),
            ),
            Spot::Stacked => texts.extend(ctx.lines(
                &figures[i],
                ctx.pad,
                top + label_h,
                ctx.value,
                Align::Left,
                TextRole::Value,
                Some(i),
            )),
        }
        rows.push(Row {
            top,
            bottom: top + heights[i],
            y0,
            y1: y0 + thick,
        });
    }
    let frame = Frame::values_across(ctx.width, ctx.height, p.zero_x, p.scale);
    let geom = Geom::Rows(BarRows {
        rows,
        zero_x: p.zero_x,
        zero_line,
    });
    Ok(Layout::new(ctx, kind, frame, texts, geom, p.scale))
}

impl Marks for BarRows {
    /// Bars from zero to each current value (x in values, y in pixels); negative values in
    /// the second colour; then the zero line, for growth.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal) = (s.plot, s.paint, s.pal);
        let zero_x = self.zero_x;
        for (i, (row, v)) in self.rows.iter().zip(paint.values).enumerate() {
            let base = if *v < 0.0 {
                pal.negative()
            } else {
                pal.accent()
            };
            let color = paint.mark(pal, i, base);
            if *v != 0.0 {
                bar(plot, (0.0, row.y0), (*v, row.y1), color)?;
            }
            if paint.active == Some(i) {
                let end = zero_x + v * layout.scale;
                let r = (
                    zero_x.min(end),
                    row.y0,
                    zero_x.max(end).max(zero_x + 1.0),
                    row.y1,
                );
                outline(plot, r, layout.viewport.dpr * 2.0, pal.text)?;
            }
        }
        if self.zero_line {
            // One device pixel per CSS pixel wide, across each row's bar only, so it never
            // crosses a label.
            let w = layout.viewport.dpr.round().max(1.0);
            let x = zero_x.round() - (w / 2.0).floor();
            let over = (0.12 * layout.unit).round();
            for r in &self.rows {
                px_rect(plot, (x, r.y0 - over, x + w, r.y1 + over), pal.text)?;
            }
        }
        Ok(())
    }

    /// y in pixels: the row's band.
    fn hit(&self, _x: f64, _y: f64) -> Hit<'_> {
        Hit::Rows(&self.rows)
    }
}
