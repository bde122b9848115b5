//! The link preview image (Open Graph, 1200×630 PNG), painted at build time with plotters'
//! bitmap backend and its `ab_glyph` text, in Noto Sans CJK (see `font.rs`). Native only.

use std::sync::Once;

use ab_glyph::{Font as _, ScaleFont};
use plotters::prelude::*;
use plotters::style::{register_font, FontStyle};

use super::card::{preview_card, Card, Ink, PreviewText};
use super::font::{scale, CardFonts, GlyphMeasure};
use crate::lang::Lang;
use crate::model::story;

/// The cards' colours: the page's light theme.
pub fn ink(i: Ink) -> RGBColor {
    match i {
        Ink::Text => RGBColor(0x1b, 0x1b, 0x19),
        Ink::Accent => RGBColor(0x0b, 0x6b, 0x4f),
        Ink::Muted => RGBColor(0x59, 0x59, 0x54),
        Ink::OnAccent => RGBColor(0xff, 0xff, 0xff),
    }
}

/// The cards' background.
pub const PAPER: RGBColor = RGBColor(0xf6, 0xf5, 0xf1);

/// The file name of a language's preview image, beside its page.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHant => "og-zh-hant.png",
        Lang::ZhHans => "og-zh-hans.png",
        Lang::En => "og-en.png",
    }
}

/// The preview's texts for a language, from the story's data.
pub fn preview_figures(lang: Lang) -> Vec<(String, String)> {
    let s = story();
    s.key_figures().into_iter().take(4).map(|m| (s.format(m, lang), m.label.get(lang).to_owned())).collect()
}

/// The preview's `alt` text: the headline and the figures.
pub fn alt_text(lang: Lang) -> String {
    let figures: Vec<String> = preview_figures(lang).into_iter().map(|(f, l)| format!("{l} {f}")).collect();
    let (colon, sep) = if lang == Lang::En { (": ", "; ") } else { ("：", "；") };
    format!("{}{colon}{}", story().title.get(lang), figures.join(sep))
}

/// Lays out and paints the preview of `lang`; returns the PNG.
pub fn preview_png(fonts: CardFonts) -> Result<Vec<u8>, String> {
    let lang = fonts.lang;
    let s = story();
    let eyebrow = format!("{} · {}", s.meta.publisher.get(lang), s.meta.story_year);
    let figures = preview_figures(lang);
    let text = PreviewText { lang, eyebrow: &eyebrow, title: s.title.get(lang), figures: &figures, credit: s.meta.credit.get(lang) };
    let card = preview_card(&text, &GlyphMeasure(fonts));
    paint_png(&card, fonts)
}

fn registered(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHant => "luyuan-card-tc",
        Lang::ZhHans => "luyuan-card-sc",
        Lang::En => "luyuan-card-en",
    }
}

/// Paints `card` (texts, bars; no chart image) on a bitmap and encodes it as PNG.
pub fn paint_png(card: &Card, fonts: CardFonts) -> Result<Vec<u8>, String> {
    static TC: Once = Once::new();
    static SC: Once = Once::new();
    static EN: Once = Once::new();
    let once = match fonts.lang {
        Lang::ZhHant => &TC,
        Lang::ZhHans => &SC,
        Lang::En => &EN,
    };
    let mut failed = false;
    once.call_once(|| {
        let name = registered(fonts.lang);
        failed = register_font(name, FontStyle::Normal, fonts.regular).is_err()
            || register_font(name, FontStyle::Bold, fonts.bold).is_err();
    });
    if failed {
        return Err("the card font does not load".into());
    }
    let (w, h) = (card.width, card.height);
    let mut rgb = vec![0u8; (w * h * 3) as usize];
    {
        let area = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        let e = |e: plotters::drawing::DrawingAreaErrorKind<_>| e.to_string();
        area.fill(&PAPER).map_err(e)?;
        for ((x, y, bw, bh), i) in &card.bars {
            let a = (x.round() as i32, y.round() as i32);
            let b = ((x + bw).round() as i32, (y + bh).round() as i32);
            area.draw(&Rectangle::new([a, b], ink(*i).filled())).map_err(e)?;
        }
        for t in &card.texts {
            let face = fonts.face(t.font.bold);
            let sc = scale(&face, t.font.px);
            let scaled = face.as_scaled(sc);
            // The baseline where CSS would put it: the glyphs' box centred in the line box.
            let (asc, desc) = (f64::from(scaled.ascent()), f64::from(scaled.descent()));
            let baseline = t.y + (t.font.line_height() - (asc - desc)) / 2.0 + asc;
            // plotters' ab_glyph text puts the baseline at y + size / 2.
            let size = f64::from(sc.y);
            let at = (t.x.round() as i32, (baseline - size / 2.0).round() as i32);
            let style = (registered(fonts.lang), size, if t.font.bold { FontStyle::Bold } else { FontStyle::Normal })
                .into_font()
                .color(&ink(t.ink));
            area.draw(&Text::new(t.text.clone(), at, style)).map_err(e)?;
        }
        area.present().map_err(e)?;
    }
    encode_png(&rgb, w, h)
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
        for lang in Lang::ALL {
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
            let figures = preview_figures(lang);
            let t = PreviewText { lang, eyebrow: &eyebrow, title: s.title.get(lang), figures: &figures, credit: s.meta.credit.get(lang) };
            let card = preview_card(&t, &GlyphMeasure(fonts));
            let title = &card.texts[1];
            let (x0, y0) = (title.x as u32, title.y as u32);
            let dark = (0..title.font.line_height() as u32)
                .flat_map(|dy| (0..400).map(move |dx| (x0 + dx, y0 + dy)))
                .filter(|&(x, y)| px(x, y).0 < 100)
                .count();
            assert!(dark > 2000, "{lang:?}: headline ink {dark}");
            assert_eq!(px(600, 20), (0xf6, 0xf5, 0xf1), "paper");
            assert_eq!(px(4, 300), (0x0b, 0x6b, 0x4f), "accent bar");
        }
    }
}
