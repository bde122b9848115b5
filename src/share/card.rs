//! Share cards as layouts: every text measured, wrapped and placed, every box placed, so
//! that a painter only fills rectangles, draws text at a point and draws the chart's image.
//! Two cards: a chart as a picture (width 1080, as tall as the chart needs; painted on a
//! canvas in the browser, `web.rs`) and the page's link preview (1200×630, Open Graph;
//! painted natively at build time, `og_image.rs`). Pure, so native tests check the layout.

use crate::charts::measure::{Font, TextMeasure};
use crate::charts::spec::ChartData;
use crate::charts::wrap::wrap;
use crate::lang::{unmarked, Lang};

/// What a text is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Text,
    Accent,
    Muted,
    /// On the accent colour (the key figures' band).
    OnAccent,
}

/// One line of text: `(x, y)` is the top left of its line box (px).
#[derive(Clone, Debug, PartialEq)]
pub struct CardText {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub font: Font,
    pub ink: Ink,
}

/// A rectangle `(x, y, w, h)` in px.
pub type Rect = (f64, f64, f64, f64);

/// A card, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub width: u32,
    pub height: u32,
    /// Filled rectangles (accent bars, figure boxes), under the texts.
    pub bars: Vec<(Rect, Ink)>,
    /// Where the chart's image goes (chart cards only), its aspect ratio kept.
    pub chart: Option<Rect>,
    pub texts: Vec<CardText>,
}

/// The width of a chart card: sharp on phones and what messaging apps show at full size.
pub const CHART_CARD_WIDTH: u32 = 1080;
/// The card's margin (px).
pub const PAD: f64 = 60.0;

/// What goes on a chart's card (all in the page's language).
#[derive(Clone, Debug)]
pub struct ChartCardText<'a> {
    pub lang: Lang,
    /// The story's name, at the top.
    pub site: &'a str,
    pub title: &'a str,
    /// The figure the chart is about (see [`headline_figure`]).
    pub figure: &'a str,
    /// The chart's note, with the story's credit.
    pub credit: &'a str,
    /// The shared link, printed at the bottom.
    pub link: &'a str,
}

/// The file name of a chart's picture: the story's slug and the chart's id
/// (`{slug}-{chart}.png`).
pub fn picture_name(slug: &str, chart_id: &str) -> String {
    format!("{slug}-{chart_id}.png")
}

/// Lays out a chart's card for a chart image of `chart_w × chart_h` px.
pub fn chart_card(t: &ChartCardText, chart_w: f64, chart_h: f64, m: &dyn TextMeasure) -> Card {
    let width = f64::from(CHART_CARD_WIDTH);
    let inner = width - 2.0 * PAD;
    let mut texts = Vec::new();
    let mut y = PAD;
    let font = |px: f64, bold: bool| Font {
        px,
        bold,
        lang: t.lang,
    };
    y = lines(
        &mut texts,
        t.site,
        font(30.0, true),
        Ink::Accent,
        PAD,
        y,
        inner,
        1,
        m,
    ) + 16.0;
    y = lines(
        &mut texts,
        t.title,
        font(46.0, true),
        Ink::Text,
        PAD,
        y,
        inner,
        3,
        m,
    ) + 8.0;
    if !t.figure.is_empty() {
        // Large when it is one figure on a line, smaller when the step is about several.
        let one_line = wrap(t.figure, inner, &font(58.0, true), m).lines.len() == 1;
        let (px, max) = if one_line { (58.0, 1) } else { (40.0, 3) };
        y = lines(
            &mut texts,
            t.figure,
            font(px, true),
            Ink::Accent,
            PAD,
            y,
            inner,
            max,
            m,
        ) + 8.0;
    }
    y += 24.0;
    // The chart at the card's inner width, at most 1.25 times as tall as wide (then narrower,
    // centred); a missing image keeps a square.
    let aspect = if chart_w > 0.0 && chart_h > 0.0 && (chart_w / chart_h).is_finite() {
        chart_h / chart_w
    } else {
        1.0
    };
    let (w, h) = if aspect <= 1.25 {
        (inner, inner * aspect)
    } else {
        (inner * 1.25 / aspect, inner * 1.25)
    };
    let chart = (PAD + (inner - w) / 2.0, y, w, h);
    y += h + 32.0;
    y = lines(
        &mut texts,
        t.credit,
        font(28.0, false),
        Ink::Muted,
        PAD,
        y,
        inner,
        3,
        m,
    ) + 4.0;
    y = lines(
        &mut texts,
        t.link,
        font(26.0, false),
        Ink::Muted,
        PAD,
        y,
        inner,
        3,
        m,
    );
    let height = (y + PAD).ceil();
    Card {
        width: CHART_CARD_WIDTH,
        height: height as u32,
        bars: vec![((0.0, 0.0, width, 12.0), Ink::Accent)],
        chart: Some(chart),
        texts,
    }
}

/// The text under a chart's title on its card: the figures the current step is about, else
/// a single-figure chart's figure, else the first two figures (`label figure`); nothing for
/// a chart that is its figure (a big number, a single gauge).
pub fn headline_figure(chart: &ChartData, focus: &[usize]) -> String {
    if crate::charts::kinds::is_one_figure(chart) {
        return String::new();
    }
    let sep = chart.lang.locale().punct.semicolon;
    let item = |i: usize| {
        chart
            .items
            .get(i)
            .map(|d| format!("{} {}", unmarked(&d.label), d.display))
    };
    if chart.items.len() == 1 {
        return chart.items[0].display.clone();
    }
    let picked: Vec<String> = if focus.is_empty() {
        (0..chart.items.len().min(2)).filter_map(item).collect()
    } else {
        focus.iter().take(3).filter_map(|&i| item(i)).collect()
    };
    picked.join(sep)
}

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

/// Wraps `text` into at most `max_lines` lines of `width` from `(x, y)` (the last line cut
/// with an ellipsis if the text is longer); returns the y below the last line.
#[allow(clippy::too_many_arguments)]
fn lines(
    out: &mut Vec<CardText>,
    text: &str,
    font: Font,
    ink: Ink,
    x: f64,
    y: f64,
    width: f64,
    max_lines: usize,
    m: &dyn TextMeasure,
) -> f64 {
    if text.is_empty() {
        return y;
    }
    let mut wrapped = wrap(text, width, &font, m).lines;
    if wrapped.len() > max_lines {
        wrapped.truncate(max_lines);
        let last = wrapped.last_mut().expect("max_lines ≥ 1");
        while !last.is_empty() && m.width(&format!("{last}…"), &font) > width {
            last.pop();
        }
        last.push('…');
    }
    let step = font.line_height();
    let n = wrapped.len();
    for (i, line) in wrapped.into_iter().enumerate() {
        out.push(CardText {
            text: line,
            x,
            y: y + i as f64 * step,
            font,
            ink,
        });
    }
    y + step * n as f64
}
