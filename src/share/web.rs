//! Browser glue of sharing (wasm only), kept thin: one click listener for every share
//! control (`button.rs`) and the embed bar's language links; it reads the page's address,
//! calls Web Share, the clipboard, `canvas.toBlob` and a download link, and shows WeChat's
//! long-press card. The rules (which link, what the card holds and where) are plain Rust in
//! `link.rs`, `card.rs` and `story/chapter.rs`. Browser APIs that not every engine has are
//! looked up, never assumed.

use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement};

use super::card::{chart_card, headline_figure, Card, ChartCardText, Ink};
use super::link::share_link;
use crate::charts::canvas::{page_theme, paint_canvas, CanvasMeasure};
use crate::charts::view::reserve;
use crate::charts::Theme;
use crate::charts::Viewport;
use crate::embed::bar::embed_snippet;
use crate::embed::protocol::Event;
use crate::lang::Lang;
use crate::story::chapter::chart_moment;
use crate::story::charts::chart_data;
use crate::story::state::{first_steps, step_refs, StoryState};
use crate::ui_text::{ui, Ui};

/// Starts the glue: the embed snippet's absolute address, one click listener, Escape on the
/// card. Called once, after hydration.
pub fn start(state: StoryState) {
    let Some(doc) = document() else { return };
    if let (Some(url), Ok(Some(code))) = (
        sibling_url("embed.js"),
        doc.query_selector(".embed-code code"),
    ) {
        code.set_text_content(Some(&embed_snippet(&url, state.lang)));
    }
    let on_click =
        Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            on_click(state, &ev)
        });
    let _ = doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
    let on_key =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
            if ev.key() == "Escape" {
                close_overlay();
            }
        });
    let _ = doc.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    on_key.forget();
}

fn on_click(state: StoryState, ev: &web_sys::MouseEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let hit = |selector: &str| target.closest(selector).ok().flatten();
    if let Some(button) = hit(".share-btn") {
        share_page(state, status_of(&button));
    } else if let Some(button) = hit(".chart-share") {
        share_chart(state, &button, f64::from(ev.page_y()));
    } else if hit(".card-close").is_some() {
        close_overlay();
    } else if let Some(button) = hit(".copy-code") {
        let code = document()
            .and_then(|d| d.query_selector(".embed-code code").ok().flatten())
            .and_then(|c| c.text_content());
        if let Some(code) = code {
            copy_then(
                code,
                ui(state.lang, Ui::CodeCopied),
                "",
                status_of(&button),
                Box::new(|| {}),
            );
        }
    } else if let Some(link) = hit(".embed-bar a.lang") {
        follow_embed_lang(state, &link);
    }
}

/// The status line beside a control.
fn status_of(control: &Element) -> Option<Element> {
    control
        .parent_element()?
        .query_selector(".share-status")
        .ok()?
}

/// An embed bar's language link, as it is followed: the other embed page with the host's
/// parameters (rebuilt from the validated ones) and the reader's step; the host hears of it.
fn follow_embed_lang(state: StoryState, link: &Element) {
    let Some(to) = link.get_attribute("hreflang").and_then(|t| Lang::parse(&t)) else {
        return;
    };
    let query = state.params.with_value(|p| p.query());
    let hash = state
        .active
        .get_untracked()
        .and_then(|i| step_refs(state.story).get(i).map(|s| format!("#{}", s.id)));
    let _ = link.set_attribute(
        "href",
        &format!("{}{query}{}", to.embed_page(), hash.unwrap_or_default()),
    );
    if to != state.lang {
        crate::embed::host::post_event(state, Event::Lang { to });
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// A one-shot callback for JavaScript. Boxed, so that all of them share one piece of
/// wasm-bindgen glue (each closure type would bring its own).
pub(crate) fn once(f: Box<dyn FnOnce()>) -> JsValue {
    Closure::once_into_js(f)
}

/// A one-shot callback taking a value (a promise's result, a blob).
fn once_with(f: Box<dyn FnOnce(JsValue)>) -> JsValue {
    Closure::once_into_js(f)
}

/// `obj.name`, if it is a function.
fn method(obj: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(obj, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Runs `ok` or `err` when `promise` settles.
fn settle(promise: JsValue, ok: Box<dyn FnOnce()>, err: Box<dyn FnOnce(JsValue)>) {
    let Some(then) = method(&promise, "then") else {
        return err(JsValue::NULL);
    };
    let ok = once_with(Box::new(move |_| ok()));
    let err = once_with(err);
    let _ = then.call2(&promise, &ok, &err);
}

/// Shows `text` in a status line for a few seconds.
fn say(status: Option<Element>, text: String) {
    let Some(status) = status else { return };
    status.set_text_content(Some(&text));
    let _ = status.class_list().add_1("shown");
    let clear = once(Box::new(move || {
        if status.text_content().as_deref() == Some(text.as_str()) {
            status.set_text_content(None);
            let _ = status.class_list().remove_1("shown");
        }
    }));
    if let Some(w) = window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(clear.unchecked_ref(), 4000);
    }
}

/// The page's canonical address, absolute (`<link rel="canonical">`, resolved by the browser).
fn canonical() -> Option<String> {
    let link = document()?.query_selector("link[rel=canonical]").ok()??;
    Reflect::get(&link, &JsValue::from_str("href"))
        .ok()?
        .as_string()
}

/// The absolute address of a file beside the story's pages (the loader, for the snippet).
pub fn sibling_url(file: &str) -> Option<String> {
    let page = canonical()?;
    let dir = &page[..page.rfind('/')? + 1];
    Some(format!("{dir}{file}"))
}

/// The link to share for `anchor` (a step or chapter id), or the reader's step.
fn link(state: StoryState, anchor: Option<&str>) -> String {
    let active = state
        .active
        .get_untracked()
        .and_then(|i| step_refs(state.story).get(i).map(|s| s.id));
    let anchor = anchor.or(active);
    let host = if state.embed {
        state.params.with_value(|p| p.parent_url.clone())
    } else {
        None
    };
    let page = canonical().unwrap_or_default();
    share_link(&page, anchor, host.as_deref())
}

fn tell_host(state: StoryState, what: &'static str, method: &'static str, chart: Option<String>) {
    if state.embed {
        crate::embed::host::post_event(
            state,
            Event::Share {
                what,
                method,
                chart,
            },
        );
    }
}

/// The share button: Web Share where there is one, else the clipboard.
fn share_page(state: StoryState, status: Option<Element>) {
    let lang = state.lang;
    let url = link(state, None);
    let Some(nav) = window().map(|w| JsValue::from(w.navigator())) else {
        return;
    };
    if let Some(share) = method(&nav, "share") {
        let data = object(&[
            ("title", state.story.title.get(lang).into()),
            ("url", url.as_str().into()),
        ]);
        if let Ok(p) = share.call1(&nav, &data) {
            settle(
                p,
                Box::new(move || tell_host(state, "link", "share", None)),
                Box::new(|_| {}),
            );
            return;
        }
    }
    copy_then(
        url,
        ui(lang, Ui::LinkCopied),
        ui(lang, Ui::CopyThisLink),
        status,
        Box::new(move || tell_host(state, "link", "copy", None)),
    );
}

fn copy_then(
    text: String,
    done: &'static str,
    fallback: &'static str,
    status: Option<Element>,
    then: Box<dyn FnOnce()>,
) {
    let nav = window()
        .map(|w| JsValue::from(w.navigator()))
        .unwrap_or(JsValue::NULL);
    let clipboard = Reflect::get(&nav, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let shown = format!("{fallback}{text}");
    match method(&clipboard, "writeText")
        .and_then(|f| f.call1(&clipboard, &JsValue::from_str(&text)).ok())
    {
        Some(p) => {
            let s2 = status.clone();
            settle(
                p,
                Box::new(move || {
                    say(status, done.to_owned());
                    then();
                }),
                Box::new(move |_| say(s2, shown)),
            )
        }
        // No clipboard (an old browser, or not allowed): show the text to copy by hand.
        None => say(status, shown),
    }
}

/// The colours of a card, from the page's theme (the chart's canvas has the same background).
fn ink(theme: Theme, i: Ink) -> String {
    super::ink::colour(theme, super::ink::Paper::Chart, i).hex()
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Paints a laid-out card, with the chart's canvas drawn into its place.
fn paint(
    card: &Card,
    chart: Option<&HtmlCanvasElement>,
    theme: Theme,
) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(card.width);
    canvas.set_height(card.height);
    let ctx = context(&canvas)?;
    ctx.set_fill_style_str(&super::ink::paper(theme, super::ink::Paper::Chart).hex());
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

/// A chart as a picture: its card, shared as a file where Web Share takes files, shown for a
/// long press in WeChat, downloaded elsewhere.
fn share_chart(state: StoryState, button: &Element, click_y: f64) {
    let (lang, story) = (state.lang, state.story);
    let status = status_of(button);
    let Some(slot) = button.closest(".graphic-slot").ok().flatten() else {
        return;
    };
    let Some(spec) = slot
        .get_attribute("data-chart")
        .and_then(|id| story.chart(&id))
    else {
        return;
    };
    let number = slot
        .closest(".chapter")
        .ok()
        .flatten()
        .and_then(|c| c.get_attribute("data-chapter"))
        .and_then(|n| n.parse::<usize>().ok());
    let Some((section, number)) = number.and_then(|n| story.sections.get(n).map(|s| (s, n))) else {
        return;
    };
    let (focus, anchor) = chart_moment(
        section,
        spec,
        first_steps(story)[number],
        state.active.get_untracked(),
    );
    let data = chart_data(story, spec, lang);
    let theme = page_theme();
    // The chart drawn afresh for the card, at the card's width and the chart's own
    // proportions (the canvas on screen has the shape of the reader's screen), in the page's
    // theme; the canvas on screen if that fails.
    let (ratio, min_rem) = reserve(&data);
    let (css_w, min_h) = (480.0, min_rem * 16.0);
    let css_h = (css_w / ratio).min(css_w * 1.25).max(min_h);
    let fresh = document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
        .filter(|c| paint_canvas(c, &data, &Viewport::new(css_w, css_h, 2.0, 16.0), theme).is_ok());
    let chart_canvas: Option<HtmlCanvasElement> = fresh.or_else(|| {
        slot.query_selector("canvas.chart-canvas")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
    });
    let url = link(state, Some(&anchor));
    let figure = headline_figure(&data, &focus);
    let text = ChartCardText {
        lang,
        site: story.meta.site_title.get(lang),
        title: &data.title,
        figure: &figure,
        credit: &data.note,
        link: &url,
    };
    // Measured with the canvas's own fonts.
    let Some(scratch) = document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
    else {
        return;
    };
    let Some(ctx) = context(&scratch) else { return };
    let (cw, ch) = chart_canvas.as_ref().map_or((0.0, 0.0), |c| {
        (f64::from(c.width()), f64::from(c.height()))
    });
    let card = chart_card(&text, cw, ch, &CanvasMeasure::new(&ctx));
    record(&card);
    let Some(canvas) = paint(&card, chart_canvas.as_ref(), theme) else {
        return;
    };
    let chart_id = data.id.clone();
    let nav = window()
        .map(|w| JsValue::from(w.navigator()))
        .unwrap_or(JsValue::NULL);
    let ua = window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    if ua.contains("MicroMessenger") {
        if let Ok(src) = canvas.to_data_url_with_type("image/png") {
            show_overlay(state, &src, &data.title, click_y);
            tell_host(state, "chart", "wechat", Some(chart_id));
        }
        return;
    }
    let title = data.title.clone();
    let name = super::card::picture_name(&story.meta.slug, &chart_id);
    let on_blob = once_with(Box::new(move |blob: JsValue| {
        let Ok(blob) = blob.dyn_into::<web_sys::Blob>() else {
            return;
        };
        let file = file(&blob, &name);
        let share = method(&nav, "share");
        let can = |data: &Object| {
            method(&nav, "canShare")
                .and_then(|f| f.call1(&nav, data).ok())
                .is_some_and(|v| v.is_truthy())
        };
        if let (Some(file), Some(share)) = (file, share) {
            let data = object(&[
                ("files", Array::of1(&file).into()),
                ("title", title.as_str().into()),
                ("text", format!("{title}\n{url}").into()),
            ]);
            if can(&data) {
                if let Ok(p) = share.call1(&nav, &data) {
                    let (id, blob2, name2) = (chart_id.clone(), blob.clone(), name.clone());
                    settle(
                        p,
                        Box::new(move || tell_host(state, "chart", "share", Some(id))),
                        Box::new(move |e| {
                            // Cancelled by the reader: nothing. Refused (no gesture left): download.
                            let aborted = Reflect::get(&e, &"name".into())
                                .ok()
                                .and_then(|n| n.as_string())
                                .as_deref()
                                == Some("AbortError");
                            if !aborted {
                                download(state, &blob2, &name2, chart_id, status);
                            }
                        }),
                    );
                    return;
                }
            }
        }
        download(state, &blob, &name, chart_id, status);
    }));
    let _ = canvas.to_blob(on_blob.unchecked_ref());
}

/// Test hook: the last card's size and chart box, on `window.__story` (see `boot.js`).
fn record(card: &Card) {
    let Some(hooks) = window()
        .and_then(|w| Reflect::get(&w, &"__story".into()).ok())
        .filter(|h| h.is_object())
    else {
        return;
    };
    let (x, y, w, h) = card.chart.unwrap_or_default();
    let chart = Array::of4(&x.into(), &y.into(), &w.into(), &h.into());
    let info = object(&[
        ("width", card.width.into()),
        ("height", card.height.into()),
        ("chart", chart.into()),
    ]);
    let _ = Reflect::set(&hooks, &"lastCard".into(), &info);
}

fn file(blob: &web_sys::Blob, name: &str) -> Option<JsValue> {
    let ctor: Function = Reflect::get(&window()?.into(), &"File".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args = Array::of3(
        &Array::of1(blob),
        &JsValue::from_str(name),
        &object(&[("type", "image/png".into())]),
    );
    Reflect::construct(&ctor, &args).ok()
}

fn download(
    state: StoryState,
    blob: &web_sys::Blob,
    name: &str,
    chart: String,
    status: Option<Element>,
) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let Some(a) = document().and_then(|d| d.create_element("a").ok()) else {
        return;
    };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<HtmlElement>() {
        a.click();
    }
    let revoke = once(Box::new(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    }));
    if let Some(w) = window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    }
    say(status, ui(state.lang, Ui::ImageDownloaded).to_owned());
    tell_host(state, "chart", "download", Some(chart));
}

/// Shows the card full screen. In an embed "full screen" is the part of the iframe in the
/// host's viewport (or around the button), never beyond the story's end.
fn show_overlay(state: StoryState, src: &str, title: &str, click_y: f64) {
    let Some(doc) = document() else { return };
    let Some(overlay) = doc.get_element_by_id("card-overlay") else {
        return;
    };
    if state.embed {
        let doc_h = doc
            .document_element()
            .map_or(0.0, |e| e.get_bounding_client_rect().height());
        let (top, height) = match state.host_view.get_untracked() {
            Some(v) => ((-v.top).max(0.0), v.height),
            None => ((click_y - 320.0).max(0.0), 640.0),
        };
        let height = height.min(doc_h);
        let top = top.min(doc_h - height).max(0.0);
        if let Some(el) = overlay.dyn_ref::<HtmlElement>() {
            let style = el.style();
            let _ = style.set_property("position", "absolute");
            let _ = style.set_property("top", &format!("{top}px"));
            let _ = style.set_property("bottom", "auto");
            let _ = style.set_property("height", &format!("{height}px"));
        }
    }
    if let Ok(Some(img)) = overlay.query_selector("img") {
        let _ = img.set_attribute("src", src);
        let _ = img.set_attribute("alt", title);
    }
    let _ = overlay.remove_attribute("hidden");
    if let Some(close) = overlay
        .query_selector(".card-close")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        let _ = close.focus();
    }
}

pub fn close_overlay() {
    let Some(overlay) = document().and_then(|d| d.get_element_by_id("card-overlay")) else {
        return;
    };
    let _ = overlay.set_attribute("hidden", "");
    if let Ok(Some(img)) = overlay.query_selector("img") {
        let _ = img.remove_attribute("src");
    }
}
