//! Drawing the rows of bars (`rows.rs` lays them out): tracks, bars, the zero line and the
//! reference line, broken round any text in its way.

use plotters_backend::DrawingBackend;

use super::rows::BarRows;
use super::{Hit, Layout, Marks};
use crate::charts::marks::{bar, outline, px_rect, Surface};
use crate::charts::placed::TextBox;
use crate::charts::spec::ChartError;

impl Marks for BarRows {
    /// The tracks' rest, then bars from zero to each current value (x in values, y in pixels),
    /// negative values in the second colour; the zero line (growth); the reference line.
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError> {
        let (plot, paint, pal) = (s.plot, s.paint, s.pal);
        let zero_x = self.zero_x;
        let thin = layout.viewport.dpr.round().max(1.0);
        for (i, (row, v)) in self.rows.iter().zip(paint.values).enumerate() {
            // The track is the part of the whole the bar leaves: never under the bar, where
            // a colour that is not opaque (a system colour in an image) would mix with it.
            if let Some(whole) = self.track {
                let from = v.clamp(0.0, whole);
                if from < whole {
                    bar(plot, (from, row.y0), (whole, row.y1), pal.track)?;
                }
            }
            let base = if *v < 0.0 {
                pal.negative()
            } else {
                pal.accent()
            };
            let color = paint.mark(pal, i, base);
            if *v != 0.0 {
                bar(plot, (0.0, row.y0), (*v, row.y1), color)?;
            }
            if paint.active == Some(i) {
                let end = zero_x + v * layout.scale;
                let r = (
                    zero_x.min(end),
                    row.y0,
                    zero_x.max(end).max(zero_x + 1.0),
                    row.y1,
                );
                outline(plot, r, layout.viewport.dpr * 2.0, pal.text)?;
            }
        }
        if self.zero_line {
            // Across each row's bar only, so it never crosses a label.
            let x = zero_x.round() - (thin / 2.0).floor();
            let over = (0.12 * layout.unit).round();
            for r in &self.rows {
                px_rect(plot, (x, r.y0 - over, x + thin, r.y1 + over), pal.text)?;
            }
        }
        if let Some(l) = &self.line {
            // From its name to the first bar, then across each bar's band, broken where a
            // label or figure is in the way; twice as thick as a hairline.
            let x = (zero_x + l.value * layout.scale).round() - thin;
            let over = (0.2 * layout.unit).round();
            for (k, r) in self.rows.iter().enumerate() {
                let from = if k == 0 { l.y0 } else { r.y0 - over };
                for (y0, y1) in clear_of_text(
                    &layout.texts,
                    (x, x + 2.0 * thin),
                    (from, r.y1 + over),
                    over,
                ) {
                    px_rect(plot, (x, y0, x + 2.0 * thin, y1), pal.text)?;
                }
            }
        }
        Ok(())
    }

    /// y in pixels: the row's band.
    fn hit(&self, _x: f64, _y: f64) -> Hit<'_> {
        Hit::Rows(&self.rows)
    }
}

/// The parts of a vertical run from `y0` to `y1` between `x0` and `x1` that cross no
/// text's glyphs, keeping `margin` from them.
fn clear_of_text(
    texts: &[TextBox],
    (x0, x1): (f64, f64),
    (y0, y1): (f64, f64),
    margin: f64,
) -> Vec<(f64, f64)> {
    let mut blocked: Vec<(f64, f64)> = texts
        .iter()
        .map(TextBox::glyph_rect)
        .filter(|g| g.0 < x1 && g.2 > x0 && g.1 < y1 && g.3 > y0)
        .map(|g| ((g.1 - margin).floor(), (g.3 + margin).ceil()))
        .collect();
    blocked.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut parts = Vec::new();
    let mut at = y0;
    for (b0, b1) in blocked {
        if b0 > at {
            parts.push((at, b0.min(y1)));
        }
        at = at.max(b1);
    }
    if at < y1 {
        parts.push((at, y1));
    }
    parts.retain(|(a, b)| b - a >= 1.0);
    parts
}
