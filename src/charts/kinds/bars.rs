//! Vertical bars, one unit, direct labels: the value above each bar, the label under it,
//! no axis. When a column gets too thin for its label or value (a phone, large text, many
//! items), the chart is laid out as horizontal bars instead.

use plotters_backend::DrawingBackend;

use super::rows::{rows_layout, RowsSpec};
use super::{Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::marks::{bar, outline, px_rect, Surface};
use crate::charts::placed::{Align, Frame, TextRole};
use crate::charts::spec::{ChartData, ChartError};
use crate::model::ChartKind;

pub(crate) struct Bars;

impl Kind for Bars {
    fn max_items(&self) -> usize {
        12
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (4.0 / 3.0, 1.0 + 4.5 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        match columns(ctx) {
            Some(l) => Ok(l),
            None => rows_layout(ctx, &RowsSpec::plain(ChartKind::Bars)),
        }
    }
}

/// Vertical bars: x in slots (item i spans i..i+1), y in values, 0 at `base_y` (device px).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    pub n: usize,
    /// A bar's width as a share of its slot.
    pub bar_frac: f64,
    pub base_y: f64,
}

/// The column layout, or `None` when it does not fit and rows should be used.
fn columns(ctx: &Ctx) -> Option<Layout> {
    let items = &ctx.chart.items;
    let n = items.len();
    let u = ctx.em;
    let avail = ctx.w - 2.0 * ctx.pad;
    let slot = avail / n as f64;
    if slot < 2.5 * u {
        return None;
    }
    // Neighbouring labels keep a quarter em apart.
    let inner = slot - (0.25 * u).round();
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, inner, &ctx.label))
        .collect();
    if wrapped.iter().any(|w| w.broke_word || w.lines.len() > 3) {
        return None;
    }
    if items
        .iter()
        .any(|d| ctx.measure(&d.display, &ctx.value) > inner)
    {
        return None;
    }
    let (llh, vlh) = (ctx.label.line_height(), ctx.value.line_height());
    let gs = (0.2 * u).round();
    let labels_h = wrapped.iter().map(|w| w.lines.len()).max().unwrap_or(1) as f64 * llh;
    let top = ctx.top + vlh + gs;
    let base_y = (ctx.bottom - labels_h - gs).floor();
    let plot_h = base_y - top;
    if plot_h < 3.0 * u {
        return None;
    }
    let maxv = items.iter().map(|d| d.value).fold(0.0, f64::max);
    let scale = if maxv > 0.0 { plot_h / maxv } else { 1.0 };
    let bar_w = (slot * 0.62).min(3.0 * u);
    let mut texts = Vec::new();
    for (i, d) in items.iter().enumerate() {
        let cx = ctx.pad + slot * (i as f64 + 0.5);
        let y = base_y - d.value * scale - gs - vlh;
        texts.push(
            ctx.text(&d.display, cx, y, ctx.value, Align::Center, TextRole::Value)
                .of(i),
        );
        texts.extend(ctx.lines(
            &wrapped[i],
            cx,
            base_y + gs,
            ctx.label,
            Align::Center,
            TextRole::Label,
            Some(i),
        ));
    }
    // x: slots (item i spans i..i+1); y: values, 0 at the baseline.
    let (wd, hd) = (ctx.w - 1.0, ctx.h - 1.0);
    let frame = Frame {
        x: (-ctx.pad / slot, (wd - ctx.pad) / slot),
        y: ((base_y - hd) / scale, base_y / scale),
    };
    let geom = Geom::Columns(Columns {
        n,
        bar_frac: bar_w / slot,
        base_y,
    });
    Some(Layout::new(ctx, ChartKind::Bars, frame, texts, geom, scale))
}

impl Marks for Columns {
    /// Columns from the baseline to each current value, and the baseline itself.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal) = (s.plot, s.paint, s.pal);
        let (n, base_y) = (self.n, self.base_y);
        let half = self.bar_frac / 2.0;
        for (i, v) in paint.values.iter().enumerate().take(n) {
            let c = i as f64 + 0.5;
            let color = paint.mark(pal, i, pal.accent());
            if *v > 0.0 {
                bar(plot, (c - half, 0.0), (c + half, *v), color)?;
            }
            if paint.active == Some(i) {
                let r = (
                    slot_x(layout, c - half),
                    base_y - v * layout.scale,
                    slot_x(layout, c + half),
                    base_y,
                );
                outline(plot, r, layout.viewport.dpr * 2.0, pal.text)?;
            }
        }
        // Baseline: one CSS pixel thick, under the columns.
        let t = layout.viewport.dpr.round().max(1.0);
        let x0 = slot_x(layout, 0.0);
        let x1 = slot_x(layout, n as f64);
        px_rect(plot, (x0, base_y, x1, base_y + t), pal.muted)
    }

    /// x in slots: the whole column is the target (a big touch target).
    fn hit(&self, x: f64, _y: f64) -> Hit<'_> {
        let i = x.floor();
        Hit::Item((i >= 0.0 && (i as usize) < self.n).then_some(i as usize))
    }
}

/// Device x of a slot position.
fn slot_x(layout: &Layout, x: f64) -> f64 {
    let (x0, x1) = layout.frame.x;
    (x - x0) / (x1 - x0) * (f64::from(layout.width) - 1.0)
}
