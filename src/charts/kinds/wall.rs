//! Figures set large, each on its own: one big number, or a figure wall of several figures
//! of a step that a reader may not compare on one axis (money paid out beside a loan volume,
//! a count of roads beside kilometres of power line). Each figure sits in a cell under a
//! short accent rule, its label and annotation under it, and for a small concrete count a row
//! of symbols, one per thing counted. Cells go in rows: one column on a narrow frame, two or
//! three side by side when that lets the figures be larger; an odd one out leads, full width.
//! The figures are as large as the frame allows (the same size for all).

use plotters_backend::DrawingBackend;

use super::wall_plan::{columns, lift, one_column, plan, Columns, Cut, Limits, Plan};
use super::wall_scale::{self, Strip};
use super::{Geom, Hit, Layout, Marks};
use crate::charts::ctx::Ctx;
use crate::charts::icons::draw_icon;
use crate::charts::marks::{outline, px_rect, Surface};
use crate::charts::measure::Font;
use crate::charts::placed::{Align, Frame, TextBox, TextRole};
use crate::charts::spec::ChartError;
use crate::model::{ChartKind, Icon};

/// The cells of a wall.
#[derive(Clone, Debug, PartialEq)]
pub struct Wall {
    pub cells: Vec<Cell>,
}

/// One figure's cell, device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Left, top, right, bottom: a tap anywhere in it picks the figure.
    pub rect: (f64, f64, f64, f64),
    /// The accent rule over the figure: left, top, full width, thickness.
    pub rule: (f64, f64, f64, f64),
    pub symbols: Option<Symbols>,
    /// The whole or the scale the figure is measured against.
    pub strip: Option<Strip>,
}

/// A row (or rows) of symbols, one per thing counted.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbols {
    pub icon: Icon,
    pub count: usize,
    pub size: f64,
    pub step: f64,
    pub per_line: usize,
    pub origin: (f64, f64),
}

impl Symbols {
    /// Top left of symbol `k`.
    pub fn at(&self, k: usize) -> (f64, f64) {
        let (col, row) = (k % self.per_line, k / self.per_line);
        (
            self.origin.0 + col as f64 * self.step,
            self.origin.1 + row as f64 * self.step,
        )
    }

    fn height(&self) -> f64 {
        self.count.div_ceil(self.per_line) as f64 * self.step
    }
}

/// Lays out the items of the chart as a wall (a big number is a wall of one).
pub(crate) fn wall(ctx: &Ctx, kind: ChartKind) -> Result<Layout, ChartError> {
    wall_with(ctx, kind, true)
}

/// The wall, with the symbols of small counts if `symbols` and they fit. Where they do not
/// fit, a hint that speaks of them (圖形, symbol: the words the data's rule 6 checks) goes
/// too: a key to marks the reader does not see.
fn wall_with(ctx: &Ctx, kind: ChartKind, symbols: bool) -> Result<Layout, ChartError> {
    let n = ctx.chart.items.len();
    let total = |p: &Plan| p.heights.iter().sum::<f64>() + p.gap * (p.rows.len() - 1) as f64;
    // The largest figure, up to 7 em for one figure and 3.5 em on a wall, in each
    // arrangement; the arrangement with the largest wins.
    let top_size = if n == 1 { 7.0 } else { 3.5 };
    let arrangements: Vec<Columns> = (1..=n.min(3)).map(|cols| columns(ctx, cols)).collect();
    // The figure's least size: `floor` times the unscaled text, and `over` times the labels
    // (a big number alone at least 1.6 times them: at a large type scale a figure near its
    // label's size reads as a note, so the layout takes a smaller scale instead).
    let over = if n == 1 { 1.6 } else { 1.25 };
    let search = |limits: Limits, floor: f64, over: f64| {
        let mut best: Option<Plan> = None;
        for cols in &arrangements {
            let mut px = (top_size * ctx.em).round();
            let least = (floor * ctx.u).floor().max((over * ctx.label.px).ceil());
            if px < least {
                continue;
            }
            loop {
                let big = Font {
                    px,
                    bold: true,
                    lang: ctx.chart.lang,
                };
                if let Some(p) = plan(ctx, cols, big, limits).filter(|p| total(p) <= ctx.room()) {
                    if best.as_ref().is_none_or(|b| p.big.px > b.big.px) {
                        best = Some(p);
                    }
                    break;
                }
                if px <= least {
                    break;
                }
                // Smaller by steps, the least size tried last.
                px = (px * 0.94).floor().min(px - 1.0).max(least);
            }
        }
        best
    };
    // Chinese figures stay on one line; an English one takes two at a word break outside
    // its number and unit (nearly | 1 million square metres), only when one line would
    // make it much smaller. A figure is never parted from its unit here.
    let en = ctx.chart.lang.locale().spaced;
    let limits = |lines, symbols| Limits {
        lines,
        symbols,
        cut: Cut::Nothing,
        dense: false,
    };
    let one = search(limits(1, symbols), 1.25, over);
    let best = if en {
        match (one, search(limits(2, symbols), 1.25, over)) {
            (Some(a), Some(b)) if a.big.px >= 0.7 * b.big.px => Some(a),
            (a, b) => b.or(a),
        }
    } else {
        one
    };
    // A narrow frame: the counts without their symbols, then (very large text) figures on
    // as many lines as it takes, a little smaller.
    let hint = &ctx.chart.hint;
    let keyed = ["圖形", "图形", "symbol"]
        .iter()
        .any(|w| hint.to_ascii_lowercase().contains(w));
    if best.is_none() && symbols && keyed {
        return wall_with(&ctx.without_hint(), kind, false);
    }
    // Above the page's type size, a wall that cannot keep its figures that much larger
    // than their labels takes a smaller scale; the fallbacks below are for the page's size
    // and under.
    if best.is_none() && ctx.em > ctx.u + 1e-6 {
        return Err(ctx.no_fit());
    }
    let best = best
        .or_else(|| search(limits(2, false), 1.25, over))
        .or_else(|| search(limits(3, false), 1.25, over))
        .or_else(|| search(limits(6, false), 1.0, 1.0))
        // Long English figures in a narrow frame: down to the labels' size, still bold, the
        // rows closer.
        .or_else(|| {
            let dense = Limits {
                dense: true,
                ..limits(6, false)
            };
            search(dense, 0.0, 1.0)
        });
    // Short of room, the wall asks for the height its figures need whole (the page grows
    // the box once). At the smallest type scale, where the reader has set a larger text
    // than the page's or a figure is wider than the frame even alone, a figure is parted
    // from its unit, then words are cut: lines that short cannot keep every run whole.
    let p = match best {
        Some(p) => p,
        None => {
            let all_lines = Limits {
                dense: true,
                ..limits(usize::MAX, false)
            };
            let whole = one_column(ctx, &arrangements, all_lines, Cut::Nothing);
            let larger_text = ctx.vp.font_px > crate::charts::design::FONT_PX;
            let cut = |cut| search(Limits { cut, ..all_lines }, 0.0, 1.0);
            let parted = ((whole.is_none() || larger_text) && ctx.at_smallest_scale())
                .then(|| cut(Cut::Unit).or_else(|| cut(Cut::Word)))
                .flatten();
            match parted {
                Some(p) => p,
                None => {
                    return Err(whole
                        .or_else(|| one_column(ctx, &arrangements, all_lines, Cut::Word))
                        .map_or(ctx.no_fit(), |p| ctx.need(total(&p))))
                }
            }
        }
    };
    // Rows a little further apart when there is room, up to twice the gap.
    let spare = ctx.room() - total(&p);
    let gap = p.gap
        + (spare / (p.rows.len() as f64 + 1.0))
            .min(p.gap)
            .max(0.0)
            .floor();
    let tops = ctx.stack(&p.heights, gap)?;
    place(ctx, kind, &p, &tops)
}

fn place(ctx: &Ctx, kind: ChartKind, p: &Plan, tops: &[f64]) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let col_gap = (1.0 * ctx.em).round();
    let (rule_h, gs) = (
        (0.18 * ctx.em).round().max(2.0 * ctx.dpr),
        (0.2 * ctx.em).round(),
    );
    let rule_w = (2.5 * ctx.em).round();
    let mut texts: Vec<TextBox> = Vec::new();
    let mut cells: Vec<Option<Cell>> = vec![None; items.len()];
    for (r, row) in p.rows.iter().enumerate() {
        let mut x = ctx.pad;
        for &i in row {
            let (w, c) = (p.widths[i], &p.contents[i]);
            let mut y = tops[r] + rule_h + lift(gs, &p.big);
            for line in &c.figure.lines {
                let mut t = ctx
                    .text(line, x, y, p.big, Align::Left, TextRole::Big)
                    .of(i);
                t.count_up = true;
                texts.push(t);
                y += p.big.line_height();
            }
            texts.extend(ctx.lines(
                &c.label,
                x,
                y,
                ctx.label,
                Align::Left,
                TextRole::Label,
                Some(i),
            ));
            y += c.label.lines.len() as f64 * ctx.label.line_height();
            if !items[i].note.is_empty() {
                y += gs;
                texts.extend(ctx.lines(
                    &c.note,
                    x,
                    y,
                    ctx.small,
                    Align::Left,
                    TextRole::Note,
                    Some(i),
                ));
                y += c.note.lines.len() as f64 * ctx.small.line_height();
            }
            let strip = match (&items[i].scale, c.strip) {
                (Some(scale), Some(_)) => {
                    let top = tops[r] + p.strip_tops[r];
                    let (strip, names) = wall_scale::place(ctx, scale, i, (x, top), w);
                    texts.extend(names);
                    Some(strip)
                }
                _ => None,
            };
            let symbols = match (items[i].icon, c.symbols) {
                (Some(icon), Some((per_line, size, _))) => Some(Symbols {
                    icon,
                    count: items[i].value.round() as usize,
                    size,
                    step: (size * 1.25).round(),
                    per_line,
                    origin: (x, y + 2.0 * gs),
                }),
                _ => None,
            };
            let bottom = tops[r] + p.heights[r];
            cells[i] = Some(Cell {
                rect: (x, tops[r], x + w, bottom),
                rule: (x, tops[r], rule_w.min(w), rule_h),
                symbols,
                strip,
            });
            x += w + col_gap;
        }
    }
    let cells = cells.into_iter().flatten().collect();
    let frame = Frame::identity(ctx.width, ctx.height);
    Ok(Layout::new(
        ctx,
        kind,
        frame,
        texts,
        Geom::Wall(Wall { cells }),
        1.0,
    ))
}

impl Marks for Wall {
    /// Each cell's rule, growing with the count, and its symbols, appearing with it.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (paint, pal) = (s.paint, s.pal);
        for (i, (c, v)) in self.cells.iter().zip(paint.values).enumerate() {
            let target = s.chart.items.get(i).map_or(0.0, |d| d.value);
            let progress = if target == 0.0 {
                1.0
            } else {
                (v / target).clamp(0.0, 1.0)
            };
            let colour = paint.mark(pal, i, pal.accent());
            let (x, y, w, h) = c.rule;
            let grown = (w * progress).round();
            if grown > 0.0 {
                px_rect(s.plot, (x, y, x + grown, y + h), colour)?;
            }
            if let Some(strip) = &c.strip {
                strip.draw(s, *v, colour)?;
            }
            if let Some(sy) = &c.symbols {
                let shown = (sy.count as f64 * progress).round() as usize;
                for k in 0..sy.count {
                    let ink = if k < shown { colour } else { pal.track };
                    draw_icon(s.area, sy.icon, sy.at(k), sy.size, ink, pal.bg)?;
                }
            }
            if paint.active == Some(i) {
                let (x0, y0, x1, _) = c.rect;
                let bottom = layout
                    .texts
                    .iter()
                    .filter(|t| t.item == Some(i))
                    .map(|t| t.y + t.font.line_height())
                    .fold(y0 + h, f64::max)
                    .max(
                        c.symbols
                            .as_ref()
                            .map_or(0.0, |sy| sy.origin.1 + sy.height()),
                    )
                    .max(c.strip.as_ref().map_or(0.0, Strip::bottom));
                outline(
                    s.plot,
                    (x0, y0, x1, bottom),
                    2.0 * layout.viewport.dpr,
                    pal.text,
                )?;
            }
        }
        Ok(())
    }

    /// The cell under the pointer.
    fn hit(&self, x: f64, y: f64) -> Hit<'_> {
        Hit::Item(self.cells.iter().position(|c| {
            let (x0, y0, x1, y1) = c.rect;
            x >= x0 && x < x1 && y >= y0 && y < y1
        }))
    }
}
