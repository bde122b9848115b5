//! One bar chart drawn on any plotters backend: SVG natively, the canvas in the browser.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub const BAR_COLOR: RGBColor = RGBColor(0x1f, 0x6f, 0x50);

/// Draws one bar per item, heights in proportion to the values, labels under the bars.
/// `scale` multiplies fonts and margins (the device pixel ratio).
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    items: &[(String, f64)],
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = area.dim_in_pixel();
    let font = (14.0 * scale).round();
    let margin = (8.0 * scale) as i32;
    let label_band = (font * 2.4) as i32;
    let max = items.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max).max(f64::EPSILON);
    let n = items.len().max(1) as i32;
    let slot = (w as i32 - 2 * margin) / n;
    let base = h as i32 - label_band;
    let top = (font * 1.6) as i32 + margin;
    let value_style = TextStyle::from(("sans-serif", font).into_font())
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    let label_style = TextStyle::from(("sans-serif", font).into_font())
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (i, (label, value)) in items.iter().enumerate() {
        let x0 = margin + slot * i as i32 + slot / 6;
        let x1 = margin + slot * (i as i32 + 1) - slot / 6;
        let bar = ((base - top) as f64 * value / max).round() as i32;
        area.draw(&Rectangle::new([(x0, base - bar), (x1, base)], BAR_COLOR.filled()))?;
        let cx = (x0 + x1) / 2;
        area.draw_text(&format!("{value}%"), &value_style, (cx, base - bar - margin / 2))?;
        area.draw_text(label, &label_style, (cx, base + margin / 2))?;
    }
    Ok(())
}
