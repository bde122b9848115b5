//! Browser glue of the step engine: measures where the steps are (once per layout, on
//! resize and when the story's size changes), and on scroll asks the pure rule in
//! `engine.rs` which step is active. Nothing else listens to scroll. It also keeps the
//! progress bar, the URL hash and the step keys.
//!
//! On an embed page the iframe is as tall as the story and never scrolls: the reader's view
//! is the host's viewport, which the host sends (`embed/host.rs`); the same rule then picks
//! the step, the graphics are kept in view by hand (`engine::pinned_offset`), and step keys
//! and links to a step ask the host to scroll.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    AddEventListenerOptions, HtmlElement, KeyboardEvent, ResizeObserver, ScrollBehavior,
    ScrollToOptions, Window,
};

use super::engine::{self, StepLayout};
use super::state::{step_refs, StepRef, StoryState};

struct Engine {
    state: StoryState,
    window: Window,
    steps: Vec<StepRef>,
    layout: StepLayout,
    /// The document's height, measured with the steps (reading it per frame forces layout).
    doc_height: f64,
    fill: Option<HtmlElement>,
    frame_pending: bool,
    hash_timer: Option<i32>,
    /// The hash is left alone until the reader moves: a link to a chapter keeps its hash.
    moved: bool,
    /// Embed pages: each chapter's graphic and where it may move.
    pins: Vec<Pin>,
    /// Embed pages: the step of the URL's hash, to scroll the host to once it is known.
    pending_step: Option<usize>,
    /// Embed pages: the host's viewport size the layout is for (`--host-vh`).
    host_size: Option<(f64, f64)>,
    /// Embed pages: the chapter the host last heard of.
    chapter: Option<usize>,
    /// The layout was measured in story mode (not as an article).
    story_layout: bool,
}

thread_local! {
    /// The page's engine, for the embed glue to call when the host's viewport changes.
    static ENGINE: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// Embed pages: the host sent its viewport (`state.host_view`); the story follows.
pub fn host_view_changed() {
    if let Some(engine) = ENGINE.with(|e| e.borrow().clone()) {
        update(&engine);
    }
}

/// The page switched between story and article (`display.rs`): measure again now. (A
/// resize observer would too, but not in an iframe out of view, whose rendering browsers
/// pause, and an embed opened at a step must find the step.)
pub fn relayout() {
    if let Some(engine) = ENGINE.with(|e| e.borrow().clone()) {
        measure(&engine);
        update(&engine);
    }
}

/// A graphic kept in view by hand (embed pages): its top without the offset, its height and
/// the bottom of its chapter's steps, in document coordinates.
struct Pin {
    graphic: HtmlElement,
    top: f64,
    height: f64,
    end: f64,
}

type Shared = Rc<RefCell<Engine>>;

/// Starts the engine for the page's steps. Called once, after hydration.
pub fn start(state: StoryState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let fill = document
        .query_selector(".progress-fill")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let steps = step_refs(state.story);
    let hash = window.location().hash().unwrap_or_default();
    let pending_step = if state.embed {
        steps
            .iter()
            .position(|s| hash.strip_prefix('#') == Some(s.id))
    } else {
        None
    };
    let engine: Shared = Rc::new(RefCell::new(Engine {
        state,
        window: window.clone(),
        steps,
        layout: StepLayout::default(),
        doc_height: 0.0,
        fill,
        frame_pending: false,
        hash_timer: None,
        moved: false,
        pins: Vec::new(),
        pending_step,
        host_size: None,
        chapter: None,
        story_layout: false,
    }));
    ENGINE.with(|e| *e.borrow_mut() = Some(engine.clone()));
    measure(&engine);
    update(&engine);

    // Scroll: at most one update per frame, passive so scrolling never waits for us.
    let on_scroll = {
        let engine = engine.clone();
        Closure::<dyn FnMut()>::new(move || request_update(&engine))
    };
    let passive = AddEventListenerOptions::new();
    passive.set_passive(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "scroll",
        on_scroll.as_ref().unchecked_ref(),
        &passive,
    );
    on_scroll.forget();

    // Layout changes (resize, rotation, fonts, text size, article mode): measure again.
    let on_layout = {
        let engine = engine.clone();
        Closure::<dyn FnMut()>::new(move || {
            measure(&engine);
            update(&engine);
        })
    };
    let _ = window.add_event_listener_with_callback("resize", on_layout.as_ref().unchecked_ref());
    if let (Ok(observer), Some(main)) = (
        ResizeObserver::new(on_layout.as_ref().unchecked_ref()),
        document.get_element_by_id("story"),
    ) {
        observer.observe(&main);
        std::mem::forget(observer);
    }
    on_layout.forget();

    // Step keys act only while the story has focus (WCAG 2.1.4).
    if let Some(main) = document.get_element_by_id("story") {
        let engine = engine.clone();
        let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
            on_step_key(&engine, ev)
        });
        let _ = main.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        on_key.forget();
    }
}

fn request_update(engine: &Shared) {
    let window = {
        let mut e = engine.borrow_mut();
        if e.frame_pending {
            return;
        }
        e.frame_pending = true;
        e.window.clone()
    };
    let engine = engine.clone();
    let frame = Closure::once_into_js(move || {
        engine.borrow_mut().frame_pending = false;
        engine.borrow_mut().moved = true;
        update(&engine);
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Where the steps are now, in document coordinates.
fn measure(engine: &Shared) {
    let mut e = engine.borrow_mut();
    let Some(document) = e.window.document() else {
        return;
    };
    let scroll_y = e.window.scroll_y().unwrap_or(0.0);
    let tops = e
        .steps
        .iter()
        .map(|s| {
            document.get_element_by_id(s.id).map_or(f64::MAX, |el| {
                el.get_bounding_client_rect().top() + scroll_y
            })
        })
        .collect();
    // The last step stays active to the end of the page.
    e.layout = StepLayout {
        tops,
        end: f64::INFINITY,
    };
    e.doc_height = document
        .document_element()
        .map_or(0.0, |d| d.scroll_height() as f64);
    if e.state.embed {
        e.pins = pins(&document, scroll_y);
        e.story_layout = document
            .document_element()
            .and_then(|h| h.get_attribute("data-mode"))
            .as_deref()
            == Some("story");
    }
}

/// Each chapter's graphic, measured without the offset it is drawn at.
fn pins(document: &web_sys::Document, scroll_y: f64) -> Vec<Pin> {
    let Ok(boxes) = document.query_selector_all(".scrolly") else {
        return Vec::new();
    };
    (0..boxes.length())
        .filter_map(|i| {
            let scrolly = boxes.item(i)?.dyn_into::<web_sys::Element>().ok()?;
            let graphic = scrolly
                .query_selector(".graphic")
                .ok()??
                .dyn_into::<HtmlElement>()
                .ok()?;
            let r = scrolly.get_bounding_client_rect();
            let top = r.top() + scroll_y;
            Some(Pin {
                top: top + f64::from(graphic.offset_top()),
                height: f64::from(graphic.offset_height()),
                end: top + r.height(),
                graphic,
            })
        })
        .collect()
}

fn viewport(window: &Window) -> (f64, f64) {
    let num = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (num(window.inner_width()), num(window.inner_height()))
}

/// The reader's view: the layout's width, the viewport's height and where it starts in the
/// document. On an embed page that is the host's viewport, unknown until the host sends it.
fn view(e: &Engine) -> Option<(f64, f64, f64)> {
    let (width, height) = viewport(&e.window);
    if e.state.embed {
        let host = e.state.host_view.get_untracked()?;
        Some((width, host.height, host.scroll_y()))
    } else {
        Some((width, height, e.window.scroll_y().unwrap_or(0.0)))
    }
}

/// Embed pages: keeps each chapter's graphic in the host's viewport (story mode only).
fn place_pins(e: &Engine, view: Option<(f64, f64, f64)>) {
    let story_mode = view.filter(|_| !e.state.article.get_untracked());
    for pin in &e.pins {
        let offset = story_mode.map_or(0.0, |(width, _, scroll_y)| {
            let inset = if width >= 900.0 { 16.0 } else { 0.0 };
            engine::pinned_offset(pin.top, pin.height, pin.end, scroll_y, inset)
        });
        let style = pin.graphic.style();
        if offset > 0.0 {
            let _ = style.set_property("transform", &format!("translateY({offset:.1}px)"));
        } else {
            let _ = style.remove_property("transform");
        }
    }
}

fn update(engine: &Shared) {
    let (state, active, moved) = {
        let mut e = engine.borrow_mut();
        let view = view(&e);
        if e.state.embed {
            embed_layout(&mut e);
            place_pins(&e, view);
            // A link to a step: once the host's viewport is known and the story laid out for
            // it, ask the host to scroll there.
            if let (Some((width, height, _)), Some(i), true) =
                (view, e.pending_step, e.story_layout)
            {
                e.pending_step = None;
                if let Some(y) =
                    engine::scroll_to_step(&e.layout, i, height, engine::trigger_ratio(width))
                {
                    // After the story's new height (boot.js measures in a timeout too), so
                    // the host has the room to scroll there.
                    let state = e.state;
                    let later = crate::share::web::once(Box::new(move || {
                        crate::embed::host::request_scroll(state, y)
                    }));
                    let _ = e
                        .window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(
                            later.unchecked_ref(),
                            0,
                        );
                }
            }
        }
        let active = view.and_then(|(width, height, scroll_y)| {
            engine::active_step(&e.layout, scroll_y, height, engine::trigger_ratio(width))
        });
        if let (Some(fill), Some((_, height, scroll_y))) = (&e.fill, view) {
            let p = engine::progress(scroll_y, height, e.doc_height);
            let _ = fill
                .style()
                .set_property("transform", &format!("scaleX({p:.4})"));
        }
        // Embed pages: the host hears when the reader reaches another chapter.
        let section = active.and_then(|i| e.steps.get(i)).map(|s| s.section);
        if e.state.embed && section.is_some() && section != e.chapter {
            e.chapter = section;
            if let Some(s) = section.and_then(|n| e.state.story.sections.get(n).map(|s| (n, s))) {
                let title = s.1.heading[1].get(e.state.lang).to_owned();
                crate::embed::host::post_event(
                    e.state,
                    crate::embed::protocol::Event::Chapter {
                        id: s.1.id.clone(),
                        index: s.0,
                        title,
                    },
                );
            }
        }
        (e.state, active, e.moved && !e.state.embed)
    };
    if state.active.get_untracked() != active {
        state.active.set(active);
        if moved {
            schedule_hash(engine, active);
        }
    }
}

/// Embed pages: the step heights follow the host's viewport (`--host-vh`), steady while only
/// a phone's address bar comes and goes. A change re-lays out the story, which the resize
/// observer then measures.
fn embed_layout(e: &mut Engine) {
    let host = e
        .state
        .host_view
        .get_untracked()
        .map(|v| (v.width, v.height));
    let size = engine::stable_viewport(e.host_size, host);
    if size == e.host_size {
        return;
    }
    e.host_size = size;
    let html = e
        .window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|h| h.dyn_into::<HtmlElement>().ok());
    if let (Some(html), Some((_, h))) = (html, size) {
        let _ = html
            .style()
            .set_property("--host-vh", &format!("{}px", h.round()));
    }
}

/// Puts the active step in the URL (replaceState, no history entries), once the reader
/// settles: Safari allows only 100 replaceState calls in 30 seconds.
fn schedule_hash(engine: &Shared, active: Option<usize>) {
    let mut e = engine.borrow_mut();
    if let Some(t) = e.hash_timer.take() {
        e.window.clear_timeout_with_handle(t);
    }
    let id = active.and_then(|i| e.steps.get(i)).map(|s| s.id);
    let window = e.window.clone();
    let write = Closure::once_into_js(move || {
        let Ok(history) = window.history() else {
            return;
        };
        let location = window.location();
        let url = match id {
            Some(id) => format!("#{id}"),
            None => format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            ),
        };
        if location.hash().unwrap_or_default() != url {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    });
    e.hash_timer = e
        .window
        .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 300)
        .ok();
}

fn on_step_key(engine: &Shared, ev: KeyboardEvent) {
    if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
        return;
    }
    let down = match ev.key().as_str() {
        "ArrowDown" | "j" | "J" => true,
        "ArrowUp" | "k" | "K" => false,
        _ => return,
    };
    // Controls that use these keys themselves keep them (a chart steps through its points).
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let tag = el.tag_name();
        if matches!(
            tag.as_str(),
            "INPUT" | "TEXTAREA" | "SELECT" | "CANVAS" | "SUMMARY"
        ) || el.closest("details[open]").ok().flatten().is_some()
        {
            return;
        }
    }
    let e = engine.borrow();
    let Some((width, height, _)) = view(&e) else {
        return;
    };
    let ratio = engine::trigger_ratio(width);
    let active = e.state.active.get_untracked();
    let Some(target) = engine::step_key_target(active, e.steps.len(), down) else {
        return;
    };
    let Some(y) = engine::scroll_to_step(&e.layout, target, height, ratio) else {
        return;
    };
    ev.prevent_default();
    if e.state.embed {
        crate::embed::host::request_scroll(e.state, y);
        return;
    }
    let opts = ScrollToOptions::new();
    opts.set_top(y);
    let smooth = !e.state.reduced_motion.get_untracked();
    opts.set_behavior(if smooth {
        ScrollBehavior::Smooth
    } else {
        ScrollBehavior::Instant
    });
    e.window.scroll_to_with_scroll_to_options(&opts);
}
