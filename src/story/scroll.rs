//! Browser glue of the step engine: measures where the steps are (once per layout, on
//! resize and when the story's size changes), and on scroll asks the pure rule in
//! `engine.rs` which step is active. Nothing else listens to scroll. It also keeps the
//! progress bar, the URL hash and the step keys.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, HtmlElement, KeyboardEvent, ResizeObserver, ScrollBehavior, ScrollToOptions, Window};

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
}

type Shared = Rc<RefCell<Engine>>;

/// Starts the engine for the page's steps. Called once, after hydration.
pub fn start(state: StoryState) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let fill = document.query_selector(".progress-fill").ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let engine: Shared = Rc::new(RefCell::new(Engine {
        state,
        window: window.clone(),
        steps: step_refs(state.story),
        layout: StepLayout::default(),
        doc_height: 0.0,
        fill,
        frame_pending: false,
        hash_timer: None,
        moved: false,
    }));
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
    if let (Ok(observer), Some(main)) = (ResizeObserver::new(on_layout.as_ref().unchecked_ref()), document.get_element_by_id("story")) {
        observer.observe(&main);
        std::mem::forget(observer);
    }
    on_layout.forget();

    // Step keys act only while the story has focus (WCAG 2.1.4).
    if let Some(main) = document.get_element_by_id("story") {
        let engine = engine.clone();
        let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |ev: KeyboardEvent| on_step_key(&engine, ev));
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
    let Some(document) = e.window.document() else { return };
    let scroll_y = e.window.scroll_y().unwrap_or(0.0);
    let tops = e
        .steps
        .iter()
        .map(|s| document.get_element_by_id(s.id).map_or(f64::MAX, |el| el.get_bounding_client_rect().top() + scroll_y))
        .collect();
    // The last step stays active to the end of the page.
    e.layout = StepLayout { tops, end: f64::INFINITY };
    e.doc_height = document.document_element().map_or(0.0, |d| d.scroll_height() as f64);
}

fn viewport(window: &Window) -> (f64, f64) {
    let num = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (num(window.inner_width()), num(window.inner_height()))
}

fn update(engine: &Shared) {
    let e = engine.borrow();
    let (width, height) = viewport(&e.window);
    let scroll_y = e.window.scroll_y().unwrap_or(0.0);
    let active = engine::active_step(&e.layout, scroll_y, height, engine::trigger_ratio(width));
    if let Some(fill) = &e.fill {
        let p = engine::progress(scroll_y, height, e.doc_height);
        let _ = fill.style().set_property("transform", &format!("scaleX({p:.4})"));
    }
    let state = e.state;
    let changed = state.active.get_untracked() != active;
    let moved = e.moved;
    drop(e);
    if changed {
        state.active.set(active);
        if moved {
            schedule_hash(engine, active);
        }
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
        let Ok(history) = window.history() else { return };
        let location = window.location();
        let url = match id {
            Some(id) => format!("#{id}"),
            None => format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default()),
        };
        if location.hash().unwrap_or_default() != url {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    });
    e.hash_timer = e.window.set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 300).ok();
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
    if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
        let tag = el.tag_name();
        if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT" | "CANVAS" | "SUMMARY") || el.closest("details[open]").ok().flatten().is_some() {
            return;
        }
    }
    let e = engine.borrow();
    let (width, height) = viewport(&e.window);
    let ratio = engine::trigger_ratio(width);
    let active = e.state.active.get_untracked();
    let Some(target) = engine::step_key_target(active, e.steps.len(), down) else { return };
    let Some(y) = engine::scroll_to_step(&e.layout, target, height, ratio) else { return };
    ev.prevent_default();
    let opts = ScrollToOptions::new();
    opts.set_top(y);
    let smooth = !e.state.reduced_motion.get_untracked();
    opts.set_behavior(if smooth { ScrollBehavior::Smooth } else { ScrollBehavior::Instant });
    e.window.scroll_to_with_scroll_to_options(&opts);
}
