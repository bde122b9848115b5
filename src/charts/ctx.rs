//! One chart and one viewport while a kind lays it out: sizes in device pixels, the three
//! fonts, spacing, and text placing (measured, wrapped, stacked in the box). Every kind's
//! layout starts from a [`Ctx`]; it knows no kind.
//!
//! Units: device pixels throughout (CSS px × DPR), so fonts, strokes and margins scale with
//! the DPR and stay on whole pixels. `u` is the page's root font size in device pixels: all
//! text sizes and spacings are multiples of it, so chart text follows browser text zoom.

use super::measure::{wrap_balanced, Font, TextMeasure, Wrapped};
use super::placed::{Align, TextBox, TextRole};
use super::spec::{ChartData, ChartError};
use super::viewport::Viewport;

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
    pub(crate) fn new(chart: &'a ChartData, vp: Viewport, m: &'a dyn TextMeasure) -> Ctx<'a> {
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
}
