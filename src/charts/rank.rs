//! A rank among n (9th of 68 provincial development zones): a scale of n places, first at
//! the left, the place marked and named above it, 1 and n at the ends. The marker climbs
//! from the last place when it tweens in.

use plotters_backend::DrawingBackend;

use super::draw::{outline, px_rect, Paint, Plot};
use super::kind::ChartKind;
use super::layout::{Align, Ctx, Frame, Geom, Layout, Row, TextBox, TextRole};
use super::spec::ChartError;
use super::theme::Palette;
use super::tween::group_thousands;

pub(crate) fn layout(ctx: &Ctx) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let whole = ctx.chart.whole.unwrap_or(1.0).round().max(1.0) as u32;
    let u = ctx.u;
    let gs = (0.2 * u).round();
    let (x0, x1) = (ctx.pad, ctx.w - ctx.pad);
    let sw = (x1 - x0) / f64::from(whole);
    let band = (0.9 * u).round();
    let (llh, vlh, slh) = (
        ctx.label.line_height(),
        ctx.value.line_height(),
        ctx.small.line_height(),
    );
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
            .any(|d| ctx.measure(&d.display, &ctx.value) > x1 - x0)
    {
        return Err(ctx.no_fit());
    }
    let heights: Vec<f64> = wrapped
        .iter()
        .map(|w| w.lines.len() as f64 * llh + gs + vlh + gs + band + gs + slh)
        .collect();
    let tops = ctx.stack(&heights, (0.7 * u).round())?;
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
            .text(
                &d.display,
                cx,
                vy,
                ctx.value,
                Align::Center,
                TextRole::Value,
            )
            .of(i);
        v.x = v.x.clamp(x0 + v.w / 2.0, x1 - v.w / 2.0);
        texts.push(v);
        let y0 = vy + vlh + gs;
        let ey = y0 + band + gs;
        texts.push(ctx.text(&first, x0, ey, ctx.small, Align::Left, TextRole::Muted));
        texts.push(ctx.text(&last, x1, ey, ctx.small, Align::Right, TextRole::Muted));
        rows.push(Row {
            top,
            bottom: top + heights[i],
            y0,
            y1: y0 + band,
        });
    }
    let frame = Frame::identity(ctx.width, ctx.height);
    Ok(ctx.layout(
        ChartKind::Rank,
        frame,
        texts,
        Geom::Rank {
            rows,
            whole,
            x0,
            x1,
        },
        sw,
    ))
}

/// The scale (one slot per place when there is room, else a bar) and the marked place at the
/// current (tweened) value.
pub(crate) fn draw<DB: DrawingBackend>(
    plot: &Plot<DB>,
    layout: &Layout,
    rows: &[Row],
    whole: u32,
    (x0, x1): (f64, f64),
    paint: &Paint,
    pal: &Palette,
) -> Result<(), ChartError> {
    let dpr = layout.viewport.dpr;
    let sw = (x1 - x0) / f64::from(whole);
    for (i, (row, v)) in rows.iter().zip(paint.values).enumerate() {
        let t = (0.4 * layout.unit).round().max(2.0);
        let ty = row.y0 + ((row.y1 - row.y0 - t) / 2.0).floor();
        if sw >= 3.0 * dpr {
            let g = (0.3 * sw).round().max(1.0);
            for k in 0..whole {
                let a = (x0 + f64::from(k) * sw).round();
                let b = (x0 + f64::from(k + 1) * sw).round() - g;
                px_rect(plot, (a, ty, b.max(a + 1.0), ty + t), pal.track)?;
            }
        } else {
            px_rect(plot, (x0, ty, x1, ty + t), pal.track)?;
        }
        let place = v.round().clamp(1.0, f64::from(whole));
        let mw = sw.max(3.0 * dpr);
        let cx = x0 + (place - 0.5) * sw;
        let r = (
            (cx - mw / 2.0).round(),
            row.y0,
            (cx + mw / 2.0).round(),
            row.y1,
        );
        px_rect(plot, r, paint.mark(pal, i, pal.accent()))?;
        if paint.active == Some(i) {
            outline(plot, r, 2.0 * dpr, pal.text)?;
        }
    }
    Ok(())
}
