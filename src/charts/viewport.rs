//! The box a chart is drawn in: CSS size, device pixel ratio and the page's root font size.

use super::spec::ChartError;

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
