//! The pieces every kind's layout is made of: texts placed on the canvas (with what they
//! are, for their colour), rows, and plotters' logical frame over the canvas. Device pixels
//! throughout.

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::Cartesian2d;

use super::measure::Font;

/// What a text is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    /// What an item is.
    Label,
    /// An item's figure.
    Value,
    /// Secondary text: scale ends, keys, the reading hint.
    Muted,
    /// A figure set large (big numbers, figure walls).
    Big,
    /// A short annotation by an item's mark.
    Note,
    /// The chart's takeaway, above the marks.
    Takeaway,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One line of text, placed. `x` is the anchor (left edge, centre or right edge by `align`),
/// `y` the top of the line box; both device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub font: Font,
    pub align: Align,
    pub role: TextRole,
    /// The item this text belongs to (its label or figure).
    pub item: Option<usize>,
    /// The figure counts up with the item's tween.
    pub count_up: bool,
}

impl TextBox {
    /// The same text, belonging to item `i`.
    pub fn of(mut self, i: usize) -> TextBox {
        self.item = Some(i);
        self
    }

    /// Left, top, right, bottom of the line box.
    pub fn rect(&self) -> (f64, f64, f64, f64) {
        let left = match self.align {
            Align::Left => self.x,
            Align::Center => self.x - self.w / 2.0,
            Align::Right => self.x - self.w,
        };
        (
            left,
            self.y,
            left + self.w,
            self.y + self.font.line_height(),
        )
    }

    /// The box the glyphs fill: the line box without the leading above and below (a line
    /// is 1.3 em, its glyphs the em in the middle). What a mark must keep clear of.
    pub fn glyph_rect(&self) -> (f64, f64, f64, f64) {
        let (x0, y0, x1, y1) = self.rect();
        let lead = (y1 - y0 - self.font.px) / 2.0;
        (x0, y0 + lead, x1, y1 - lead)
    }
}

/// One row of a row-based chart (horizontal bars, growth, rank, big number), device pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    /// Top and bottom of the row (label included): a tap anywhere in it picks the item.
    pub top: f64,
    pub bottom: f64,
    /// Top and bottom of the bar (or track).
    pub y0: f64,
    pub y1: f64,
}

impl Row {
    /// The row whose band (extended halfway to its neighbours) holds `y`: taps between two
    /// rows go to the nearer one.
    pub(crate) fn at(rows: &[Row], y: f64) -> Option<usize> {
        rows.iter().enumerate().find_map(|(i, r)| {
            let top = if i == 0 {
                r.top
            } else {
                (rows[i - 1].bottom + r.top) / 2.0
            };
            let bottom = rows
                .get(i + 1)
                .map_or(r.bottom, |n| (r.bottom + n.top) / 2.0);
            (y >= top && y < bottom).then_some(i)
        })
    }
}

/// The logical ranges of plotters' `Cartesian2d` over the whole canvas, for drawing the
/// marks and, through `reverse_translate`, for mapping a pointer back to them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl Frame {
    /// plotters' coordinates of this frame over a canvas of `w`×`h` device pixels: the ones
    /// the marks are drawn in and a pointer is mapped back through. As
    /// `ChartBuilder::build_cartesian_2d` lays them over a whole area without margins or
    /// labels: from the first to the last pixel column and row, y upwards.
    pub(crate) fn coords(&self, w: u32, h: u32) -> Cartesian2d<RangedCoordf64, RangedCoordf64> {
        let (w, h) = (w as i32, h as i32);
        Cartesian2d::new(self.x.0..self.x.1, self.y.0..self.y.1, (0..w - 1, h - 1..0))
    }

    /// Logical = pixel.
    pub(crate) fn identity(w: u32, h: u32) -> Frame {
        Frame {
            x: (0.0, f64::from(w) - 1.0),
            y: (f64::from(h) - 1.0, 0.0),
        }
    }

    /// x in values (`zero_x` px at 0, `scale` px per unit), y in pixels.
    pub(crate) fn values_across(w: u32, h: u32, zero_x: f64, scale: f64) -> Frame {
        let s = if scale > 0.0 { scale } else { 1.0 };
        Frame {
            x: (-zero_x / s, (f64::from(w) - 1.0 - zero_x) / s),
            y: (f64::from(h) - 1.0, 0.0),
        }
    }
}
