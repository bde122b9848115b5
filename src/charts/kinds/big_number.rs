//! One big figure (up to three, stacked) that counts up, its label under it. The figure is
//! as large as the width allows, at most 3 rem, never under 1 rem (a long English figure
//! takes two or three lines); a short accent rule beside it grows with the count.

use plotters_backend::DrawingBackend;

use super::{Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{outline, px_rect, Surface};
use crate::charts::measure::{Font, Wrapped};
use crate::charts::placed::{Align, Frame, Row, TextBox, TextRole};
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
        (3.0, 2.0 + 9.0 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        figures(ctx)
    }

    fn is_one_figure(&self, _chart: &ChartData) -> bool {
        true
    }
}

/// One row per figure (its label included).
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub rows: Vec<Row>,
}

fn figures(ctx: &Ctx) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let u = ctx.u;
    let rule = (0.25 * u).round().max(2.0 * ctx.dpr);
    let x = ctx.pad + rule + ctx.gap;
    let avail = ctx.w - ctx.pad - x;
    // One size for all figures: the largest from 3 rem down at which each fits on one line
    // (down to 1.75 rem), else on two lines at word breaks (down to 1.25 rem), else three
    // (down to 1 rem, still larger than the labels), else as many lines as it takes at 1 rem.
    let fits = |px: f64, max_lines: usize| {
        let f = Font {
            px,
            bold: true,
            lang: ctx.chart.lang,
        };
        let ws: Vec<Wrapped> = items
            .iter()
            .map(|d| ctx.wrap(&d.display, avail, &f))
            .collect();
        ws.iter()
            .all(|w| w.lines.len() <= max_lines && !w.broke_word)
            .then_some((f, ws))
    };
    let sizes = |lo: f64| {
        let mut v = Vec::new();
        let mut px = (3.0 * u).round();
        while px >= (lo * u).floor() {
            v.push(px);
            px = (px * 0.92).floor().min(px - 1.0);
        }
        v
    };
    let chosen = sizes(1.75)
        .into_iter()
        .find_map(|px| fits(px, 1))
        .or_else(|| sizes(1.25).into_iter().find_map(|px| fits(px, 2)))
        .or_else(|| sizes(1.0).into_iter().find_map(|px| fits(px, 3)))
        .or_else(|| fits((1.0 * u).round(), usize::MAX));
    let Some((big, figures)) = chosen else {
        return Err(ctx.no_fit());
    };
    let blh = big.line_height();
    let gs = (0.15 * u).round();
    let llh = ctx.label.line_height();
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, avail, &ctx.label))
        .collect();
    let heights: Vec<f64> = wrapped
        .iter()
        .zip(&figures)
        .map(|(w, f)| f.lines.len() as f64 * blh + gs + w.lines.len() as f64 * llh)
        .collect();
    let tops = ctx.stack(&heights, (0.75 * u).round())?;
    let mut texts: Vec<TextBox> = Vec::new();
    let mut rows = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let top = tops[i];
        for (k, line) in f.lines.iter().enumerate() {
            let mut t = ctx
                .text(
                    line,
                    x,
                    top + k as f64 * blh,
                    big,
                    Align::Left,
                    TextRole::Big,
                )
                .of(i);
            t.count_up = true;
            texts.push(t);
        }
        let ly = top + f.lines.len() as f64 * blh + gs;
        texts.extend(ctx.lines(
            &wrapped[i],
            x,
            ly,
            ctx.label,
            Align::Left,
            TextRole::Label,
            Some(i),
        ));
        rows.push(Row {
            top,
            bottom: top + heights[i],
            y0: top,
            y1: top + heights[i],
        });
    }
    let frame = Frame::identity(ctx.width, ctx.height);
    let geom = Geom::Big(Figures { rows });
    Ok(Layout::new(
        ctx,
        ChartKind::BigNumber,
        frame,
        texts,
        geom,
        rule,
    ))
}

impl Marks for Figures {
    /// The accent rule beside each figure, as tall as the row times the count's progress.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal) = (s.plot, s.paint, s.pal);
        let rule = layout.scale;
        for (i, (row, v)) in self.rows.iter().zip(paint.values).enumerate() {
            let x = layout
                .texts
                .iter()
                .find(|t| t.item == Some(i))
                .map_or(0.0, |t| t.x);
            let x0 = x - rule - (0.375 * layout.unit).round();
            let target = s.chart.items.get(i).map_or(0.0, |d| d.value);
            let p = if target == 0.0 {
                1.0
            } else {
                (v / target).clamp(0.0, 1.0)
            };
            let h = ((row.y1 - row.y0) * p).round();
            if h > 0.0 {
                px_rect(
                    plot,
                    (x0, row.y0, x0 + rule, row.y0 + h),
                    paint.mark(pal, i, pal.accent()),
                )?;
            }
            if paint.active == Some(i) {
                outline(
                    plot,
                    (x0, row.y0, x0 + rule, row.y1),
                    2.0 * layout.viewport.dpr,
                    pal.text,
                )?;
            }
        }
        Ok(())
    }

    /// y in pixels: the row's band.
    fn hit(&self, _x: f64, _y: f64) -> Hit<'_> {
        Hit::Rows(&self.rows)
    }
}
