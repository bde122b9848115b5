//! The link previews' cards (Open Graph images, 1200×630): the page's (eyebrow, headline,
//! key figures, credit) and a chart page's (its title and the chart). Laid out as the share
//! cards are (`card.rs`), painted natively at build time (`og_image.rs`).

use super::card::{lines, Card, Ink};
use crate::charts::measure::{Font, TextMeasure};
use crate::charts::wrap::wrap;
use crate::lang::Lang;

/// What goes on the page's link preview.
#[derive(Clone, Debug)]
pub struct PreviewText<'a> {
    pub lang: Lang,
    /// The publisher and the year.
    pub eyebrow: &'a str,
    pub title: &'a str,
    /// The key figures: (figure, label).
    pub figures: &'a [(String, String)],
    /// The story's credit line.
    pub credit: &'a str,
}

/// The Open Graph image's size (Facebook, X, LinkedIn, WeChat: 1.91:1).
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// Lays out the link preview: the eyebrow, the headline, then up to four key figures in a
/// band of boxes, the credit at the bottom.
pub fn preview_card(t: &PreviewText, m: &dyn TextMeasure) -> Card {
    let (w, h) = (f64::from(PREVIEW_SIZE.0), f64::from(PREVIEW_SIZE.1));
    let pad = 64.0;
    let inner = w - 2.0 * pad;
    let font = |px: f64, bold: bool| Font {
        px,
        bold,
        lang: t.lang,
    };
    let mut texts = Vec::new();
    let mut bars = vec![((0.0, 0.0, 16.0, h), Ink::Accent)];
    let mut y = 52.0;
    y = lines(
        &mut texts,
        t.eyebrow,
        font(30.0, true),
        Ink::Accent,
        pad,
        y,
        inner,
        1,
        m,
    ) + 10.0;
    // The headline as large as fits above the figures: two lines, or three smaller ones.
    let room = 270.0 - y;
    let mut px = 64.0;
    while px > 30.0 {
        let n = wrap(t.title, inner, &font(px, true), m).lines.len();
        if n <= 3 && n as f64 * font(px, true).line_height() <= room && (n <= 2 || px <= 44.0) {
            break;
        }
        px -= 2.0;
    }
    lines(
        &mut texts,
        t.title,
        font(px, true),
        Ink::Text,
        pad,
        y,
        inner,
        3,
        m,
    );
    // Key figures: equal boxes in one row, figure above label, at the same place whatever
    // the headline's size.
    let n = t.figures.len().clamp(1, 4);
    let gap = 20.0;
    let box_w = (inner - gap * (n as f64 - 1.0)) / n as f64;
    let box_top = 286.0;
    let box_h = 250.0;
    for (i, (figure, label)) in t.figures.iter().take(n).enumerate() {
        let x = pad + i as f64 * (box_w + gap);
        bars.push(((x, box_top, box_w, box_h), Ink::Accent));
        let text_w = box_w - 40.0;
        // As large as fits: one line if it can, else two (an English figure with its gloss),
        // never parting the number from its unit.
        let fits = |px: f64, n: usize| {
            let w = wrap(figure, text_w, &font(px, true), m);
            w.lines.len() <= n && !w.broke_word && !w.parted
        };
        let mut fpx = 60.0;
        while fpx > 44.0 && !fits(fpx, 1) {
            fpx -= 2.0;
        }
        while fpx > 24.0 && !fits(fpx, 2) {
            fpx -= 2.0;
        }
        let fy = lines(
            &mut texts,
            figure,
            font(fpx, true),
            Ink::OnAccent,
            x + 20.0,
            box_top + 20.0,
            text_w,
            2,
            m,
        );
        // The label in what is left of the box, smaller if it needs to be.
        let room = box_top + box_h - 16.0 - (fy + 8.0);
        let mut lpx = 24.0;
        while lpx > 16.0
            && wrap(label, text_w, &font(lpx, false), m).lines.len() as f64
                * font(lpx, false).line_height()
                > room
        {
            lpx -= 1.0;
        }
        let max = (room / font(lpx, false).line_height()).floor().max(1.0) as usize;
        lines(
            &mut texts,
            label,
            font(lpx, false),
            Ink::OnAccent,
            x + 20.0,
            fy + 8.0,
            text_w,
            max,
            m,
        );
    }
    lines(
        &mut texts,
        t.credit,
        font(26.0, false),
        Ink::Muted,
        pad,
        h - 64.0,
        inner,
        1,
        m,
    );
    Card {
        width: PREVIEW_SIZE.0,
        height: PREVIEW_SIZE.1,
        bars,
        chart: None,
        texts,
    }
}

/// What goes on a chart page's link preview.
#[derive(Clone, Debug)]
pub struct ChartPreviewText<'a> {
    pub lang: Lang,
    /// The story's name.
    pub eyebrow: &'a str,
    /// The chart's title.
    pub title: &'a str,
    /// The figure the chart is about (see [`headline_figure`]); may be empty.
    pub figure: &'a str,
    pub credit: &'a str,
}

/// Lays out a chart page's link preview (1200×630): the story's name, the chart's title and
/// figure in a column on the left, the credit under them, and the chart's box on the right
/// (`Card::chart`; the painter draws the chart laid out for that box).
pub fn chart_preview_card(t: &ChartPreviewText, m: &dyn TextMeasure) -> Card {
    let (w, h) = (f64::from(PREVIEW_SIZE.0), f64::from(PREVIEW_SIZE.1));
    let pad = 64.0;
    let column = 420.0;
    let font = |px: f64, bold: bool| Font {
        px,
        bold,
        lang: t.lang,
    };
    let mut texts = Vec::new();
    let mut y = 52.0;
    y = lines(
        &mut texts,
        t.eyebrow,
        font(26.0, true),
        Ink::Accent,
        pad,
        y,
        column,
        2,
        m,
    ) + 12.0;
    // The title as large as fits in four lines.
    let mut px = 52.0;
    while px > 30.0 && wrap(t.title, column, &font(px, true), m).lines.len() > 4 {
        px -= 2.0;
    }
    y = lines(
        &mut texts,
        t.title,
        font(px, true),
        Ink::Text,
        pad,
        y,
        column,
        4,
        m,
    ) + 16.0;
    lines(
        &mut texts,
        t.figure,
        font(32.0, true),
        Ink::Accent,
        pad,
        y,
        column,
        3,
        m,
    );
    lines(
        &mut texts,
        t.credit,
        font(22.0, false),
        Ink::Muted,
        pad,
        h - 60.0,
        column,
        1,
        m,
    );
    let left = pad + column + 48.0;
    Card {
        width: PREVIEW_SIZE.0,
        height: PREVIEW_SIZE.1,
        bars: vec![((0.0, 0.0, 16.0, h), Ink::Accent)],
        chart: Some((left, 48.0, w - left - 40.0, h - 96.0)),
        texts,
    }
}
