//! Layout: everything about a chart that depends on its size, DPR, font size and language,
//! computed once (all text measured and placed here) so that a frame only draws.
//!
//! Units: device pixels throughout (CSS px × DPR), so fonts, strokes and margins scale with
//! the DPR and stay on whole pixels. `u` is the page's root font size in device pixels: all
//! text sizes and spacings are multiples of it, so chart text follows browser text zoom.

use super::kind::ChartKind;
use super::measure::{wrap_balanced, Font, TextMeasure, Wrapped};
use super::spec::{validate, ChartData, ChartError};
use super::{bars, big_number, gauge, growth, hbars, rank, waffle};
use crate::lang::Lang;

/// The box a chart is drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// CSS pixels.
    pub css_width: f64,
    pub css_height: f64,
    /// `window.devicePixelRatio`.
    pub dpr: f64,
    /// The page's root font size in CSS pixels (16 by default, 32 at 200 % text).
    pub font_px: f64,
}

impl Viewport {
    pub fn new(css_width: f64, css_height: f64, dpr: f64, font_px: f64) -> Viewport {
        Viewport {
            css_width,
            css_height,
            dpr,
            font_px,
        }
    }

    /// The canvas backing store: CSS size × DPR, rounded.
    pub fn device_size(&self) -> (u32, u32) {
        (
            (self.css_width * self.dpr).round().max(1.0) as u32,
            (self.css_height * self.dpr).round().max(1.0) as u32,
        )
    }

    pub(crate) fn check(&self) -> Result<(), ChartError> {
        let ok = |v: f64, lo: f64, hi: f64| v.is_finite() && v >= lo && v <= hi;
        if !ok(self.css_width, 1.0, 10_000.0) || !ok(self.css_height, 1.0, 10_000.0) {
            return Err(ChartError::Viewport(format!(
                "size {}×{} CSS px",
                self.css_width, self.css_height
            )));
        }
        if !ok(self.dpr, 0.25, 8.0) || !ok(self.font_px, 4.0, 200.0) {
            return Err(ChartError::Viewport(format!(
                "DPR {} or font size {} px",
                self.dpr, self.font_px
            )));
        }
        Ok(())
    }
}

/// What a text is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRole {
    Label,
    Value,
    Muted,
    Big,
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

/// A gauge: ring centre and radii, and its cell (device pixels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GaugeCell {
    pub cx: f64,
    pub cy: f64,
    pub r_out: f64,
    pub r_in: f64,
    pub cell: (f64, f64, f64, f64),
}

/// The waffle grid: `cells` squares of `size` px, `cols` wide, starting at `origin`.
#[derive(Clone, Debug, PartialEq)]
pub struct WaffleGrid {
    pub origin: (f64, f64),
    pub size: f64,
    pub step: f64,
    pub cols: usize,
    pub cells: usize,
    /// What one square stands for.
    pub unit: f64,
    /// The final owner of each cell (`None`: the rest of the whole).
    pub owner: Vec<Option<usize>>,
    /// Legend rows (top, bottom) per item, for taps.
    pub legend: Vec<(f64, f64)>,
    /// Legend swatches (x, y, size) per item.
    pub swatches: Vec<(f64, f64, f64)>,
}

/// Kind-specific geometry of the marks.
#[derive(Clone, Debug, PartialEq)]
pub enum Geom {
    /// Vertical bars: x in slots (item i spans i..i+1), y in values.
    Columns {
        n: usize,
        bar_frac: f64,
        base_y: f64,
    },
    /// Horizontal bars from a zero line: x in values, y in pixels.
    Rows {
        rows: Vec<Row>,
        zero_x: f64,
        zero_line: bool,
    },
    Gauges {
        cells: Vec<GaugeCell>,
        whole: f64,
    },
    Waffle(WaffleGrid),
    /// A scale of `whole` places from `x0` to `x1` per row.
    Rank {
        rows: Vec<Row>,
        whole: u32,
        x0: f64,
        x1: f64,
    },
    Big {
        rows: Vec<Row>,
    },
}

/// The logical ranges of plotters' `Cartesian2d` over the whole canvas, for drawing the
/// marks and, through `into_coord_trans`, for mapping a pointer back to them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl Frame {
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

/// A chart laid out for one viewport.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The kind as drawn (vertical bars that got too thin are drawn as rows).
    pub kind: ChartKind,
    pub lang: Lang,
    pub viewport: Viewport,
    /// Device pixels.
    pub width: u32,
    pub height: u32,
    pub frame: Frame,
    pub texts: Vec<TextBox>,
    pub geom: Geom,
    /// Scale of marks: pixels per unit of value where it applies.
    pub scale: f64,
    /// `u`: the root font size in device pixels.
    pub unit: f64,
    pub items: usize,
}

impl Layout {
    /// Where a tooltip for item `i` points, in CSS pixels from the canvas's top left.
    pub fn anchor(&self, i: usize) -> Option<(f64, f64)> {
        let dpr = self.viewport.dpr;
        let p = match &self.geom {
            Geom::Columns { .. } | Geom::Rows { .. } | Geom::Rank { .. } | Geom::Big { .. } => {
                // Top of the item's figure.
                let t = self.texts.iter().find(|t| {
                    t.item == Some(i) && matches!(t.role, TextRole::Value | TextRole::Big)
                })?;
                let r = t.rect();
                ((r.0 + r.2) / 2.0, r.1)
            }
            Geom::Gauges { cells, .. } => {
                let c = cells.get(i)?;
                (c.cx, c.cy - c.r_out)
            }
            Geom::Waffle(g) => {
                let k = g.owner.iter().position(|o| *o == Some(i));
                match k {
                    Some(k) => {
                        let (col, row) = (k % g.cols, k / g.cols);
                        (
                            g.origin.0 + col as f64 * g.step + g.size / 2.0,
                            g.origin.1 + row as f64 * g.step,
                        )
                    }
                    None => {
                        let s = g.swatches.get(i)?;
                        (s.0 + s.2 / 2.0, s.1)
                    }
                }
            }
        };
        Some((p.0 / dpr, p.1 / dpr))
    }
}

/// Shared layout state for one chart and viewport.
pub(crate) struct Ctx<'a> {
    pub chart: &'a ChartData,
    pub m: &'a dyn TextMeasure,
    pub vp: Viewport,
    pub width: u32,
    pub height: u32,
    pub w: f64,
    pub h: f64,
    pub dpr: f64,
    /// Root font size in device pixels.
    pub u: f64,
    pub label: Font,
    pub value: Font,
    pub small: Font,
    /// Outer padding and the usual gap.
    pub pad: f64,
    pub gap: f64,
}

impl<'a> Ctx<'a> {
    fn new(chart: &'a ChartData, vp: Viewport, m: &'a dyn TextMeasure) -> Ctx<'a> {
        let (width, height) = vp.device_size();
        let u = vp.font_px * vp.dpr;
        let lang = chart.lang;
        Ctx {
            chart,
            m,
            vp,
            width,
            height,
            w: f64::from(width),
            h: f64::from(height),
            dpr: vp.dpr,
            u,
            label: Font {
                px: (0.875 * u).round(),
                bold: false,
                lang,
            },
            value: Font {
                px: u.round(),
                bold: true,
                lang,
            },
            small: Font {
                px: (0.75 * u).round(),
                bold: false,
                lang,
            },
            pad: (0.25 * u).max(2.0 * vp.dpr).round(),
            gap: (0.375 * u).round(),
        }
    }

    pub fn measure(&self, text: &str, font: &Font) -> f64 {
        self.m.width(text, font)
    }

    /// Wraps to `max`, balancing the lines.
    pub fn wrap(&self, text: &str, max: f64, font: &Font) -> Wrapped {
        wrap_balanced(text, max, font, self.m)
    }

    pub fn text(
        &self,
        text: &str,
        x: f64,
        y: f64,
        font: Font,
        align: Align,
        role: TextRole,
    ) -> TextBox {
        TextBox {
            text: text.to_string(),
            x,
            y,
            w: self.measure(text, &font),
            font,
            align,
            role,
            item: None,
            count_up: false,
        }
    }

    /// Lines of item `item`'s wrapped text, aligned at `x`, from `y` down.
    #[allow(clippy::too_many_arguments)]
    pub fn lines(
        &self,
        wrapped: &Wrapped,
        x: f64,
        y: f64,
        font: Font,
        align: Align,
        role: TextRole,
        item: Option<usize>,
    ) -> Vec<TextBox> {
        wrapped
            .lines
            .iter()
            .enumerate()
            .map(|(k, l)| TextBox {
                item,
                ..self.text(l, x, y + k as f64 * font.line_height(), font, align, role)
            })
            .collect()
    }

    /// Labels that do not fit at any height.
    pub fn no_fit(&self) -> ChartError {
        ChartError::DoesNotFit {
            chart: self.chart.id.clone(),
            need_css_height: f64::INFINITY,
        }
    }

    /// Labels that would fit in `need` device pixels of height.
    pub fn need(&self, need: f64) -> ChartError {
        ChartError::DoesNotFit {
            chart: self.chart.id.clone(),
            need_css_height: (need / self.dpr).ceil(),
        }
    }

    /// Stacks blocks of the given heights from the top with `gap` between them, centred in
    /// the height left over (at most a third of it above); `Err` with the height needed.
    pub fn stack(&self, heights: &[f64], gap: f64) -> Result<Vec<f64>, ChartError> {
        let total: f64 = heights.iter().sum::<f64>() + gap * heights.len().saturating_sub(1) as f64;
        let room = self.h - 2.0 * self.pad;
        if total > room {
            return Err(self.need(total + 2.0 * self.pad));
        }
        let mut y = self.pad + ((room - total) / 3.0).floor();
        Ok(heights
            .iter()
            .map(|h| {
                let top = y;
                y += h + gap;
                top
            })
            .collect())
    }

    pub fn layout(
        &self,
        kind: ChartKind,
        frame: Frame,
        texts: Vec<TextBox>,
        geom: Geom,
        scale: f64,
    ) -> Layout {
        Layout {
            kind,
            lang: self.chart.lang,
            viewport: self.vp,
            width: self.width,
            height: self.height,
            frame,
            texts,
            geom,
            scale,
            unit: self.u,
            items: self.chart.items.len(),
        }
    }
}

/// Lays a chart out for a viewport: checks the description, measures and places every text.
/// Cache the result per viewport and language (see `engine::ChartState`); frames only draw.
pub fn layout(chart: &ChartData, vp: &Viewport, m: &dyn TextMeasure) -> Result<Layout, ChartError> {
    validate(chart)?;
    vp.check()?;
    let ctx = Ctx::new(chart, *vp, m);
    match chart.kind {
        ChartKind::Bars => bars::layout(&ctx),
        ChartKind::Hbars => hbars::layout(&ctx),
        ChartKind::Growth => growth::layout(&ctx),
        ChartKind::Gauge => gauge::layout(&ctx),
        ChartKind::Waffle => waffle::layout(&ctx),
        ChartKind::Rank => rank::layout(&ctx),
        ChartKind::BigNumber => big_number::layout(&ctx),
    }
}

/// The value a mark starts from when it first appears: zero, or for a rank the last place.
pub fn baseline(chart: &ChartData) -> f64 {
    match chart.kind {
        ChartKind::Rank => chart.whole.unwrap_or(0.0),
        _ => 0.0,
    }
}
