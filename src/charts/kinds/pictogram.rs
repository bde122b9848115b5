//! A pictogram (isotype): small, concrete counts of like things, one symbol per unit (or per
//! `per_cell` units, said in a key), in rows that wrap; one symbol size for every row, so the
//! rows compare. Each row: the label and the figure, then the symbols. The symbols appear
//! one by one as the chart tweens in.

use plotters_backend::DrawingBackend;

use super::wall::Symbols;
use super::{Geom, Hit, Kind, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::icons::draw_icon;
use crate::charts::marks::{outline, Surface};
use crate::charts::placed::{Align, Frame, Row, TextBox, TextRole};
use crate::charts::spec::{invalid, ChartData, ChartError};
use crate::charts::tween::group_thousands;
use crate::charts::ui;
use crate::model::{ChartKind, Icon};

/// The most symbols a pictogram draws in all.
const MAX_SYMBOLS: f64 = 150.0;

pub(crate) struct Pictogram;

/// Symbols of each row: the count of units, rounded (at least one for anything counted).
fn counts(chart: &ChartData) -> Vec<usize> {
    let per = chart.per_cell.unwrap_or(1.0);
    chart
        .items
        .iter()
        .map(|d| {
            let n = (d.value / per).round();
            if d.value > 0.0 {
                n.max(1.0) as usize
            } else {
                0
            }
        })
        .collect()
}

impl Kind for Pictogram {
    fn max_items(&self) -> usize {
        6
    }

    fn check(&self, chart: &ChartData) -> Result<(), ChartError> {
        let per = chart.per_cell.unwrap_or(1.0);
        if !(per.is_finite() && per > 0.0) {
            return Err(invalid(
                chart,
                "per_cell",
                format!("{per} is not a positive number"),
            ));
        }
        let total: usize = counts(chart).iter().sum();
        if total as f64 > MAX_SYMBOLS {
            return Err(invalid(
                chart,
                "per_cell",
                format!("{total} symbols; at most {MAX_SYMBOLS} fit a phone"),
            ));
        }
        if chart.items.iter().any(|d| d.icon.is_none()) {
            return Err(invalid(
                chart,
                "items",
                "every row of a pictogram needs its symbol".into(),
            ));
        }
        Ok(())
    }

    fn reserve(&self, chart: &ChartData) -> (f64, f64) {
        (1.8, 6.0 + 5.0 * chart.items.len().max(1) as f64)
    }

    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError> {
        pictogram(ctx)
    }
}

/// The rows and their symbols.
#[derive(Clone, Debug, PartialEq)]
pub struct Isotype {
    pub rows: Vec<Row>,
    pub symbols: Vec<Symbols>,
}

fn pictogram(ctx: &Ctx) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let counts = counts(ctx.chart);
    let em = ctx.em;
    let avail = ctx.w - 2.0 * ctx.pad;
    let gs = (0.25 * em).round();
    let row_gap = (0.9 * em).round();
    let per = ctx.chart.per_cell.unwrap_or(1.0);
    let key = (per != 1.0).then(|| {
        ui::each_symbol(
            ctx.chart.lang,
            &group_thousands(&format!("{per}")),
            &ctx.chart.unit,
        )
    });
    let key_wrapped = key.as_ref().map(|k| ctx.wrap(k, avail, &ctx.small));
    let key_h = key_wrapped
        .as_ref()
        .map_or(0.0, |w| gs + w.lines.len() as f64 * ctx.small.line_height());
    // Label on the left, the figure on the right of the same line.
    let vw: Vec<f64> = items
        .iter()
        .map(|d| ctx.measure(&d.display, &ctx.value))
        .collect();
    // Beside the label when there is room, else under it; a figure wider than the chart
    // needs a smaller type scale (the layout tries one).
    if vw.iter().any(|w| *w > avail) {
        return Err(ctx.need(ctx.room() + 1.0));
    }
    let beside: Vec<bool> = vw.iter().map(|w| *w + ctx.gap <= avail * 0.6).collect();
    let labels: Vec<_> = items
        .iter()
        .zip(&vw)
        .zip(&beside)
        .map(|((d, w), b)| {
            ctx.wrap(
                &d.label,
                if *b { avail - w - ctx.gap } else { avail },
                &ctx.label,
            )
        })
        .collect();
    let heads: Vec<f64> = labels
        .iter()
        .zip(&beside)
        .map(|(l, b)| {
            let lh = l.lines.len() as f64 * ctx.label.line_height();
            if *b {
                lh.max(ctx.value.line_height())
            } else {
                lh + ctx.value.line_height()
            }
        })
        .collect();
    let height_at = |size: f64| {
        let step = (size * 1.25).round();
        let per_line = ((avail + step - size) / step).floor().max(1.0) as usize;
        let body: f64 = counts
            .iter()
            .map(|c| c.div_ceil(per_line) as f64 * step)
            .sum();
        (
            heads.iter().sum::<f64>()
                + items.len() as f64 * gs
                + body
                + row_gap * (items.len() - 1) as f64
                + key_h,
            per_line,
            step,
        )
    };
    let mut size = (2.5 * em).round();
    let min = (0.5 * ctx.u).round().max(6.0 * ctx.dpr);
    while size > min && height_at(size).0 > ctx.room() {
        size -= 1.0;
    }
    let (total, per_line, step) = height_at(size);
    if total > ctx.room() {
        return Err(ctx.need(total));
    }
    let mut blocks: Vec<f64> = (0..items.len())
        .map(|i| heads[i] + gs + counts[i].div_ceil(per_line) as f64 * step)
        .collect();
    if let Some(last) = blocks.last_mut() {
        *last += key_h;
    }
    let tops = ctx.stack(&blocks, row_gap)?;
    let mut texts: Vec<TextBox> = Vec::new();
    let mut rows = Vec::new();
    let mut symbols = Vec::new();
    for (i, d) in items.iter().enumerate() {
        let top = tops[i];
        texts.extend(ctx.lines(
            &labels[i],
            ctx.pad,
            top,
            ctx.label,
            Align::Left,
            TextRole::Label,
            Some(i),
        ));
        let figure = if beside[i] {
            ctx.text(
                &d.display,
                ctx.w - ctx.pad,
                top,
                ctx.value,
                Align::Right,
                TextRole::Value,
            )
        } else {
            let y = top + labels[i].lines.len() as f64 * ctx.label.line_height();
            ctx.text(
                &d.display,
                ctx.pad,
                y,
                ctx.value,
                Align::Left,
                TextRole::Value,
            )
        };
        texts.push(figure.of(i));
        let y = top + heads[i] + gs;
        symbols.push(Symbols {
            icon: d.icon.unwrap_or(Icon::Star),
            count: counts[i],
            size,
            step,
            per_line,
            origin: (ctx.pad, y),
        });
        let bottom = y + counts[i].div_ceil(per_line) as f64 * step;
        rows.push(Row {
            top,
            bottom,
            y0: y,
            y1: bottom,
        });
    }
    if let (Some(w), Some(last)) = (key_wrapped, rows.last()) {
        texts.extend(ctx.lines(
            &w,
            ctx.pad,
            last.bottom + gs,
            ctx.small,
            Align::Left,
            TextRole::Muted,
            None,
        ));
    }
    let frame = Frame::identity(ctx.width, ctx.height);
    Ok(Layout::new(
        ctx,
        ChartKind::Pictogram,
        frame,
        texts,
        Geom::Isotype(Isotype { rows, symbols }),
        1.0,
    ))
}

impl Marks for Isotype {
    /// Each row's symbols, as many as the tween has counted, the rest as the track.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (paint, pal) = (s.paint, s.pal);
        for (i, (sy, v)) in self.symbols.iter().zip(paint.values).enumerate() {
            let target = s.chart.items.get(i).map_or(0.0, |d| d.value);
            let progress = if target == 0.0 {
                1.0
            } else {
                (v / target).clamp(0.0, 1.0)
            };
            let shown = (sy.count as f64 * progress).round() as usize;
            let colour = paint.mark(pal, i, pal.accent());
            for k in 0..sy.count {
                let ink = if k < shown { colour } else { pal.track };
                draw_icon(s.area, sy.icon, sy.at(k), sy.size, ink, pal.bg)?;
            }
            if paint.active == Some(i) {
                let r = &self.rows[i];
                let right = sy.origin.0 + sy.per_line.min(sy.count) as f64 * sy.step;
                outline(
                    s.plot,
                    (sy.origin.0, r.y0, right, r.y1),
                    2.0 * layout.viewport.dpr,
                    pal.text,
                )?;
            }
        }
        Ok(())
    }

    /// y in pixels: the row.
    fn hit(&self, _x: f64, _y: f64) -> Hit<'_> {
        Hit::Rows(&self.rows)
    }
}
