//! Browser glue (wasm only), kept thin: sizes the canvas backing store to CSS size × DPR,
//! watches the box (ResizeObserver), the DPR (matchMedia) and the root font size, runs
//! frames with requestAnimationFrame while a tween runs, measures text with the canvas's
//! `measureText`, and turns pointer and keys into the active item and its tooltip. Every
//! decision it makes is a call into plain Rust (`engine`, `hit`, `tooltip`, `layout`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use plotters::drawing::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, EventTarget, HtmlCanvasElement, HtmlElement};

use super::engine::ChartState;
use super::hit::hit_test;
use super::layout::{Layout, Viewport};
use super::measure::{ApproxMeasure, Font, TextMeasure};
use super::spec::{ChartData, ChartError};
use super::theme::Theme;
use super::tooltip::{live_text, place_tip, step, tip_text};

#[wasm_bindgen]
extern "C" {
    /// `ResizeObserver`, bound here (a handful of lines) rather than through web-sys.
    #[wasm_bindgen(js_name = ResizeObserver)]
    type Ro;
    #[wasm_bindgen(constructor, catch, js_class = "ResizeObserver")]
    fn new(cb: &js_sys::Function) -> Result<Ro, JsValue>;
    #[wasm_bindgen(method, catch, js_class = "ResizeObserver")]
    fn observe(this: &Ro, target: &Element, options: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, js_class = "ResizeObserver")]
    fn disconnect(this: &Ro);
}

/// Text measured by the canvas 2D context, with exactly the font string the canvas backend
/// draws with.
pub struct CanvasMeasure<'a> {
    ctx: &'a CanvasRenderingContext2d,
    font: RefCell<String>,
}

impl<'a> CanvasMeasure<'a> {
    pub fn new(ctx: &'a CanvasRenderingContext2d) -> Self {
        CanvasMeasure {
            ctx,
            font: RefCell::new(String::new()),
        }
    }
}

thread_local! {
    /// Widths already measured, by font and text: balanced wrapping asks for the same
    /// pieces again and again, and a chart drawn for the first time while the reader
    /// scrolls must not spend its frame in `measureText`. Bounded; cleared when full.
    static WIDTHS: RefCell<std::collections::HashMap<(String, String), f64>> = RefCell::new(Default::default());
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: &Font) -> f64 {
        let css = font.css();
        let key = (css, text.to_owned());
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return w;
        }
        if *self.font.borrow() != key.0 {
            self.ctx.set_font(&key.0);
            *self.font.borrow_mut() = key.0.clone();
        }
        let w = match self.ctx.measure_text(text) {
            Ok(m) => m.width(),
            Err(_) => ApproxMeasure.width(text, font),
        };
        WIDTHS.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() > 8192 {
                c.clear();
            }
            c.insert(key, w);
        });
        w
    }
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Sizes `canvas`'s backing store to the viewport (CSS size × DPR) if it differs (a resize
/// clears the canvas, so only then).
pub fn size_canvas(canvas: &HtmlCanvasElement, vp: &Viewport) {
    let (w, h) = vp.device_size();
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
}

/// Lays out and draws `chart` at rest on `canvas` for `vp` (one full redraw): the backing
/// store is sized first. For tests, the benchmark and static drawings.
pub fn paint_canvas(
    canvas: &HtmlCanvasElement,
    chart: &ChartData,
    vp: &Viewport,
    theme: Theme,
) -> Result<Layout, ChartError> {
    size_canvas(canvas, vp);
    let ctx = context(canvas).ok_or_else(|| ChartError::Draw("no 2D context".into()))?;
    let measure = CanvasMeasure::new(&ctx);
    let layout = super::layout::layout(chart, vp, &measure)?;
    paint_layout(canvas, chart, &layout, theme, None)?;
    Ok(layout)
}

/// Draws one frame of an already laid out chart (an animation frame), at `values` or at rest.
pub fn paint_layout(
    canvas: &HtmlCanvasElement,
    chart: &ChartData,
    layout: &Layout,
    theme: Theme,
    values: Option<&[f64]>,
) -> Result<(), ChartError> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError::Draw("no 2D context".into()))?;
    let area = backend.into_drawing_area();
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let paint = super::draw::Paint {
        theme,
        values: values.unwrap_or(&rest),
        focus: &[],
        active: None,
    };
    super::draw::draw(&area, chart, layout, &paint)
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn now() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn media(query: &str) -> Option<web_sys::MediaQueryList> {
    window()?.match_media(query).ok().flatten()
}

/// The page's theme: `<html data-theme>`, else `prefers-color-scheme`.
pub fn page_theme() -> Theme {
    let attr = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-theme"));
    if let Some(t) = attr.as_deref().and_then(Theme::parse) {
        return t;
    }
    match media("(prefers-color-scheme: dark)") {
        Some(m) if m.matches() => Theme::Dark,
        _ => Theme::Light,
    }
}

fn prefers_reduced_motion() -> bool {
    media("(prefers-reduced-motion: reduce)").is_some_and(|m| m.matches())
}

fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> Option<T> {
    root.query_selector(selector).ok()??.dyn_into().ok()
}

type Listener = (
    EventTarget,
    &'static str,
    Closure<dyn FnMut(web_sys::Event)>,
);

struct Inner {
    figure: HtmlElement,
    boxel: HtmlElement,
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    tip: Option<HtmlElement>,
    live: Option<HtmlElement>,
    ruler: Option<HtmlElement>,
    state: ChartState,
    focus: Vec<usize>,
    theme: Option<Theme>,
    reduced: bool,
    /// Exact device-pixel size from the ResizeObserver, when the browser reports it.
    device: Option<(u32, u32)>,
    vp: Option<Viewport>,
    active: Option<usize>,
    raf_pending: bool,
    draws: u32,
    /// Near the viewport (IntersectionObserver): charts far away wait to be drawn, so
    /// start-up draws none of the story's 44 charts that the reader cannot see.
    near: bool,
}

/// A chart attached to its `<figure>`: owns the observers and listeners, removed on drop.
pub struct CanvasChart {
    inner: Rc<RefCell<Inner>>,
    ro: Option<Ro>,
    _ro_cb: Option<Closure<dyn FnMut(js_sys::Array)>>,
    listeners: Vec<Listener>,
    dpr_watch: Rc<Cell<u32>>,
    io: Option<web_sys::IntersectionObserver>,
    _io_cb: Option<Closure<dyn FnMut(js_sys::Array)>>,
}

impl Drop for CanvasChart {
    fn drop(&mut self) {
        if let Some(ro) = &self.ro {
            ro.disconnect();
        }
        if let Some(io) = &self.io {
            io.disconnect();
        }
        for (target, name, f) in &self.listeners {
            let _ = target.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
        // Outstanding DPR watchers see a new generation and do nothing.
        self.dpr_watch.set(self.dpr_watch.get().wrapping_add(1));
    }
}

impl Inner {
    fn set_state(&self, s: &str) {
        let _ = self.figure.set_attribute("data-state", s);
        // A table shown (and scrolling) in the box takes keyboard focus (WCAG 2.1.1).
        if let Ok(Some(table)) = self.figure.query_selector(".chart-table") {
            let _ = if s == "fallback" {
                table.set_attribute("tabindex", "0")
            } else {
                table.remove_attribute("tabindex")
            };
        }
    }

    /// Reads the box's size, the DPR and the root font size.
    fn read_viewport(&self) -> Option<Viewport> {
        let r = self.boxel.get_bounding_client_rect();
        let dpr = window()?.device_pixel_ratio();
        if r.width() < 1.0 || r.height() < 1.0 || dpr.is_nan() || dpr <= 0.0 {
            return None;
        }
        let font_px = self
            .ruler
            .as_ref()
            .map(|e| e.get_bounding_client_rect().width())
            .filter(|w| *w >= 4.0)
            .unwrap_or(16.0);
        // The exact device-pixel box when the browser reports one that agrees with CSS size ×
        // DPR; some (Chromium under DPR emulation) report CSS pixels there, which would halve
        // the backing store and blur the chart.
        let agrees = |device: u32, css: f64| (f64::from(device) - css * dpr).abs() <= 2.0;
        let (w, h) = match self.device {
            Some((dw, dh)) if agrees(dw, r.width()) && agrees(dh, r.height()) => {
                (f64::from(dw) / dpr, f64::from(dh) / dpr)
            }
            _ => (r.width(), r.height()),
        };
        // Browsers refuse very large canvases: keep the backing store under 16 M pixels.
        let dpr = dpr.min((16_000_000.0 / (w * h)).sqrt()).max(0.25);
        Some(Viewport::new(w, h, dpr, font_px))
    }

    /// Lays the chart out for the size it will most likely have (its graphic's), which fills
    /// the text-width cache its first real layout then reads.
    fn warm(&mut self) {
        if self.vp.is_some() {
            return;
        }
        let Some(graphic) = self.figure.closest(".graphic").ok().flatten() else {
            return;
        };
        let Some(w) = window() else { return };
        let root_px = w
            .document()
            .and_then(|d| d.document_element())
            .and_then(|e| w.get_computed_style(&e).ok().flatten())
            .and_then(|s| s.get_property_value("font-size").ok())
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(16.0);
        let width = f64::from(graphic.client_width()) - root_px;
        // The caption takes about two lines above the box.
        let height = f64::from(graphic.client_height()) - 3.5 * root_px;
        if width < 100.0 || height < 100.0 {
            return;
        }
        let vp = Viewport::new(width, height, w.device_pixel_ratio(), root_px);
        let measure = CanvasMeasure::new(&self.ctx);
        let _ = self.state.layout(vp, &measure);
    }

    /// One frame; `true` while more are needed.
    fn frame(&mut self) -> bool {
        let Some(vp) = self.vp else { return false };
        size_canvas(&self.canvas, &vp);
        if self.reduced || prefers_reduced_motion() {
            self.state.finish();
        }
        let theme = self.theme.unwrap_or_else(page_theme);
        let Some(backend) = CanvasBackend::with_canvas_object(self.canvas.clone()) else {
            self.set_state("fallback");
            return false;
        };
        let area = backend.into_drawing_area();
        let measure = CanvasMeasure::new(&self.ctx);
        let result = self
            .state
            .paint(&area, vp, &measure, theme, &self.focus, self.active, now());
        match result {
            Ok(more) => {
                self.draws += 1;
                self.set_state("drawn");
                more
            }
            Err(ChartError::DoesNotFit {
                need_css_height, ..
            }) if need_css_height.is_finite()
                && need_css_height > vp.css_height + 1.0
                && need_css_height < 4.0 * vp.css_height.max(200.0) =>
            {
                // Grow the box once to what the labels need (rare: very large text on a
                // narrow phone); the ResizeObserver then redraws.
                let _ = self
                    .boxel
                    .style()
                    .set_property("min-height", &format!("{need_css_height}px"));
                false
            }
            Err(e) => {
                self.set_state("fallback");
                web_sys::console::warn_1(&JsValue::from_str(&e.to_string()));
                false
            }
        }
    }

    fn hide_tip(&mut self) {
        if let Some(tip) = &self.tip {
            tip.set_hidden(true);
        }
    }

    /// Makes item `i` active (or none): tooltip, live text, outline.
    fn set_active(&mut self, i: Option<usize>, announce: bool) -> bool {
        if self.active == i {
            return false;
        }
        self.active = i;
        let Some(i) = i else {
            self.hide_tip();
            return true;
        };
        let data = self.state.data();
        if let (Some(tip), Some(t)) = (&self.tip, tip_text(data, i)) {
            tip.set_text_content(None);
            if let Some(doc) = window().and_then(|w| w.document()) {
                for (class, text) in [
                    ("chart-tip-label", t.label),
                    ("chart-tip-value", t.display),
                    ("chart-tip-detail", t.detail),
                ] {
                    if text.is_empty() {
                        continue;
                    }
                    if let Ok(el) = doc.create_element("span") {
                        el.set_class_name(class);
                        el.set_text_content(Some(&text));
                        let _ = tip.append_child(&el);
                    }
                }
            }
            tip.set_hidden(false);
            let anchor = self.state.cached_layout().and_then(|l| l.anchor(i));
            if let (Some(a), Some(vp)) = (anchor, self.vp) {
                let size = (
                    f64::from(tip.offset_width()),
                    f64::from(tip.offset_height()),
                );
                let (x, y) = place_tip(a, size, (vp.css_width, vp.css_height), 8.0);
                let st = tip.style();
                let _ = st.set_property("left", &format!("{x}px"));
                let _ = st.set_property("top", &format!("{y}px"));
            }
        }
        if announce {
            if let Some(live) = &self.live {
                live.set_text_content(Some(&live_text(self.state.data(), i)));
            }
        }
        true
    }

    fn hit(&self, e: &web_sys::MouseEvent) -> Option<usize> {
        let layout = self.state.cached_layout()?;
        hit_test(layout, f64::from(e.offset_x()), f64::from(e.offset_y()))
    }
}

/// Requests a frame unless one is pending; frames continue while the tween runs.
fn schedule(rc: &Rc<RefCell<Inner>>) {
    {
        let Ok(mut inner) = rc.try_borrow_mut() else {
            return;
        };
        if inner.raf_pending || !inner.near {
            return;
        }
        inner.raf_pending = true;
    }
    let weak = Rc::downgrade(rc);
    let cb = Closure::once_into_js(move || {
        let Some(rc) = weak.upgrade() else { return };
        let more = match rc.try_borrow_mut() {
            Ok(mut inner) => {
                inner.raf_pending = false;
                inner.frame()
            }
            Err(_) => false,
        };
        if more {
            schedule(&rc);
        }
    });
    if let Some(w) = window() {
        if w.request_animation_frame(cb.unchecked_ref()).is_err() {
            if let Ok(mut inner) = rc.try_borrow_mut() {
                inner.raf_pending = false;
            }
        }
    }
}

fn remeasure(rc: &Rc<RefCell<Inner>>) {
    if let Ok(mut inner) = rc.try_borrow_mut() {
        inner.vp = inner.read_viewport();
    }
    schedule(rc);
}

/// Re-measures when the DPR changes (zoom, another screen): a one-shot listener on
/// `(resolution: Xdppx)` that renews itself.
fn watch_dpr(weak: Weak<RefCell<Inner>>, generation: Rc<Cell<u32>>) {
    let Some(w) = window() else { return };
    let gen = generation.get();
    let Some(mq) = media(&format!("(resolution: {}dppx)", w.device_pixel_ratio())) else {
        return;
    };
    let cb = Closure::once_into_js(move |_: web_sys::Event| {
        if generation.get() != gen {
            return;
        }
        if let Some(rc) = weak.upgrade() {
            if let Ok(mut inner) = rc.try_borrow_mut() {
                inner.device = None;
            }
            remeasure(&rc);
            watch_dpr(Rc::downgrade(&rc), generation);
        }
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    let _ = mq.add_event_listener_with_callback_and_add_event_listener_options(
        "change",
        cb.unchecked_ref(),
        &opts,
    );
}

/// The device-pixel size of a ResizeObserver entry, where the browser reports it.
fn device_size(entry: &JsValue) -> Option<(u32, u32)> {
    let sizes = js_sys::Reflect::get(entry, &"devicePixelContentBoxSize".into()).ok()?;
    let first = js_sys::Reflect::get(&sizes, &0.into()).ok()?;
    let w = js_sys::Reflect::get(&first, &"inlineSize".into())
        .ok()?
        .as_f64()?;
    let h = js_sys::Reflect::get(&first, &"blockSize".into())
        .ok()?
        .as_f64()?;
    (w >= 1.0 && h >= 1.0).then_some((w as u32, h as u32))
}

impl CanvasChart {
    /// Attaches to a `<ChartFigure>`'s `<figure>`; `None` (and the table shown) if it has no
    /// canvas or no 2D context.
    pub fn attach(
        figure: &HtmlElement,
        data: ChartData,
        focus: Vec<usize>,
        theme: Option<Theme>,
        reduced: bool,
    ) -> Option<CanvasChart> {
        let parts = (|| {
            let canvas: HtmlCanvasElement = find(figure, "canvas.chart-canvas")?;
            let boxel: HtmlElement = find(figure, ".chart-box")?;
            let ctx = context(&canvas)?;
            Some((canvas, boxel, ctx))
        })();
        let Some((canvas, boxel, ctx)) = parts else {
            let _ = figure.set_attribute("data-state", "fallback");
            return None;
        };
        let animate = !(reduced || prefers_reduced_motion());
        let inner = Inner {
            figure: figure.clone(),
            boxel: boxel.clone(),
            canvas: canvas.clone(),
            ctx,
            tip: find(figure, ".chart-tip"),
            live: find(figure, ".chart-live"),
            ruler: find(figure, ".chart-rem"),
            state: ChartState::new(data, now(), animate),
            focus,
            theme,
            reduced,
            device: None,
            vp: None,
            active: None,
            raf_pending: false,
            draws: 0,
            near: false,
        };
        let rc = Rc::new(RefCell::new(inner));
        let mut chart = CanvasChart {
            inner: rc.clone(),
            ro: None,
            _ro_cb: None,
            listeners: Vec::new(),
            dpr_watch: Rc::new(Cell::new(0)),
            io: None,
            _io_cb: None,
        };

        // Size: the box (in device pixels where supported) and the 1rem ruler.
        let weak = Rc::downgrade(&rc);
        let box_target: JsValue = boxel.clone().into();
        let ro_cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(rc) = weak.upgrade() else { return };
            for e in entries.iter() {
                let target = js_sys::Reflect::get(&e, &"target".into()).unwrap_or(JsValue::NULL);
                if target == box_target {
                    if let Ok(mut inner) = rc.try_borrow_mut() {
                        inner.device = device_size(&e);
                    }
                }
            }
            remeasure(&rc);
        });
        if let Ok(ro) = Ro::new(ro_cb.as_ref().unchecked_ref()) {
            let opts = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&opts, &"box".into(), &"device-pixel-content-box".into());
            if ro.observe(&boxel, &opts).is_err() {
                let _ = ro.observe(&boxel, &JsValue::UNDEFINED);
            }
            if let Some(r) = rc.borrow().ruler.as_ref() {
                let _ = ro.observe(r, &JsValue::UNDEFINED);
            }
            chart.ro = Some(ro);
            chart._ro_cb = Some(ro_cb);
        }
        watch_dpr(Rc::downgrade(&rc), chart.dpr_watch.clone());

        // Drawn when within a screen of the viewport; where there is no IntersectionObserver,
        // at once.
        let weak = Rc::downgrade(&rc);
        let io_cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(rc) = weak.upgrade() else { return };
            let near = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            let became_near = match rc.try_borrow_mut() {
                Ok(mut inner) => !std::mem::replace(&mut inner.near, near) && near,
                Err(_) => false,
            };
            if became_near {
                remeasure(&rc);
                // Hidden (another chart of the graphic is showing): lay it out ahead, while the
                // browser is idle, so that its first draw, when a step shows it, measures no
                // text. (In a task of its own, a graphic's several charts ran back to back
                // before one frame: a long frame while scrolling.)
                if rc.try_borrow().is_ok_and(|i| i.vp.is_none()) {
                    let weak = Rc::downgrade(&rc);
                    let warm = Closure::once_into_js(move || {
                        if let Some(rc) = weak.upgrade() {
                            if let Ok(mut inner) = rc.try_borrow_mut() {
                                inner.warm();
                            }
                        }
                    });
                    if let Some(w) = window() {
                        when_idle(&w, &warm);
                    }
                }
            }
        });
        let io_opts = web_sys::IntersectionObserverInit::new();
        io_opts.set_root_margin("100% 0px");
        match web_sys::IntersectionObserver::new_with_options(
            io_cb.as_ref().unchecked_ref(),
            &io_opts,
        ) {
            Ok(io) => {
                // The story's graphic holds several charts, one shown at a time: watching the
                // graphic makes its hidden charts "near" too, so they are laid out ahead.
                let watched = figure
                    .closest(".graphic")
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| boxel.clone().into());
                io.observe(&watched);
                chart.io = Some(io);
                chart._io_cb = Some(io_cb);
            }
            Err(_) => rc.borrow_mut().near = true,
        }

        // Pointer: hover (mouse) and tap show the item's tooltip.
        let on_canvas: EventTarget = canvas.clone().into();
        chart.listen(&on_canvas, "pointermove", |inner, e| {
            let Some(e) = e.dyn_ref::<web_sys::PointerEvent>() else {
                return false;
            };
            if e.pointer_type() != "mouse" {
                return false;
            }
            let i = inner.hit(e);
            inner.set_active(i, false)
        });
        chart.listen(&on_canvas, "pointerdown", |inner, e| {
            let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() else {
                return false;
            };
            let i = inner.hit(e);
            inner.set_active(i, true)
        });
        chart.listen(&on_canvas, "pointerleave", |inner, e| {
            let mouse = e
                .dyn_ref::<web_sys::PointerEvent>()
                .is_some_and(|p| p.pointer_type() == "mouse");
            mouse && inner.set_active(None, false)
        });
        chart.listen(&on_canvas, "blur", |inner, _| inner.set_active(None, false));
        // Keys, while the chart has focus.
        chart.listen(&on_canvas, "keydown", |inner, e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return false;
            };
            let n = inner.state.data().items.len();
            match step(inner.active, &k.key(), n) {
                Some(next) => {
                    e.prevent_default();
                    inner.set_active(next, true)
                }
                None => false,
            }
        });
        // Tapping elsewhere or scrolling hides the tooltip.
        if let Some(doc) = window().and_then(|w| w.document()) {
            let fig: web_sys::Node = figure.clone().into();
            chart.listen(&doc.into(), "pointerdown", move |inner, e| {
                let inside = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|n| fig.contains(Some(&n)));
                !inside && inner.set_active(None, false)
            });
        }
        if let Some(w) = window() {
            let wt: EventTarget = w.into();
            chart.listen(&wt, "scroll", |inner, _| inner.set_active(None, false));
            chart.listen(&wt, "beforeprint", |inner, _| {
                inner.state.finish();
                inner.frame();
                false
            });
        }
        if theme_follows_page(&rc) {
            if let Some(mq) = media("(prefers-color-scheme: dark)") {
                chart.listen(&mq.into(), "change", |_, _| true);
            }
        }
        remeasure(&rc);
        Some(chart)
    }

    /// Adds a listener that calls `f` on the chart; `f` returns whether to redraw.
    fn listen(
        &mut self,
        target: &EventTarget,
        name: &'static str,
        mut f: impl FnMut(&mut Inner, &web_sys::Event) -> bool + 'static,
    ) {
        let weak = Rc::downgrade(&self.inner);
        let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(rc) = weak.upgrade() else { return };
            let redraw = match rc.try_borrow_mut() {
                Ok(mut inner) => f(&mut inner, &e),
                Err(_) => false,
            };
            if redraw {
                schedule(&rc);
            }
        });
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_passive(name != "keydown");
        if target
            .add_event_listener_with_callback_and_add_event_listener_options(
                name,
                cb.as_ref().unchecked_ref(),
                &opts,
            )
            .is_ok()
        {
            self.listeners.push((target.clone(), name, cb));
        }
    }

    /// New inputs from the component's signals; redraws (and tweens) what changed.
    pub fn update(&self, data: ChartData, focus: Vec<usize>, theme: Option<Theme>, reduced: bool) {
        let changed = match self.inner.try_borrow_mut() {
            Ok(mut inner) => {
                let animate = !(reduced || prefers_reduced_motion());
                let mut changed = inner.state.set_data(data, now(), animate);
                if changed {
                    let n = inner.state.data().items.len();
                    if inner.active.is_some_and(|a| a >= n) {
                        inner.set_active(None, false);
                    }
                }
                changed |= inner.focus != focus || inner.theme != theme || inner.reduced != reduced;
                inner.focus = focus;
                inner.theme = theme;
                inner.reduced = reduced;
                changed
            }
            Err(_) => false,
        };
        if changed {
            schedule(&self.inner);
        }
    }

    /// Sets the viewport directly (tests: a given size and DPR) and draws at once.
    pub fn set_viewport(&self, vp: Viewport) -> bool {
        let Ok(mut inner) = self.inner.try_borrow_mut() else {
            return false;
        };
        inner.vp = Some(vp);
        inner.frame()
    }

    /// Draws a frame now (tests, benchmark); `true` while a tween runs.
    pub fn frame_now(&self) -> bool {
        self.inner
            .try_borrow_mut()
            .map(|mut i| i.frame())
            .unwrap_or(false)
    }

    /// Frames drawn so far.
    pub fn draws(&self) -> u32 {
        self.inner.try_borrow().map(|i| i.draws).unwrap_or(0)
    }

    /// Layouts computed so far (a resize or a new DPR or font size makes one).
    pub fn layouts(&self) -> u32 {
        self.inner
            .try_borrow()
            .map(|i| i.state.layouts_computed)
            .unwrap_or(0)
    }

    /// The current layout (tests: where the marks are).
    pub fn layout(&self) -> Option<Layout> {
        self.inner.try_borrow().ok()?.state.cached_layout().cloned()
    }

    /// The viewport the chart is drawn for.
    pub fn viewport(&self) -> Option<Viewport> {
        self.inner.try_borrow().ok().and_then(|i| i.vp)
    }

    /// Shows the tooltip of the item at a CSS point of the canvas, as a tap would.
    pub fn tap(&self, css_x: f64, css_y: f64) -> Option<usize> {
        let rc = &self.inner;
        let i = {
            let mut inner = rc.try_borrow_mut().ok()?;
            let i = hit_test(inner.state.cached_layout()?, css_x, css_y);
            inner.set_active(i, true);
            i
        };
        schedule(rc);
        i
    }
}

fn theme_follows_page(rc: &Rc<RefCell<Inner>>) -> bool {
    rc.try_borrow().map(|i| i.theme.is_none()).unwrap_or(false)
}

/// Runs `f` once the browser is idle (no frame due: the reader paused or reads); WebKit has
/// no `requestIdleCallback`, so a timeout there.
fn when_idle(w: &web_sys::Window, f: &JsValue) {
    if w.request_idle_callback(f.unchecked_ref()).is_err() {
        let _ = w.set_timeout_with_callback(f.unchecked_ref());
    }
}
