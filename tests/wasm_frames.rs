//! In headless Chromium (wasm-bindgen-test): whatever interrupts a chart's animation, the
//! chart at rest shows exactly its state's figures, pixel for pixel the drawing of that
//! state at rest (as the prerendered picture is): a step change mid-tween, a frame that
//! comes late (a busy main thread, a hidden tab), a chart hidden and drawn ahead in the
//! queue, a resize, and last the slow-device switch and the back buffer it draws through.
//! For every kind (each of them tweens its marks; walls, gauges, ranks and big numbers
//! count up their figures). About a minute: the runner needs `WASM_BINDGEN_TEST_TIMEOUT`
//! above its default 20 s (`scripts/test.sh` gives 300).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_frames`
#![cfg(all(target_arch = "wasm32", feature = "hydrate"))]

mod charts_common;

use charts_common::*;
use luyuan::charts::tween::count_up;
use luyuan::charts::{ChartData, ChartKind, Theme, Viewport};
use luyuan::client::canvas::{paint_canvas, CanvasChart};
use luyuan::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const W: f64 = 360.0;
const H: f64 = 320.0;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
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

/// The main thread busy for `ms`: the animation frames due meanwhile come late, at once.
fn block(ms: f64) {
    let t0 = now();
    while now() - t0 < ms {}
}

/// A figure as `<ChartFigure>` renders it, on screen.
fn figure() -> HtmlElement {
    let fig: HtmlElement = document()
        .create_element("figure")
        .unwrap()
        .dyn_into()
        .unwrap();
    fig.set_class_name("chart");
    fig.set_inner_html(&format!(
        "<div class=\"chart-box\" style=\"position:relative;width:{W}px;height:{H}px\">\
         <canvas class=\"chart-canvas\" role=\"img\" tabindex=\"0\" style=\"position:absolute;inset:0;width:100%;height:100%;display:block\"></canvas>\
         <div class=\"chart-tip\" aria-hidden=\"true\" hidden style=\"position:absolute\"></div>\
         <span class=\"chart-rem\" style=\"position:absolute;width:1rem;height:0\"></span></div>\
         <p class=\"chart-live\" aria-live=\"polite\"></p>"
    ));
    let body = document().body().unwrap();
    body.insert_before(&fig, body.first_child().as_ref())
        .unwrap();
    fig
}

fn canvas_of(fig: &HtmlElement) -> HtmlCanvasElement {
    fig.query_selector("canvas")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn pixels(c: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height()))
        .unwrap()
        .data()
        .to_vec()
}

/// The chart drawn at rest at `w` CSS px wide, as the state's own picture.
fn at_rest(chart: &ChartData, w: f64) -> Vec<u8> {
    let c: HtmlCanvasElement = document()
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    paint_canvas(&c, chart, &Viewport::new(w, H, dpr, 16.0), Theme::Light).unwrap();
    pixels(&c)
}

/// The same chart at another state: every figure at `ratio`, its text counted to match, so
/// the two states differ in marks and in words.
fn scaled(chart: &ChartData, ratio: f64) -> ChartData {
    let mut c = chart.clone();
    let rank = c.kind == ChartKind::Rank;
    for d in &mut c.items {
        // A rank's place stays a whole place.
        d.value = if rank {
            (d.value * ratio).round().max(1.0)
        } else {
            d.value * ratio
        };
        d.display = count_up(&d.display, ratio);
    }
    c
}

/// The canvas shows `chart` at rest, exactly.
fn assert_shows(fig: &HtmlElement, chart: &ChartData, w: f64, path: &str) {
    let shown = pixels(&canvas_of(fig));
    let want = at_rest(chart, w);
    let differ = shown
        .chunks(4)
        .zip(want.chunks(4))
        .filter(|(a, b)| a != b)
        .count();
    assert!(
        shown.len() == want.len() && differ == 0,
        "{} ({:?}) after {path}: {differ} pixels differ from its state at rest",
        chart.id,
        chart.kind
    );
}

fn update(chart: &CanvasChart, data: &ChartData, hidden: bool) {
    chart.update(data.clone(), vec![], Some(Theme::Light), false, hidden);
}

#[wasm_bindgen_test]
async fn whatever_interrupts_a_tween_the_chart_at_rest_shows_its_exact_figures() {
    for full in all(Lang::ZH_HANT) {
        let half = scaled(&full, 0.5);
        let fig = figure();
        let chart =
            CanvasChart::attach(&fig, full.clone(), vec![], Some(Theme::Light), false, false)
                .unwrap();
        sleep(150).await;
        assert_shows(&fig, &full, W, "attaching on screen");

        // A step changes the figures, and the next step changes them back mid-tween.
        update(&chart, &half, false);
        sleep(120).await;
        update(&chart, &full, false);
        sleep(800).await;
        assert_shows(&fig, &full, W, "a step change mid-tween");

        // A frame of the tween drawn, then the main thread busy past the tween's end (a slow
        // phone's long task, or a tab hidden and back): the next frame lands on the state.
        update(&chart, &half, false);
        sleep(40).await;
        block(700.0);
        sleep(150).await;
        assert_shows(&fig, &half, W, "frames that came late");

        // Hidden mid-tween (another step's chart shown): drawn ahead in the queue at rest.
        update(&chart, &full, false);
        sleep(100).await;
        update(&chart, &full, true);
        sleep(300).await;
        update(&chart, &full, false);
        sleep(100).await;
        assert_shows(&fig, &full, W, "being hidden mid-tween and shown again");

        // A resize mid-tween.
        update(&chart, &half, false);
        sleep(100).await;
        let boxel: HtmlElement = fig
            .query_selector(".chart-box")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        boxel.style().set_property("width", "300px").unwrap();
        sleep(800).await;
        assert_shows(&fig, &half, 300.0, "a resize mid-tween");
        drop(chart);
        fig.remove();
    }

    // Last (it lasts for the page): a device too slow to animate. Every canvas text costs
    // 25 ms, so the first frames of a tween are slow and the charts stop tweening; later
    // redraws of a chart on screen go through the back buffer, a slice at a time.
    let slow_text = js_sys::Function::new_no_args(
        "const p = CanvasRenderingContext2D.prototype; \
         if (!p.__slow) { const f = p.fillText; p.__slow = true; \
         p.fillText = function (...a) { const t = performance.now(); \
         while (performance.now() - t < 25) {} return f.apply(this, a); }; }",
    );
    slow_text.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    for full in all(Lang::EN) {
        let half = scaled(&full, 0.5);
        let fig = figure();
        let chart =
            CanvasChart::attach(&fig, full.clone(), vec![], Some(Theme::Light), false, false)
                .unwrap();
        sleep(400).await;
        update(&chart, &half, false);
        sleep(2000).await;
        assert_shows(&fig, &half, W, "the slow-device switch");
        update(&chart, &full, false);
        sleep(2000).await;
        assert_shows(&fig, &full, W, "a redraw through the back buffer");
        drop(chart);
        fig.remove();
    }
}
