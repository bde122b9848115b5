//! One chart and one viewport while a kind lays it out: sizes in device pixels, the fonts at
//! this layout's type scale, spacing, the chart's own lines (its takeaway above the marks,
//! its reading hint under them) and text placing (measured, wrapped, stacked in the space
//! left between those lines). Every kind's layout starts from a [`Ctx`]; it knows no kind.
//!
//! Units: device pixels throughout (CSS px × DPR), so fonts, strokes and margins scale with
//! the DPR and stay on whole pixels. `u` is the page's root font size in device pixels and
//! `em` the chart's type size (`u` × the type scale the layout searched for, see
//! `layout.rs`): text sizes and spacings are multiples of it, so chart text follows the
//! browser's text zoom and grows to fill a large frame.

use super::measure::{Font, TextMeasure};
use super::placed::{Align, TextBox, TextRole};
use super::spec::{ChartData, ChartError};
use super::viewport::Viewport;
use super::wrap::{wrap_balanced, Wrapped};

/// The smallest text of any chart, in CSS pixels: Chartability's critical floor. Every font
/// a layout sets is at least this, whatever its type scale; a chart whose text does not fit
/// at it wraps or asks for a taller box.
pub const MIN_TEXT_CSS_PX: f64 = 12.0;

/// Shared layout state for one chart, viewport and type scale.
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
    /// The chart's type size: `u` times the type scale.
    pub em: f64,
    pub label: Font,
    pub value: Font,
    pub small: Font,
    /// Outer padding and the usual gap.
    pub pad: f64,
    pub gap: f64,
    /// The space the marks are laid out in, between the takeaway and the hint.
    pub top: f64,
    pub bottom: f64,
    /// The takeaway and the hint, placed.
    pub chrome: Vec<TextBox>,
    /// Whether the hint is set under the marks.
    hint: bool,
}

impl<'a> Ctx<'a> {
    /// The context at type scale `scale` (1: the page's text size).
    pub(crate) fn new(
        chart: &'a ChartData,
        vp: Viewport,
        m: &'a dyn TextMeasure,
        scale: f64,
    ) -> Ctx<'a> {
        let (width, height) = vp.device_size();
        let u = vp.font_px * vp.dpr;
        let em = u * scale;
        let lang = chart.lang;
        let floor = (MIN_TEXT_CSS_PX * vp.dpr).ceil();
        let font = |k: f64, bold: bool| Font {
            px: (k * em).round().max(floor),
            bold,
            lang,
        };
        let mut ctx = Ctx {
            chart,
            m,
            vp,
            width,
            height,
            w: f64::from(width),
            h: f64::from(height),
            dpr: vp.dpr,
            u,
            em,
            label: font(0.875, false),
            value: font(1.0, true),
            small: font(0.75, false),
            pad: (0.25 * u).max(2.0 * vp.dpr).round(),
            gap: (0.375 * em).round(),
            top: 0.0,
            bottom: f64::from(height),
            hint: true,
            chrome: Vec::new(),
        };
        ctx.place_chrome();
        ctx
    }

    /// The takeaway at the top (bold, wrapped) and the hint at the bottom (small, muted);
    /// the marks get what is between.
    fn place_chrome(&mut self) {
        let avail = self.w - 2.0 * self.pad;
        let mut top = self.pad;
        if !self.chart.takeaway.is_empty() {
            let f = Font {
                px: (1.0625 * self.em).round(),
                bold: true,
                lang: self.chart.lang,
            };
            let lines = self.wrap(&self.chart.takeaway, avail, &f);
            let texts = self.lines(
                &lines,
                self.pad,
                top,
                f,
                Align::Left,
                TextRole::Takeaway,
                None,
            );
            top += lines.lines.len() as f64 * f.line_height() + (0.75 * self.em).round();
            self.chrome.extend(texts);
        }
        let mut bottom = self.h - self.pad;
        if self.hint && !self.chart.hint.is_empty() {
            let f = self.small;
            let lines = self.wrap(&self.chart.hint, avail, &f);
            let h = lines.lines.len() as f64 * f.line_height();
            let texts = self.lines(
                &lines,
                self.pad,
                bottom - h,
                f,
                Align::Left,
                TextRole::Muted,
                None,
            );
            bottom -= h + (0.5 * self.em).round();
            self.chrome.extend(texts);
        }
        self.top = top;
        self.bottom = bottom;
    }

    /// The same context with no hint under the marks, its room given to them: for a hint
    /// that is the key to marks the layout does not draw (a wall's symbols on a phone).
    pub(crate) fn without_hint(&self) -> Ctx<'a> {
        let mut ctx = Ctx {
            chrome: Vec::new(),
            top: 0.0,
            bottom: self.h,
            hint: false,
            ..*self
        };
        ctx.place_chrome();
        ctx
    }

    /// The height the marks may take.
    pub fn room(&self) -> f64 {
        self.bottom - self.top
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
            // A text set whole (not wrapped) may still hold the data's break marks.
            text: crate::lang::unmarked(text),
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

    /// Whether the type is at the smallest scale the layout tries: the last chance to fit,
    /// where a kind may cut what it otherwise keeps whole.
    pub fn at_smallest_scale(&self) -> bool {
        self.em / self.u <= super::layout::MIN_SCALE + 1e-6
    }

    /// Labels that do not fit at any height.
    pub fn no_fit(&self) -> ChartError {
        ChartError::DoesNotFit {
            chart: self.chart.id.clone(),
            need_css_height: f64::INFINITY,
        }
    }

    /// Marks that would fit in `need` device pixels of the marks' room.
    pub fn need(&self, need: f64) -> ChartError {
        let chrome = self.h - self.room();
        ChartError::DoesNotFit {
            chart: self.chart.id.clone(),
            need_css_height: ((need + chrome) / self.dpr).ceil(),
        }
    }

    /// Stacks blocks of the given heights down the marks' room with `gap` between them,
    /// centred in the height left over (at most a third of it above); `Err` with the
    /// height needed.
    pub fn stack(&self, heights: &[f64], gap: f64) -> Result<Vec<f64>, ChartError> {
        let total: f64 = heights.iter().sum::<f64>() + gap * heights.len().saturating_sub(1) as f64;
        let room = self.room();
        if total > room {
            return Err(self.need(total));
        }
        let mut y = self.top + ((room - total) / 3.0).floor();
        Ok(heights
            .iter()
            .map(|h| {
                let top = y;
                y += h + gap;
                top
            })
            .collect())
    }
}
