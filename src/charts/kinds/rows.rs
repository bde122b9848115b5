//! Rows of horizontal bars, the layout of hbars, growth (signed, from a zero line), progress
//! (on a track to each item's whole, a target marked) and vertical bars that got too thin.
//! One row per item: the label above its bar (full width, wrapping), the figure right after
//! the bar's end (or on the label's line, or under it when nothing else fits), an annotation
//! under the bar. A reference (a whole, a benchmark, a target) is a line across the rows,
//! named above them, never a bar beside them. Bars grow thicker, then rows further apart,
//! to fill the frame.

use super::{Geom, Layout};
use crate::charts::ctx::Ctx;
use crate::charts::placed::{Align, Frame, Row, TextBox, TextRole};
use crate::charts::spec::ChartError;
use crate::model::ChartKind;

/// Horizontal bars from a zero line: x in values, y in pixels; `zero_x` in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct BarRows {
    pub rows: Vec<Row>,
    pub zero_x: f64,
    /// Growth: a zero line across each bar's band.
    pub zero_line: bool,
    /// Progress: a track from 0 to each item's whole (in values).
    pub track: Option<f64>,
    /// A reference or target line.
    pub line: Option<Line>,
}

/// A line across the rows at `value`, from `y0` to `y1` (device pixels).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub value: f64,
    pub y0: f64,
    pub y1: f64,
}

/// What a kind asks of the rows.
pub(crate) struct RowsSpec {
    pub kind: ChartKind,
    pub zero_line: bool,
    pub track: Option<f64>,
    /// A line at a value, with the words naming it.
    pub line: Option<(f64, String)>,
}

impl RowsSpec {
    pub fn plain(kind: ChartKind) -> RowsSpec {
        RowsSpec {
            kind,
            zero_line: false,
            track: None,
            line: None,
        }
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

/// Where a row's marks end: its bar, or the track behind it if that is longer.
fn ends_at(value: f64, track: Option<f64>) -> f64 {
    match track {
        Some(t) if value >= 0.0 => value.max(t),
        _ => value,
    }
}

/// The longest bars for which every figure still fits beside its bar: the largest scale `s`
/// with (room left of zero) + (room right of zero) ≤ the width, found by bisection; `extra`
/// are values without a figure that the axis must still reach (a track, a line). When that
/// leaves the bars too short, the figures move onto the label's line, or under it.
fn place(ctx: &Ctx, values: &[f64], vw: &[f64], extra: &[f64], track: Option<f64>) -> Placement {
    let avail = ctx.w - 2.0 * ctx.pad;
    let gap = ctx.gap;
    let all = || values.iter().chain(extra);
    let maxpos = all().copied().fold(0.0, f64::max);
    let maxneg = all().map(|v| -v).fold(0.0, f64::max);
    let span = maxpos + maxneg;
    let sides = |s: f64| {
        let (mut l, mut r) = (maxneg * s, maxpos * s);
        for (v, w) in values.iter().zip(vw) {
            // A figure stands after its bar, or after its track when the bar stops short of it.
            let ext = ends_at(*v, track).abs() * s + gap + w;
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

/// The rows for `spec`, tighter if they do not fit at first.
pub(crate) fn rows_layout(ctx: &Ctx, spec: &RowsSpec) -> Result<Layout, ChartError> {
    match try_rows(ctx, spec, false) {
        Ok(l) => Ok(l),
        Err(_) => try_rows(ctx, spec, true),
    }
}

fn try_rows(ctx: &Ctx, spec: &RowsSpec, dense: bool) -> Result<Layout, ChartError> {
    let items = &ctx.chart.items;
    let em = ctx.em;
    let values: Vec<f64> = items.iter().map(|d| d.value).collect();
    let vw: Vec<f64> = items
        .iter()
        .map(|d| ctx.measure(&d.display, &ctx.value))
        .collect();
    let extra: Vec<f64> = spec
        .track
        .into_iter()
        .chain(spec.line.as_ref().map(|l| l.0))
        .collect();
    let p = place(ctx, &values, &vw, &extra, spec.track);
    let avail = ctx.w - 2.0 * ctx.pad;
    let min_thick = (if dense { 0.5 } else { 0.75 } * em)
        .round()
        .max((3.0 * ctx.dpr).round());
    let gs = (0.15 * em).round();
    let min_gap = (if dense { 0.35 } else { 0.8 } * em).round();
    let (llh, vlh, nlh) = (
        ctx.label.line_height(),
        ctx.value.line_height(),
        ctx.small.line_height(),
    );
    let wrapped: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.label, p.label_w, &ctx.label))
        .collect();
    let figures: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.display, avail, &ctx.value))
        .collect();
    // A figure on its own line wider than the frame would part from its unit (1.88 million
    // | square metres): a smaller type scale keeps it whole, and only the smallest parts it.
    if p.spot == Spot::Stacked && !ctx.at_smallest_scale() && figures.iter().any(|f| f.parted) {
        return Err(ctx.no_fit());
    }
    let notes: Vec<_> = items
        .iter()
        .map(|d| ctx.wrap(&d.note, avail, &ctx.small))
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
    let tails: Vec<f64> = items
        .iter()
        .zip(&notes)
        .map(|(d, n)| {
            if d.note.is_empty() {
                0.0
            } else {
                gs + n.lines.len() as f64 * nlh
            }
        })
        .collect();
    // The line's name takes a line (or two) above the rows.
    let line_name = spec
        .line
        .as_ref()
        .map(|(_, words)| ctx.wrap(words, avail, &ctx.small));
    let line_head = line_name
        .as_ref()
        .map_or(0.0, |w| w.lines.len() as f64 * nlh + gs);
    let band_of = |thick: f64| {
        if p.spot == Spot::AfterBar {
            thick.max(vlh)
        } else {
            thick
        }
    };
    let total = |thick: f64, gap: f64| {
        let n = items.len() as f64;
        heads.iter().sum::<f64>()
            + tails.iter().sum::<f64>()
            + n * (gs + band_of(thick))
            + (n - 1.0) * gap
            + line_head
    };
    if total(min_thick, min_gap) > ctx.room() {
        return Err(ctx.need(total(min_thick, min_gap)));
    }
    // Fill the frame: thicker bars first (up to 2.25 em), then rows further apart (up to
    // 2 em), the rest left over.
    let n = items.len() as f64;
    let spare = ctx.room() - total(min_thick, min_gap);
    let thick = (min_thick + (spare / n).floor()).min((2.25 * em).round());
    let spare = ctx.room() - total(thick, min_gap);
    let row_gap = if items.len() > 1 {
        (min_gap + (spare / n).floor()).min((2.0 * em).round())
    } else {
        min_gap
    };
    let heights: Vec<f64> = (0..items.len())
        .map(|i| heads[i] + gs + band_of(thick) + tails[i])
        .collect();
    let mut blocks = heights.clone();
    blocks[0] += line_head;
    let tops = ctx.stack(&blocks, row_gap)?;
    let mut texts: Vec<TextBox> = Vec::new();
    let mut rows = Vec::new();
    let band = band_of(thick);
    for (i, d) in items.iter().enumerate() {
        let top = tops[i] + if i == 0 { line_head } else { 0.0 };
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
        let figure = |x: f64, y: f64, align: Align| {
            ctx.text(&d.display, x, y, ctx.value, align, TextRole::Value)
                .of(i)
        };
        match p.spot {
            Spot::AfterBar if d.value < 0.0 => texts.push(figure(end - ctx.gap, y, Align::Right)),
            Spot::AfterBar => {
                let x = p.zero_x + ends_at(d.value, spec.track) * p.scale;
                texts.push(figure(x + ctx.gap, y, Align::Left))
            }
            Spot::LabelLine => texts.push(figure(ctx.w - ctx.pad, top, Align::Right)),
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
        if !d.note.is_empty() {
            let ny = band_top + band + gs;
            texts.extend(ctx.lines(
                &notes[i],
                ctx.pad,
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
            y1: y0 + thick,
        });
    }
    let line = spec.line.as_ref().zip(line_name).map(|((value, _), name)| {
        let x = p.zero_x + value * p.scale;
        let ty = tops[0];
        // Centred over the line, moved in from the edges.
        let half = name.width / 2.0;
        let cx = if ctx.pad + half <= ctx.w - ctx.pad - half {
            x.clamp(ctx.pad + half, ctx.w - ctx.pad - half)
        } else {
            ctx.w / 2.0
        };
        texts.extend(ctx.lines(
            &name,
            cx,
            ty,
            ctx.small,
            Align::Center,
            TextRole::Note,
            None,
        ));
        Line {
            value: *value,
            y0: ty + line_head - gs,
            y1: rows.last().map_or(ty, |r| r.y1 + (0.25 * em).round()),
        }
    });
    let frame = Frame::values_across(ctx.width, ctx.height, p.zero_x, p.scale);
    let geom = Geom::Rows(BarRows {
        rows,
        zero_x: p.zero_x,
        zero_line: spec.zero_line,
        track: spec.track,
        line,
    });
    Ok(Layout::new(ctx, spec.kind, frame, texts, geom, p.scale))
}
