//! Benchmark in headless Chromium: one full redraw (layout with the build's measurer, as
//! the browser lays out, then drawing) of each kind at DPR 3 on a 375 px phone, and one animation frame (drawing
//! only, mid-tween, with the cached layout). Prints the figures; asserts no time.
//!
//! Run in release, as shipped: `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --release --target wasm32-unknown-unknown --features hydrate --test wasm_charts_bench -- --nocapture`
#![cfg(all(target_arch = "wasm32", feature = "hydrate"))]

mod charts_common;

use charts_common::*;
use luyuan::charts::ApproxMeasure;
use luyuan::charts::{layout, spec::kind_name, ChartError, Theme, Viewport};
use luyuan::client::canvas::{paint_layout, size_canvas};
use luyuan::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
fn bench_full_redraw_and_animation_frame_at_dpr_3() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement =
        doc.create_element("canvas").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&canvas).unwrap();
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Chromium records canvas calls and rasterises later; reading one pixel back forces the
    // raster, so the "+ raster" columns include it.
    let flush = || {
        let _ = ctx.get_image_data(0.0, 0.0, 1.0, 1.0);
    };
    console_log!("kind        | items | canvas px  | full redraw ms | + raster | frame ms | + raster | texts");
    console_log!("------------|-------|------------|----------------|----------|----------|----------|------");
    for chart in all(Lang::ZH_HANT) {
        let (ar, min_rem) = luyuan::charts::view::reserve(&chart);
        let mut vp = Viewport::new(375.0, (375.0 / ar).max(min_rem * 16.0).round(), 3.0, 16.0);
        if let Err(ChartError::DoesNotFit {
            need_css_height, ..
        }) = layout(&chart, &vp, &ApproxMeasure)
        {
            vp.css_height = need_css_height;
        }
        size_canvas(&canvas, &vp);
        let runs = 30;
        // Full redraw: layout, draw.
        let t0 = now();
        let mut texts = 0;
        for _ in 0..runs {
            let m = ApproxMeasure;
            let l = layout(&chart, &vp, &m).unwrap();
            paint_layout(&canvas, &chart, &l, Theme::Light, None).unwrap();
            texts = l.texts.len();
        }
        let full = (now() - t0) / f64::from(runs);
        // Animation frame: draw only, marks at 60 % of their values.
        let l = layout(&chart, &vp, &ApproxMeasure).unwrap();
        let mid: Vec<f64> = chart.items.iter().map(|d| d.value * 0.6).collect();
        let frames = 60;
        let t1 = now();
        for _ in 0..frames {
            paint_layout(&canvas, &chart, &l, Theme::Light, Some(&mid)).unwrap();
        }
        let frame = (now() - t1) / f64::from(frames);
        let t2 = now();
        for _ in 0..runs {
            let m = ApproxMeasure;
            let l = layout(&chart, &vp, &m).unwrap();
            paint_layout(&canvas, &chart, &l, Theme::Light, None).unwrap();
            flush();
        }
        let full_r = (now() - t2) / f64::from(runs);
        let t3 = now();
        for _ in 0..frames {
            paint_layout(&canvas, &chart, &l, Theme::Light, Some(&mid)).unwrap();
            flush();
        }
        let frame_r = (now() - t3) / f64::from(frames);
        console_log!(
            "{:<11} | {:>5} | {:>4}×{:<5} | {:>14.2} | {:>8.2} | {:>8.2} | {:>8.2} | {}",
            kind_name(chart.kind),
            chart.items.len(),
            canvas.width(),
            canvas.height(),
            full,
            full_r,
            frame,
            frame_r,
            texts
        );
    }
}

/// Text measured by the browser's fonts (the canvas's `measureText`), with the font string
/// the canvas draws with: what the browser laid out with before it used the build's measurer.
struct BrowserMeasure(web_sys::CanvasRenderingContext2d);

impl luyuan::charts::TextMeasure for BrowserMeasure {
    fn width(&self, text: &str, font: &luyuan::charts::Font) -> f64 {
        self.0.set_font(&font.css());
        self.0.measure_text(text).map_or(0.0, |m| m.width())
    }
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

fn canvas(w: f64, h: f64) -> web_sys::HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let c: web_sys::HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    c.set_width(w as u32);
    c.set_height(h as u32);
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

fn ctx(c: &web_sys::HtmlCanvasElement) -> web_sys::CanvasRenderingContext2d {
    c.get_context("2d").unwrap().unwrap().dyn_into().unwrap()
}

/// How many of the story's layouts (every chart × language × the two design sizes) the
/// browser's `measureText` would lay out otherwise than the build's measurer: printed, for
/// the README; the static pictures are why the browser no longer uses it.
#[wasm_bindgen_test]
async fn how_many_story_layouts_measure_text_would_change() {
    use luyuan::charts::design::{design_viewport, Design};
    let c = canvas(10.0, 10.0);
    let browser = BrowserMeasure(ctx(&c));
    // Every language's texts: the runtime copy whole, not a page's data file.
    let story =
        &luyuan::model::parse_unchecked(&luyuan::model::RUNTIME).expect("the runtime copy parses");
    let (mut differ, mut total) = (0, 0);
    let mut examples = Vec::new();
    for spec in &story.charts {
        sleep(0).await;
        for &lang in Lang::published() {
            let d = luyuan::story::charts::chart_data(story, spec, lang);
            for design in Design::ALL {
                sleep(0).await;
                let vp = design_viewport(&d, design);
                let texts = |l: Result<luyuan::charts::Layout, ChartError>| {
                    l.map(|l| {
                        l.texts
                            .iter()
                            .map(|t| (t.text.clone(), t.x.round(), t.y.round(), t.font.px))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
                };
                total += 1;
                if texts(layout(&d, &vp, &ApproxMeasure)) != texts(layout(&d, &vp, &browser)) {
                    differ += 1;
                    if examples.len() < 8 {
                        examples.push(format!("{} {lang:?} {}", d.id, design.name()));
                    }
                }
            }
        }
    }
    console_log!("measureText would change {differ} of {total} story layouts, e.g. {examples:?}");
    assert!(total > 0);
    c.remove();
}
