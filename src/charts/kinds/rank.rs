//! A rank among n (9th of 68 provincial development zones): a scale of n places, first at
//! the left, the place marked and named above it, 1 and n at the ends. The marker climbs
//! from the last place when it tweens in.

use plotters_backend::DrawingBackend;

use super::{Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{outline, px_rect, Surface};
use crate::charts::placed::{Align, Frame, Row, TextBox, TextRole};
use crate::charts::spec::{invalid, ChartData, ChartError};
use crate::charts::tween::group_thousands;
use crate::model::ChartKind;

pub(crate) struct Rank;

impl Kind for Rank {
    fn max_items(&self) -> usize {
        3
    }

    /// A number of places (`whole`), and each item a place among them.
    fn check(&self, c: &ChartData) -> Result<(), ChartError> {
        let Some(whole) = c
            .whole
            .filter(|w| w.fract() == 0.0 && (2.0..=1000.0).contains(w))
        else {
            return Err(invalid(
                c,
                "whole",
                "a rank chart needs the number of places (2 to 1000)".into(),
            ));
        };
        for (i, d) in c.items.iter().enumerate() {
            if d.value.fract() != 0.0 || d.value < 1.0 || d.value > whole {
                return Err(invalid(
                    c,
                    &format!("items[{i}].value"),
                    format!("place {} is not a whole number from 1 to {whole}", d.value),
                ));
            }
        }
        Ok(())
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (2.0, 2.0 + 9.0 * chart.items.len().max(1) as f64)
    }

    /// The last place: the marker climbs from there.
    fn baseline(&self, chart: &ChartData) -> f64 {
        chart.whole.unwrap_or(0.0)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        scale(ctx)
    }
}

/// A scale of `whole` places from `x0` to `x1` (device px) in each row.
#[derive(Clone, Debug, PartialEq)]
pub struct RankScale {
    pub rows: Vec<Row>,
    pub whole: u32,
    pub x0: f64,
    pub x1: f64,
}

fn scale(ctx: &Ctx) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let whole = ctx.chart.whole.unwrap_or(1.0).round().max(1.0) as u32;
    let u = ctx.em;
    let gs = (0.2 * u).round();
    let (x0, x1) = (ctx.pad, ctx.w - ctx.pad);
    let sw = (x1 - x0) / f64::from(whole);
    // The place is the chart's figure: set large.
    let big = crate::charts::measure::Font {
        px: (2.5 * u).round(),
        bold: true,
        lang: ctx.chart.lang,
    };
    let (llh, vlh, slh) = (
        ctx.label.line_height(),
        big.line_height(),
        ctx.small.line_height(),
    );
    let notes: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.note, x1 - x0, &ctx.small))
        .collect();
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, x1 - x0, &ctx.label))
        .collect();
    let first = "1".to_string();
    let last = group_thousands(&whole.to_string());
    let ends_w = ctx.measure(&first, &ctx.small) + ctx.measure(&last, &ctx.small) + ctx.gap;
    if ends_w > x1 - x0
        || items
            .iter()
            .any(|d| ctx.measure(&d.display, &big) > x1 - x0)
    {
        return Err(ctx.no_fit());
    }
    let row_gap = (0.9 * u).round();
    let heights_at = |band: f64| -> Vec<f64> {
        wrapped
            .iter()
            .zip(&notes)
            .map(|(w, n)| {
                w.lines.len() as f64 * llh
                    + gs
                    + vlh
                    + gs
                    + band
                    + gs
                    + slh
                    + if n.lines.is_empty() {
                        0.0
                    } else {
                        gs + n.lines.len() as f64 * slh
                    }
            })
            .collect()
    };
    let total = |h: &[f64]| h.iter().sum::<f64>() + row_gap * (h.len() - 1) as f64;
    // The scale grows thicker to fill the frame, up to 3 em.
    let min_band = (1.2 * u).round();
    let spare = ctx.room() - total(&heights_at(min_band));
    let band = (min_band + (spare / items.len() as f64).max(0.0).floor()).min((3.0 * u).round());
    let heights = heights_at(band);
    let tops = ctx.stack(&heights, row_gap)?;
    let mut texts: Vec<TextBox> = Vec::new();
    let mut rows = Vec::new();
    for (i, d) in items.iter().enumerate() {
        let top = tops[i];
        texts.extend(ctx.lines(
            &wrapped[i],
            ctx.pad,
            top,
            ctx.label,
            Align::Left,
            TextRole::Label,
            Some(i),
        ));
        let vy = top + wrapped[i].lines.len() as f64 * llh + gs;
        // The place's name centred over its slot, moved in from the edges.
        let cx = x0 + (d.value - 0.5) * sw;
        let mut v = ctx
            .text(&d.display, cx, vy, big, Align::Center, TextRole::Big)
            .of(i);
        v.x = v.x.clamp(x0 + v.w / 2.0, x1 - v.w / 2.0);
        texts.push(v);
        let y0 = vy + vlh + gs;
        let ey = y0 + band + gs;
        texts.push(ctx.text(&first, x0, ey, ctx.small, Align::Left, TextRole::Muted));
        texts.push(ctx.text(&last, x1, ey, ctx.small, Align::Right, TextRole::Muted));
        if !d.note.is_empty() {
            let ny = ey + slh + gs;
            texts.extend(ctx.lines(
                &notes[i],
                x0,
                ny,
                ctx.small,
                Align::Left,
                TextRole::Note,
                Some(i),
            ));
        }
        rows.push(Row {
            top,
            bottom: top + heights[i],
            y0,
            y1: y0 + band,
        });
    }
    let frame = Frame::identity(ctx.width, ctx.height);
    Ok(Layout::new(
        ctx,
        ChartKind::Rank,
        frame,
        texts,
        Geom::Rank(RankScale {
            rows,
            whole,
            x0,
            x1,
        }),
        sw,
    ))
}

impl Marks for RankScale {
    /// The scale (one slot per place when there is room, else a bar) and the marked place
    /// at the current (tweened) value.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal) = (s.plot, s.paint, s.pal);
        let (whole, x0, x1) = (self.whole, self.x0, self.x1);
        let dpr = layout.viewport.dpr;
        let sw = (x1 - x0) / f64::from(whole);
        for (i, (row, v)) in self.rows.iter().zip(paint.values).enumerate() {
            let t = (0.4 * layout.unit).round().max(2.0);
            let ty = row.y0 + ((row.y1 - row.y0 - t) / 2.0).floor();
            let place = v.round().clamp(1.0, f64::from(whole));
            let mw = sw.max(3.0 * dpr);
            let cx = x0 + (place - 0.5) * sw;
            let r = (
                (cx - mw / 2.0).round(),
                row.y0,
                (cx + mw / 2.0).round(),
                row.y1,
            );
            // The scale is drawn around the mark, never under it, where a colour that is
            // not opaque (a system colour in an image) would mix with it.
            let strip = |a: f64, b: f64| -> Result<(), ChartError> {
                for (p, q) in [(a, b.min(r.0)), (a.max(r.2), b)] {
                    if q > p {
                        px_rect(plot, (p, ty, q, ty + t), pal.track)?;
                    }
                }
                Ok(())
            };
            if sw >= 3.0 * dpr {
                let g = (0.3 * sw).round().max(1.0);
                for k in 0..whole {
                    let a = (x0 + f64::from(k) * sw).round();
                    let b = (x0 + f64::from(k + 1) * sw).round() - g;
                    strip(a, b.max(a + 1.0))?;
                }
            } else {
                strip(x0, x1)?;
            }
            px_rect(plot, r, paint.mark(pal, i, pal.accent()))?;
            if paint.active == Some(i) {
                outline(plot, r, 2.0 * dpr, pal.text)?;
            }
        }
        Ok(())
    }

    /// y in pixels: the row's band.
    fn hit(&self, _x: f64, _y: f64) -> Hit<'_> {
        Hit::Rows(&self.rows)
    }
}
