//! A chart as a picture: its card (`share::card`'s layout) painted on a canvas with the
//! chart drawn afresh at the card's width, then shared as a file, downloaded (`send.rs`) or
//! shown for a long press in WeChat (`wechat.rs`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement};

use super::link::{link, tell_host};
use super::{send, status_of, wechat};
use crate::charts::view::reserve;
use crate::charts::{ApproxMeasure, ChartData, Theme, Viewport};
use crate::client::canvas::paint_canvas;
use crate::share::card::{chart_card, headline_figure, Card, ChartCardText, Ink};
use crate::state::{first_steps, StoryState};
use crate::story::chapter::{chart_moment, parts};
use crate::story::charts::chart_data;

/// The colours of a card, from the page's theme (the chart's canvas has the same background).
fn ink(theme: Theme, i: Ink) -> String {
    crate::share::ink::colour(theme, crate::share::ink::Paper::Chart, i).hex()
}

fn new_canvas() -> Option<HtmlCanvasElement> {
    document().create_element("canvas").ok()?.dyn_into().ok()
}

/// Paints a laid-out card, with the chart's canvas drawn into its place.
fn paint(
    card: &Card,
    chart: Option<&HtmlCanvasElement>,
    theme: Theme,
) -> Option<HtmlCanvasElement> {
    let canvas = new_canvas()?;
    canvas.set_width(card.width);
    canvas.set_height(card.height);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_fill_style_str(&crate::share::ink::paper(theme, crate::share::ink::Paper::Chart).hex());
    ctx.fill_rect(0.0, 0.0, f64::from(card.width), f64::from(card.height));
    for ((x, y, w, h), i) in &card.bars {
        ctx.set_fill_style_str(&ink(theme, *i));
        ctx.fill_rect(*x, *y, *w, *h);
    }
    if let (Some((x, y, w, h)), Some(c)) = (card.chart, chart) {
        if c.width() > 0 && c.height() > 0 {
            let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(c, x, y, w, h);
        }
    }
    ctx.set_text_baseline("middle");
    for t in &card.texts {
        ctx.set_font(&t.font.css());
        ctx.set_fill_style_str(&ink(theme, t.ink));
        let _ = ctx.fill_text(&t.text, t.x, t.y + t.font.line_height() / 2.0);
    }
    Some(canvas)
}

/// The chart drawn afresh for the card, at the card's width and the chart's own
/// proportions (the canvas on screen has the shape of the reader's screen), in the page's
/// theme; the canvas on screen if that fails.
fn chart_canvas(data: &ChartData, slot: &Element, theme: Theme) -> Option<HtmlCanvasElement> {
    let (ratio, min_rem) = reserve(data);
    let (css_w, min_h) = (480.0, min_rem * 16.0);
    let css_h = (css_w / ratio).min(css_w * 1.25).max(min_h);
    new_canvas()
        .filter(|c| paint_canvas(c, data, &Viewport::new(css_w, css_h, 2.0, 16.0), theme).is_ok())
        .or_else(|| {
            slot.query_selector(&format!("canvas.{}", crate::charts::view::parts::CANVAS))
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into().ok())
        })
}

/// The card of the chart whose share button is `button`, at the reader's step.
pub fn share_chart(state: StoryState, button: &Element, click_y: f64) {
    let (lang, story) = (state.lang, state.story);
    let status = status_of(button);
    let Some(slot) = button
        .closest(&format!(".{}", parts::GRAPHIC_SLOT))
        .ok()
        .flatten()
    else {
        return;
    };
    let Some(spec) = slot
        .get_attribute("data-chart")
        .and_then(|id| story.chart(&id))
    else {
        return;
    };
    let number = slot
        .closest(&format!(".{}", parts::CHAPTER))
        .ok()
        .flatten()
        .and_then(|c| c.get_attribute("data-chapter"))
        .and_then(|n| n.parse::<usize>().ok());
    let Some((section, number)) = number.and_then(|n| story.sections.get(n).map(|s| (s, n))) else {
        return;
    };
    let active = state.active.get_untracked();
    let (focus, anchor) = chart_moment(section, spec, first_steps(story)[number], active);
    let data = chart_data(story, spec, lang);
    let theme = if state.dark.get_untracked() {
        Theme::Dark
    } else {
        Theme::Light
    };
    let chart = chart_canvas(&data, &slot, theme);
    let url = link(state, Some(&anchor));
    let figure = headline_figure(&data, &focus);
    let text = ChartCardText {
        lang,
        site: state.story.meta.site_title.get(lang),
        title: &data.title,
        figure: &figure,
        credit: &data.note,
        link: &url,
    };
    // Measured as the charts are (it errs wide: what fits with it fits with the fonts).
    let (cw, ch) = chart.as_ref().map_or((0.0, 0.0), |c| {
        (f64::from(c.width()), f64::from(c.height()))
    });
    let card = chart_card(&text, cw, ch, &ApproxMeasure);
    let Some(canvas) = paint(&card, chart.as_ref(), theme) else {
        return;
    };
    if wechat::in_wechat() {
        if let Ok(src) = canvas.to_data_url_with_type("image/png") {
            wechat::show_overlay(state, &src, &data.title, click_y);
            tell_host(state, "chart", "wechat", Some(data.id.clone()));
        }
        return;
    }
    send::send_card(
        state,
        &canvas,
        data.id.clone(),
        data.title.clone(),
        url,
        status,
    );
}
