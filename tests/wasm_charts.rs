//! In headless Chromium (wasm-bindgen-test): every kind paints its canvas; the backing store
//! is CSS size × DPR at DPR 1, 2 and 3; a resize of the box redraws at the new size; a tap
//! shows the item's figure; keys step through the items; a broken spec shows the table;
//! the layout the browser uses (the build's measurer) holds every text as the browser's own
//! fonts draw it, at 200 % text (Chinese never wider than laid out; Latin printed).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_charts`
#![cfg(all(target_arch = "wasm32", feature = "hydrate"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::{layout, ChartData, ChartError, Theme, Viewport};
use luyuan::charts::{ApproxMeasure, Font, TextMeasure};
use luyuan::client::canvas::{paint_canvas, size_canvas, CanvasChart};
use luyuan::lang::Lang;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn canvas(css_w: f64, css_h: f64) -> HtmlCanvasElement {
    let c: HtmlCanvasElement = document()
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    c.style()
        .set_property("width", &format!("{css_w}px"))
        .unwrap();
    c.style()
        .set_property("height", &format!("{css_h}px"))
        .unwrap();
    document().body().unwrap().append_child(&c).unwrap();
    c
}

fn ctx(c: &HtmlCanvasElement) -> CanvasRenderingContext2d {
    c.get_context("2d").unwrap().unwrap().dyn_into().unwrap()
}

/// Pixels that differ from the background colour.
fn painted(c: &HtmlCanvasElement, bg: (u8, u8, u8)) -> usize {
    let (w, h) = (c.width(), c.height());
    let data = ctx(c)
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .unwrap()
        .data();
    data.chunks(4)
        .filter(|p| {
            p[3] > 0
                && (p[0].abs_diff(bg.0) > 8 || p[1].abs_diff(bg.1) > 8 || p[2].abs_diff(bg.2) > 8)
        })
        .count()
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
fn every_kind_paints_with_a_backing_store_of_css_size_times_dpr() {
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            for dpr in [1.0, 2.0, 3.0] {
                for theme in [Theme::Light, Theme::Dark] {
                    let c = canvas(375.0, 420.0);
                    let vp = Viewport::new(375.0, 420.0, dpr, 16.0);
                    let l = paint_canvas(&c, &chart, &vp, theme)
                        .unwrap_or_else(|e| panic!("{} {lang:?} dpr {dpr}: {e}", chart.id));
                    assert_eq!(
                        (c.width(), c.height()),
                        ((375.0 * dpr) as u32, (420.0 * dpr) as u32)
                    );
                    assert_eq!((l.width, l.height), (c.width(), c.height()));
                    let bg = theme.palette().bg;
                    let n = painted(&c, (bg.0, bg.1, bg.2));
                    let total = (c.width() * c.height()) as usize;
                    assert!(
                        n > total / 200,
                        "{} {lang:?} dpr {dpr}: only {n} of {total} pixels painted",
                        chart.id
                    );
                    c.remove();
                }
            }
        }
    }
}

/// Text measured by the browser's fonts (the canvas's `measureText`), with the font string
/// the canvas draws with: what the browser laid out with before it used the build's measurer.
/// Widths already measured are kept (the layouts ask for the same texts again and again).
struct BrowserMeasure {
    ctx: CanvasRenderingContext2d,
    widths: std::cell::RefCell<std::collections::HashMap<(String, String), f64>>,
}

impl BrowserMeasure {
    fn new(ctx: CanvasRenderingContext2d) -> Self {
        BrowserMeasure {
            ctx,
            widths: Default::default(),
        }
    }
}

impl TextMeasure for BrowserMeasure {
    fn width(&self, text: &str, font: &Font) -> f64 {
        let key = (font.css(), text.to_owned());
        if let Some(w) = self.widths.borrow().get(&key) {
            return *w;
        }
        if self.ctx.font() != key.0 {
            self.ctx.set_font(&key.0);
        }
        let w = self.ctx.measure_text(text).map_or(0.0, |m| m.width());
        self.widths.borrow_mut().insert(key, w);
        w
    }
}

/// How much wider than laid out a Latin text may draw: a chart's inner margins take it.
const LATIN_SLACK: f64 = 1.05;

#[wasm_bindgen_test]
fn the_build_measurer_holds_every_text_as_the_browser_draws_it_at_200_percent_text() {
    let c = canvas(10.0, 10.0);
    let browser = BrowserMeasure::new(ctx(&c));
    let mut overruns: Vec<(f64, bool, String)> = Vec::new();
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            for w in [320.0, 375.0, 768.0] {
                for (dpr, font) in [(1.0, 16.0), (3.0, 16.0), (2.0, 32.0), (1.0, 32.0)] {
                    let (ar, min_rem) = luyuan::charts::view::reserve(&chart);
                    let h = (w / ar).max(min_rem * font).round();
                    let at = format!("{} {lang:?} {w}px dpr {dpr} font {font}", chart.id);
                    let l = match layout(&chart, &Viewport::new(w, h, dpr, font), &ApproxMeasure) {
                        Ok(l) => l,
                        Err(ChartError::DoesNotFit {
                            need_css_height, ..
                        }) if need_css_height.is_finite() => layout(
                            &chart,
                            &Viewport::new(w, need_css_height, dpr, font),
                            &ApproxMeasure,
                        )
                        .unwrap(),
                        Err(e) => panic!("{at}: {e}"),
                    };
                    if let Err(e) = check_fit(&l, &chart) {
                        panic!("{at}: {e}");
                    }
                    // Each text as the browser's fonts draw it, against the width it was given.
                    for t in &l.texts {
                        let over = browser.width(&t.text, &t.font) / t.w.max(1.0);
                        let cjk = t.text.chars().all(luyuan::charts::measure::is_wide);
                        if over > 1.001 {
                            overruns.push((over, cjk, format!("{at}: “{}”", t.text)));
                        }
                    }
                }
            }
        }
    }
    // Chinese is never drawn wider than the estimate (an ideograph is one em). Latin and
    // digits can be a little, in fonts wider than it assumes (Linux's DejaVu Sans, which
    // the stacks fall back to here): never by more than the slack.
    overruns.sort_by(|a, b| b.0.total_cmp(&a.0));
    let widest: Vec<String> = overruns
        .iter()
        .take(5)
        .map(|(o, _, at)| format!("{at} {o:.3}"))
        .collect();
    console_log!(
        "texts drawn wider than laid out: {} (Chinese only: {}); widest {widest:?}",
        overruns.len(),
        overruns.iter().filter(|o| o.1).count()
    );
    if let Some((over, _, at)) = overruns.iter().find(|o| o.0 > LATIN_SLACK) {
        panic!(
            "{at} is drawn {:.1} % wider than laid out; widest {widest:?}",
            (over - 1.0) * 100.0
        );
    }
    if let Some((over, _, at)) = overruns.iter().find(|o| o.1) {
        panic!(
            "{at} (Chinese) is drawn {:.1} % wider than laid out",
            (over - 1.0) * 100.0
        );
    }
    c.remove();
}

/// A figure as `<ChartFigure>` renders it, with the CSS that matters for sizing.
fn figure(css_w: f64, css_h: f64) -> HtmlElement {
    let fig: HtmlElement = document()
        .create_element("figure")
        .unwrap()
        .dyn_into()
        .unwrap();
    fig.set_class_name("chart");
    fig.set_attribute("data-state", "static").unwrap();
    fig.set_inner_html(&format!(
        "<div class=\"chart-box\" style=\"position:relative;width:{css_w}px;height:{css_h}px\">\
         <canvas class=\"chart-canvas\" role=\"img\" tabindex=\"0\" style=\"position:absolute;inset:0;width:100%;height:100%;display:block\"></canvas>\
         <div class=\"chart-tip\" aria-hidden=\"true\" hidden style=\"position:absolute\"></div>\
         <span class=\"chart-rem\" style=\"position:absolute;width:1rem;height:0\"></span></div>\
         <p class=\"chart-live\" aria-live=\"polite\"></p>"
    ));
    document().body().unwrap().append_child(&fig).unwrap();
    fig
}

fn part(fig: &HtmlElement, sel: &str) -> HtmlElement {
    fig.query_selector(sel)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn dispatch(target: &web_sys::EventTarget, class: &str, kind: &str, init: &[(&str, JsValue)]) {
    let window = web_sys::window().unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &class.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let dict = js_sys::Object::new();
    js_sys::Reflect::set(&dict, &"bubbles".into(), &true.into()).unwrap();
    for (k, v) in init {
        js_sys::Reflect::set(&dict, &(*k).into(), v).unwrap();
    }
    let args = js_sys::Array::of2(&kind.into(), &dict);
    let ev: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .dyn_into()
        .unwrap();
    target.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn a_resize_redraws_at_the_new_size() {
    let fig = figure(360.0, 300.0);
    let chart = CanvasChart::attach(
        &fig,
        support(Lang::ZH_HANT),
        vec![],
        Some(Theme::Light),
        true,
        false,
    )
    .unwrap();
    sleep(150).await;
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let c: HtmlCanvasElement = part(&fig, "canvas").dyn_into().unwrap();
    assert_eq!(fig.get_attribute("data-state").as_deref(), Some("drawn"));
    assert_eq!(c.width(), (360.0 * dpr).round() as u32);
    let (draws, layouts) = (chart.draws(), chart.layouts());
    assert!(draws >= 1 && layouts == 1);
    part(&fig, ".chart-box")
        .style()
        .set_property("width", "250px")
        .unwrap();
    sleep(150).await;
    assert_eq!(
        c.width(),
        (250.0 * dpr).round() as u32,
        "backing store follows the box"
    );
    assert!(
        chart.draws() > draws && chart.layouts() == 2,
        "redrawn with a new layout"
    );
    assert!(painted(&c, (255, 255, 255)) > 100);
    // The DPR as the page would set it: backing store = CSS size × DPR.
    for d in [1.0, 2.0, 3.0] {
        size_canvas(&c, &Viewport::new(250.0, 300.0, d, 16.0));
        assert_eq!(
            (c.width(), c.height()),
            ((250.0 * d) as u32, (300.0 * d) as u32)
        );
    }
    drop(chart);
    fig.remove();
}

#[wasm_bindgen_test]
async fn a_tap_on_a_bar_shows_its_figure_and_keys_step_through() {
    let fig = figure(360.0, 320.0);
    let data = support(Lang::ZH_HANT);
    let chart =
        CanvasChart::attach(&fig, data.clone(), vec![], Some(Theme::Light), true, false).unwrap();
    sleep(120).await;
    let l = chart.layout().expect("laid out");
    let tip = part(&fig, ".chart-tip");
    let c = part(&fig, "canvas");
    assert!(tip.hidden());
    // A real pointer event on the third bar (a touch): the listener maps it to the item.
    let (ax, ay) = l.anchor(2).unwrap();
    let r = c.get_bounding_client_rect();
    dispatch(
        &c,
        "PointerEvent",
        "pointerdown",
        &[
            ("clientX", (r.left() + ax).into()),
            ("clientY", (r.top() + ay + 2.0).into()),
            ("pointerType", "touch".into()),
        ],
    );
    assert!(!tip.hidden(), "tooltip shown");
    let text = tip.text_content().unwrap_or_default();
    assert!(
        text.contains("5億元") && text.contains("減免緩退稅費"),
        "{text}"
    );
    // Tapping elsewhere hides it.
    dispatch(
        &document().body().unwrap(),
        "PointerEvent",
        "pointerdown",
        &[("pointerType", "touch".into())],
    );
    assert!(tip.hidden(), "hidden by a tap elsewhere");
    // Keys while the chart has focus: Home, then the next item; Escape hides.
    dispatch(&c, "KeyboardEvent", "keydown", &[("key", "Home".into())]);
    dispatch(
        &c,
        "KeyboardEvent",
        "keydown",
        &[("key", "ArrowRight".into())],
    );
    assert!(tip.text_content().unwrap_or_default().contains("1.1億元"));
    let live = part(&fig, ".chart-live").text_content().unwrap_or_default();
    assert!(
        live.contains("貼息貸款") && live.contains("1.1億元"),
        "announced: {live}"
    );
    dispatch(&c, "KeyboardEvent", "keydown", &[("key", "Escape".into())]);
    assert!(tip.hidden());
    // A tap on the fourth bar shows its figure.
    let (ax, ay) = l.anchor(3).unwrap();
    dispatch(
        &c,
        "PointerEvent",
        "pointerdown",
        &[
            ("clientX", (r.left() + ax).into()),
            ("clientY", (r.top() + ay + 2.0).into()),
            ("pointerType", "touch".into()),
        ],
    );
    assert!(!tip.hidden(), "tooltip shown");
    assert!(tip.text_content().unwrap_or_default().contains("10億元"));
    drop(chart);
    fig.remove();
}

#[wasm_bindgen_test]
async fn a_broken_spec_shows_the_table() {
    let fig = figure(360.0, 300.0);
    let mut bad: ChartData = support(Lang::EN);
    bad.items[1].value = -5.0;
    let chart = CanvasChart::attach(&fig, bad, vec![], Some(Theme::Light), true, false).unwrap();
    sleep(120).await;
    assert_eq!(fig.get_attribute("data-state").as_deref(), Some("fallback"));
    // Mended by the next step's data: drawn.
    chart.update(support(Lang::EN), vec![], Some(Theme::Light), true, false);
    sleep(120).await;
    assert_eq!(fig.get_attribute("data-state").as_deref(), Some("drawn"));
    drop(chart);
    fig.remove();
}

#[wasm_bindgen_test]
async fn a_tween_runs_in_frames_and_ends_within_600_ms() {
    let fig = figure(360.0, 300.0);
    // On screen when attached, the chart is drawn at rest (its static picture was seen);
    // new figures (a step's) tween.
    let chart = CanvasChart::attach(
        &fig,
        big(Lang::ZH_HANT),
        vec![],
        Some(Theme::Dark),
        false,
        false,
    )
    .unwrap();
    sleep(100).await;
    let at_rest = chart.draws();
    let mut next = big(Lang::ZH_HANT);
    for d in &mut next.items {
        d.value *= 0.5;
    }
    chart.update(next, vec![], Some(Theme::Dark), false, false);
    sleep(100).await;
    let mid = chart.draws();
    sleep(800).await;
    let end = chart.draws();
    assert!(
        at_rest == 1 && mid > at_rest && end > mid,
        "one frame at rest ({at_rest}), then frames while tweening: {mid} then {end}"
    );
    sleep(200).await;
    assert_eq!(chart.draws(), end, "no frames once it has landed");
    drop(chart);
    fig.remove();
}
