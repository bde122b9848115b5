//! The link preview image (Open Graph, 1200×630 PNG), painted at build time on plotters'
//! bitmap backend with glyphs from `ab_glyph`, in Noto Sans CJK (see `font.rs`). Native only.

use ab_glyph::{Font as _, ScaleFont};
use plotters::prelude::*;
use plotters_backend::DrawingBackend;

use super::card::{Card, Ink};
use super::font::{scale, CardFonts, GlyphMeasure};
use super::ink::{self, Paper};
use super::preview_card::{preview_card, PreviewText};
use crate::charts::record::{replay, Colour, Shape};
use crate::charts::theme::{Rgb, Theme};
use crate::lang::{Lang, Text};
use crate::model::story;

/// The preview's colours: the page's light theme, on the page's paper.
pub fn ink(i: Ink) -> RGBColor {
    rgb(ink::colour(Theme::Light, Paper::Page, i))
}

/// The preview's background.
pub fn paper() -> RGBColor {
    rgb(ink::paper(Theme::Light, Paper::Page))
}

fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// The file name of a language's preview image, beside its page (`og-zh-hant.png`).
pub fn file_name(lang: Lang) -> String {
    format!("og-{}.png", lang.tag().to_ascii_lowercase())
}

/// The file name of a chart page's preview image, beside the page (`og-chart-<id>-en.png`
/// for `chart-<id>-en.html`).
pub fn chart_file_name(lang: Lang, chart_id: &str) -> String {
    let page = lang.chart_page(chart_id);
    format!("og-{}.png", page.trim_end_matches(".html"))
}

/// The preview's texts for a language, from the story's data.
pub fn preview_figures(lang: Lang) -> Vec<(String, String)> {
    figures_labelled(lang, Text::get)
}

/// The key figures with their labels as `label` gives them: the card wraps them with the
/// data's break marks ([`Text::marked`]), every other text is without.
fn figures_labelled(lang: Lang, label: fn(&Text, Lang) -> &str) -> Vec<(String, String)> {
    let s = story();
    s.key_figures()
        .into_iter()
        .take(4)
        .map(|m| (s.format(m, lang), label(&m.label, lang).to_owned()))
        .collect()
}

/// The preview's `alt` text: the headline and the figures.
pub fn alt_text(lang: Lang) -> String {
    let figures: Vec<String> = preview_figures(lang)
        .into_iter()
        .map(|(f, l)| format!("{l} {f}"))
        .collect();
    let p = &lang.locale().punct;
    let (colon, sep) = (p.colon, p.semicolon);
    format!("{}{colon}{}", story().title.get(lang), figures.join(sep))
}

/// Lays out and paints the preview of `lang`; returns the PNG.
pub fn preview_png(fonts: CardFonts) -> Result<Vec<u8>, String> {
    let lang = fonts.lang;
    let s = story();
    let eyebrow = format!("{} · {}", s.meta.publisher.get(lang), s.meta.story_year);
    let figures = figures_labelled(lang, Text::marked);
    let text = PreviewText {
        lang,
        eyebrow: &eyebrow,
        title: s.title.marked(lang),
        figures: &figures,
        credit: s.meta.credit.get(lang),
    };
    let card = preview_card(&text, &GlyphMeasure(fonts));
    paint_png(&card, fonts)
}

/// Paints `card` (texts, bars; no chart image) on a bitmap and encodes it as PNG.
pub fn paint_png(card: &Card, fonts: CardFonts) -> Result<Vec<u8>, String> {
    paint_card_png(card, fonts, &[])
}

/// A chart's link preview (a chart page's `og:image`): `card` (`preview_card::chart_preview_card`)
/// with `chart`, the kit's drawing of the chart at rest laid out for `card.chart`'s box (in
/// that box's pixels, `charts::record`), in the page's light theme.
pub fn chart_preview_png(
    card: &Card,
    chart: &[(Shape, Colour)],
    fonts: CardFonts,
) -> Result<Vec<u8>, String> {
    let (x, y, _, _) = card
        .chart
        .ok_or("a chart preview's card has no chart box")?;
    let (dx, dy) = (x.round() as i32, y.round() as i32);
    let placed: Vec<(Shape, Colour)> = chart
        .iter()
        .map(|(shape, c)| (moved(shape, dx, dy), *c))
        .collect();
    paint_card_png(card, fonts, &placed)
}

/// `shape` moved by `(dx, dy)` pixels.
fn moved(shape: &Shape, dx: i32, dy: i32) -> Shape {
    let mut s = shape.clone();
    let at = |p: &mut (i32, i32)| *p = (p.0 + dx, p.1 + dy);
    match &mut s {
        Shape::Rect { x, y, .. } | Shape::Text { x, y, .. } => {
            *x += dx;
            *y += dy;
        }
        Shape::Polygon { points } | Shape::Path { points, .. } => points.iter_mut().for_each(at),
        Shape::Circle { c, .. } => at(c),
    }
    s
}

/// Paints `card`'s bars and texts, then `shapes` (a chart, already placed), on a bitmap and
/// encodes it as PNG.
///
/// Text: each glyph is outlined by `ab_glyph` at its pen position (advance, kerning, side
/// bearing) and its coverage blended into the bitmap through the backend's `draw_pixel`.
/// (plotters' own `ab_glyph` text drops the side bearings, which leaves uneven gaps between
/// Chinese characters and eats the spaces between English words.)
fn paint_card_png(
    card: &Card,
    fonts: CardFonts,
    shapes: &[(Shape, Colour)],
) -> Result<Vec<u8>, String> {
    let (w, h) = (card.width, card.height);
    let mut rgb = vec![0u8; (w * h * 3) as usize];
    {
        let mut backend = BitMapBackend::with_buffer(&mut rgb, (w, h));
        let e = |e: plotters_backend::DrawingErrorKind<_>| e.to_string();
        backend
            .draw_rect((0, 0), (w as i32, h as i32), &paper(), true)
            .map_err(e)?;
        for ((x, y, bw, bh), i) in &card.bars {
            let a = (x.round() as i32, y.round() as i32);
            let b = ((x + bw).round() as i32 - 1, (y + bh).round() as i32 - 1);
            backend.draw_rect(a, b, &ink(*i), true).map_err(e)?;
        }
        for t in &card.texts {
            let face = fonts.face(t.font.bold);
            let scaled = face.as_scaled(scale(&face, t.font.px));
            // The baseline where CSS would put it: the glyphs' box centred in the line box.
            let (asc, desc) = (f64::from(scaled.ascent()), f64::from(scaled.descent()));
            let baseline = t.y + (t.font.line_height() - (asc - desc)) / 2.0 + asc;
            let colour = ink(t.ink);
            glyphs(
                &mut backend,
                fonts,
                &t.text,
                t.font.px,
                t.font.bold,
                t.x,
                baseline,
                &colour,
            )
            .map_err(e)?;
        }
        for (shape, (r, g, b, a)) in shapes {
            let colour = RGBColor(*r, *g, *b).mix(f64::from(*a) / 1000.0);
            match shape {
                Shape::Text {
                    text,
                    x,
                    y,
                    size,
                    bold,
                    anchor,
                    ..
                } => {
                    // The kit's anchor and baseline (`charts::measure::baseline`).
                    let width = advance(fonts, text, *size, *bold);
                    let x = f64::from(*x)
                        - match *anchor {
                            "middle" => width / 2.0,
                            "end" => width,
                            _ => 0.0,
                        };
                    let baseline = crate::charts::measure::baseline(*y, *size);
                    glyphs(
                        &mut backend,
                        fonts,
                        text,
                        *size,
                        *bold,
                        x,
                        baseline,
                        &colour,
                    )
                    .map_err(e)?;
                }
                _ => replay(&mut backend, &(shape.clone(), (*r, *g, *b, *a))).map_err(e)?,
            }
        }
        backend.present().map_err(e)?;
    }
    encode_png(&rgb, w, h)
}

/// The advance width of `text` in the card's face.
fn advance(fonts: CardFonts, text: &str, px: f64, bold: bool) -> f64 {
    let face = fonts.face(bold);
    let scaled = face.as_scaled(scale(&face, px));
    let mut prev = None;
    let mut pen = 0.0f32;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            pen += scaled.kern(p, id);
        }
        prev = Some(id);
        pen += scaled.h_advance(id);
    }
    f64::from(pen)
}

/// Paints `text` from `x` on `baseline`.
#[allow(clippy::too_many_arguments)]
fn glyphs<DB: DrawingBackend>(
    backend: &mut DB,
    fonts: CardFonts,
    text: &str,
    px: f64,
    bold: bool,
    x: f64,
    baseline: f64,
    colour: &impl Color,
) -> Result<(), plotters_backend::DrawingErrorKind<DB::ErrorType>> {
    let face = fonts.face(bold);
    let scaled = face.as_scaled(scale(&face, px));
    let mut pen = x as f32;
    let mut prev = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = prev {
            pen += scaled.kern(p, id);
        }
        prev = Some(id);
        let glyph =
            id.with_scale_and_position(scaled.scale(), ab_glyph::point(pen, baseline as f32));
        pen += scaled.h_advance(id);
        let Some(outline) = face.outline_glyph(glyph) else {
            continue;
        };
        let min = outline.px_bounds().min;
        let mut result = Ok(());
        outline.draw(|gx, gy, coverage| {
            if coverage > 0.0 && result.is_ok() {
                let at = (min.x as i32 + gx as i32, min.y as i32 + gy as i32);
                let c = colour.to_backend_color();
                let alpha = c.alpha * f64::from(coverage.min(1.0));
                result =
                    backend.draw_pixel(at, plotters_backend::BackendColor { alpha, rgb: c.rgb });
            }
        });
        result?;
    }
    Ok(())
}

/// RGB pixels to a PNG file.
pub fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::High);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(rgb).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_are_1200_by_630_pngs_with_ink_where_the_texts_are() {
        let dir = std::path::Path::new(super::super::font::FONT_DIR);
        if !dir.join("NotoSansCJK-Bold.ttc").exists() {
            eprintln!("skipped: fonts-noto-cjk is not installed");
            return;
        }
        for &lang in Lang::published() {
            let fonts = CardFonts::load(dir, lang).unwrap();
            let png_bytes = preview_png(fonts).unwrap();
            let decoder = png::Decoder::new(std::io::Cursor::new(&png_bytes));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut buf).unwrap();
            assert_eq!((info.width, info.height), (1200, 630));
            let px = |x: u32, y: u32| {
                let i = ((y * 1200 + x) * 3) as usize;
                (buf[i], buf[i + 1], buf[i + 2])
            };
            // The headline's first line is dark ink on paper.
            let s = story();
            let eyebrow = format!("{} · {}", s.meta.publisher.get(lang), s.meta.story_year);
            let figures = figures_labelled(lang, Text::marked);
            let t = PreviewText {
                lang,
                eyebrow: &eyebrow,
                title: s.title.marked(lang),
                figures: &figures,
                credit: s.meta.credit.get(lang),
            };
            let card = preview_card(&t, &GlyphMeasure(fonts));
            let title = &card.texts[1];
            let (x0, y0) = (title.x as u32, title.y as u32);
            let dark = (0..title.font.line_height() as u32)
                .flat_map(|dy| (0..400).map(move |dx| (x0 + dx, y0 + dy)))
                .filter(|&(x, y)| px(x, y).0 < 100)
                .count();
            assert!(dark > 2000, "{lang:?}: headline ink {dark}");
            let page = crate::colours::PageColours::story(crate::charts::theme::Theme::Light);
            let rgb = |c: crate::charts::theme::Rgb| (c.0, c.1, c.2);
            assert_eq!(px(600, 20), rgb(page.bg), "paper");
            assert_eq!(px(4, 300), rgb(page.accent), "the story's accent bar");
        }
    }
}
