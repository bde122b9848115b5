//! Share cards as layouts: every text measured, wrapped and placed, every box placed, so
//! that a painter only fills rectangles, draws text at a point and draws the chart's image.
//! The chart as a picture (width 1080, as tall as the chart needs; painted on a canvas in the
//! browser, `web.rs`); the link previews' cards are `preview_card.rs`. Pure, so native tests
//! check the layout.

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

/// Wraps `text` into at most `max_lines` lines of `width` from `(x, y)` (the last line cut
/// with an ellipsis if the text is longer); returns the y below the last line.
#[allow(clippy::too_many_arguments)]
pub(super) fn lines(
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
