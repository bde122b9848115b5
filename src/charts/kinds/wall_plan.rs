//! A wall's plan: its cells in rows at one figure size and arrangement, and the limits a
//! plan keeps to (how many lines a figure takes, what a line may cut, how close the rows
//! are). `wall.rs` searches the plans for the largest figures that fit, and places one.

use super::wall_scale;
use crate::charts::ctx::Ctx;
use crate::charts::measure::Font;
use crate::charts::wrap::Wrapped;

/// Symbols drawn for a count of at most this many (the data validation holds it too).
const MAX_SYMBOLS: usize = 40;

/// Which items go in which row: `n % cols` leading figures first (full width), then rows of
/// `cols`.
pub(super) fn arrangement(n: usize, cols: usize) -> Vec<Vec<usize>> {
    let lead = n % cols;
    let mut rows = Vec::new();
    if lead > 0 {
        rows.push((0..lead).collect());
    }
    let mut i = lead;
    while i < n {
        rows.push((i..(i + cols).min(n)).collect());
        i += cols;
    }
    rows
}

/// A cell's content at one figure size.
pub(super) struct Content {
    pub(super) figure: Wrapped,
    pub(super) label: Wrapped,
    pub(super) note: Wrapped,
    pub(super) symbols: Option<(usize, f64, usize)>,
    /// The strip's height, if the figure has one.
    pub(super) strip: Option<f64>,
    /// From the rule to the last line of its texts.
    pub(super) words: f64,
    pub(super) height: f64,
}

/// What a wall looks like at one figure size and arrangement.
pub(super) struct Plan {
    pub(super) big: Font,
    pub(super) rows: Vec<Vec<usize>>,
    pub(super) widths: Vec<f64>,
    pub(super) contents: Vec<Content>,
    pub(super) heights: Vec<f64>,
    /// The least gap between rows.
    pub(super) gap: f64,
    /// Where each row's strips start below its top: under the longest texts of the row,
    /// so that the strips of a row line up.
    pub(super) strip_tops: Vec<f64>,
}

/// The symbols of a count in a cell `w` wide: (per line, size, lines), as large as fits in
/// at most four lines.
pub(super) fn symbol_rows(count: usize, w: f64, max: f64) -> (usize, f64, usize) {
    (1..=4)
        .map(|lines| {
            let per_line = count.div_ceil(lines);
            let size = (w / (per_line as f64 * 1.25)).min(max).floor();
            (per_line, size, count.div_ceil(per_line))
        })
        .fold(
            (count, 0.0, 1),
            |best, c| if c.1 > best.1 { c } else { best },
        )
}

/// How hard a plan may try.
#[derive(Clone, Copy)]
pub(super) struct Limits {
    /// Lines a figure may take.
    pub(super) lines: usize,
    /// Draw the symbols of small counts.
    pub(super) symbols: bool,
    /// What a line may cut: nothing, a figure from its unit, or words too.
    pub(super) cut: Cut,
    /// Rows closer together (the last try before the wall asks for more height).
    pub(super) dense: bool,
}

/// The breaks a wall avoids, from the least bad.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
pub(super) enum Cut {
    Nothing,
    /// A figure parted from its unit (1.89 | 萬個, 81.45 million | yuan).
    Unit,
    /// A word, or a run of Chinese, cut between characters.
    Word,
}

/// The wall in `cols` columns: its rows, each item's column width, and each item's label
/// and note wrapped to it (the same for every figure size a search tries, so wrapped once).
pub(super) struct Columns {
    pub(super) rows: Vec<Vec<usize>>,
    pub(super) widths: Vec<f64>,
    pub(super) captions: Vec<(Wrapped, Wrapped)>,
}

pub(super) fn columns(ctx: &Ctx, cols: usize) -> Columns {
    let items = &ctx.chart.items;
    let rows = arrangement(items.len(), cols);
    let col_gap = (1.0 * ctx.em).round();
    let avail = ctx.w - 2.0 * ctx.pad;
    let mut widths = vec![0.0; items.len()];
    for row in &rows {
        let k = row.len() as f64;
        let w = ((avail - (k - 1.0) * col_gap) / k).floor();
        for &i in row {
            widths[i] = w;
        }
    }
    let captions = items
        .iter()
        .zip(&widths)
        .map(|(d, &w)| {
            (
                ctx.wrap(&d.label, w, &ctx.label),
                ctx.wrap(&d.note, w, &ctx.small),
            )
        })
        .collect();
    Columns {
        rows,
        widths,
        captions,
    }
}

pub(super) fn plan(ctx: &Ctx, columns: &Columns, big: Font, limits: Limits) -> Option<Plan> {
    let items = &ctx.chart.items;
    let (rule_h, gs) = (
        (0.18 * ctx.em).round().max(2.0 * ctx.dpr),
        (0.2 * ctx.em).round(),
    );
    let note_font = ctx.small;
    let mut contents = Vec::with_capacity(items.len());
    for (i, d) in items.iter().enumerate() {
        let w = columns.widths[i];
        let figure = ctx.wrap(&d.display, w, &big);
        if figure.lines.len() > limits.lines
            || (figure.parted && limits.cut < Cut::Unit)
            || (figure.broke_word && limits.cut < Cut::Word)
        {
            return None;
        }
        let (label, note) = columns.captions[i].clone();
        // A column too narrow for a word of its label ("Household|s") is the wrong
        // arrangement: fewer columns, unless nothing else fits.
        if (label.broke_word || note.broke_word) && limits.cut < Cut::Word {
            return None;
        }
        let count = d.value.round();
        let symbols = d
            .icon
            .filter(|_| limits.symbols)
            .filter(|_| count >= 1.0 && count as usize <= MAX_SYMBOLS)
            .map(|_| symbol_rows(count as usize, w, (1.5 * ctx.em).round()));
        let mut height = rule_h
            + lift(gs, &big)
            + figure.lines.len() as f64 * big.line_height()
            + label.lines.len() as f64 * ctx.label.line_height();
        if !d.note.is_empty() {
            height += gs + note.lines.len() as f64 * note_font.line_height();
        }
        let words = height;
        if let Some((_, size, lines)) = symbols {
            height += 2.0 * gs + lines as f64 * size * 1.25;
        }
        let strip = match &d.scale {
            Some(scale) => Some(wall_scale::height(ctx, scale, w)?),
            None => None,
        };
        contents.push(Content {
            figure,
            label,
            note,
            symbols,
            strip,
            words,
            height,
        });
    }
    let strip_tops: Vec<f64> = columns
        .rows
        .iter()
        .map(|r| r.iter().map(|&i| contents[i].words).fold(0.0, f64::max) + 2.0 * gs)
        .collect();
    let heights = columns
        .rows
        .iter()
        .zip(&strip_tops)
        .map(|(r, &at)| {
            r.iter()
                .map(|&i| match contents[i].strip {
                    Some(h) => at + h,
                    None => contents[i].height,
                })
                .fold(0.0, f64::max)
        })
        .collect();
    Some(Plan {
        big,
        rows: columns.rows.clone(),
        widths: columns.widths.clone(),
        contents,
        heights,
        gap: (if limits.dense { 0.6 } else { 1.1 } * ctx.em).round(),
        strip_tops,
    })
}

/// The space between a cell's rule and its figure: room in proportion to the figure, so a
/// large one never crowds the rule.
pub(super) fn lift(gs: f64, big: &Font) -> f64 {
    gs.max((0.15 * big.px).round())
}

/// One column at the smallest figure size, as many lines as it takes, cut no more than
/// `cut`: the wall when the room is short of it, and the height to ask for.
pub(super) fn one_column(
    ctx: &Ctx,
    arrangements: &[Columns],
    limits: Limits,
    cut: Cut,
) -> Option<Plan> {
    let smallest = Font {
        px: ctx.label.px.ceil(),
        bold: true,
        lang: ctx.chart.lang,
    };
    plan(
        ctx,
        arrangements.first()?,
        smallest,
        Limits { cut, ..limits },
    )
}
