//! Browser glue of an embed page (wasm only), kept thin: reads the URL parameters, listens
//! for the host's viewport, asks for it when the reader may have scrolled, and posts the
//! events. The rules are in `params.rs` and `protocol.rs`; heights are `boot.js`'s.
//!
//! A message is looked at only if it comes from the parent window and, when the host's
//! origin is known (`parentOrigin` or `parentUrl`), from that origin; then only the exact
//! shapes of `protocol.rs` are taken, and all they can do is move the step engine's view.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Window};

use super::params::EmbedParams;
use super::protocol::{
    event_message, hello_message, parse_object, parse_pym, pym_message, scroll_message, Event,
    HostMessage, RawObject,
};
use crate::story::state::StoryState;

fn parent(window: &Window) -> Option<Window> {
    let parent = window.parent().ok()??;
    (!Object::is(&parent, window)).then_some(parent)
}

/// Starts the embed glue. Called once, after hydration, on embed pages only.
pub fn start(state: StoryState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let params = EmbedParams::parse(&window.location().search().unwrap_or_default());
    state.params.set_value(params.clone());
    let Some(parent_window) = parent(&window) else {
        return;
    };

    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(HostMessage::View(v)) = accept(&ev, &parent_window, &params) {
            if state.host_view.get_untracked() != Some(v) {
                state.host_view.set(Some(v));
                crate::story::scroll::host_view_changed();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    request_view(state);
    watch_steps(state);
    post_event(state, Event::Ready);
}

/// The message, if it is one we take: from the parent, from the host's origin when known, in
/// one of the shapes of `protocol.rs`.
fn accept(ev: &MessageEvent, parent: &Window, params: &EmbedParams) -> Option<HostMessage> {
    let source = ev.source()?;
    if !Object::is(&source, parent) {
        return None;
    }
    if let Some(origin) = &params.parent_origin {
        if ev.origin() != *origin {
            return None;
        }
    }
    let data = ev.data();
    if let Some(s) = data.as_string() {
        return parse_pym(&s, params.child_id.as_deref()?);
    }
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return None;
    }
    let num = |k: &str| {
        Reflect::get(&data, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_f64())
    };
    let raw = RawObject {
        luyuan: num("luyuan"),
        kind: Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string())
            .filter(|s| s.len() <= 32),
        width: num("width"),
        height: num("height"),
        top: num("top"),
    };
    parse_object(&raw)
}

fn post(state: StoryState, message: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent(&window) else {
        return;
    };
    let target = state
        .params
        .with_value(|p| p.parent_origin.clone())
        .unwrap_or_else(|| "*".into());
    let _ = parent.post_message(message, &target);
}

fn post_json(state: StoryState, json: &str) {
    if let Ok(obj) = js_sys::JSON::parse(json) {
        post(state, &obj);
    }
}

fn child_id(state: StoryState) -> Option<String> {
    state.params.with_value(|p| p.child_id.clone())
}

/// Tells the host about the reader (README "Host events"): as an object for our loader, and
/// as pym.js's `luyuan-event` message for a pym.js parent.
pub fn post_event(state: StoryState, event: Event) {
    if !state.embed {
        return;
    }
    let id = child_id(state);
    let json = event_message(id.as_deref(), state.lang, &event);
    post_json(state, &json);
    if let Some(id) = id {
        post(
            state,
            &JsValue::from_str(&pym_message(&id, "luyuan-event", &json)),
        );
    }
}

/// Asks the host to scroll so that `y` of the story is at the top of its viewport.
pub fn request_scroll(state: StoryState, y: f64) {
    let id = child_id(state);
    post_json(state, &scroll_message(id.as_deref(), y));
    if let Some(id) = id {
        post(
            state,
            &JsValue::from_str(&pym_message(
                &id,
                "scrollToChildPos",
                &format!("{}", y.max(0.0).round()),
            )),
        );
    }
}

/// Asks the host for its viewport: our loader answers `hello`, pym.js `parentPositionInfo`.
fn request_view(state: StoryState) {
    let id = child_id(state);
    post_json(state, &hello_message(id.as_deref()));
    if let Some(id) = id {
        post(
            state,
            &JsValue::from_str(&pym_message(&id, "parentPositionInfo", "")),
        );
    }
}

/// When a step comes into or out of the host's viewport, the reader has scrolled the host
/// page: ask for the viewport again. (Intersection observers see the top-level viewport from
/// inside a cross-origin iframe.) So even a pym.js host without `trackscroll` moves the story
/// along, step by step; our loader and `trackscroll` send every scroll themselves.
fn watch_steps(state: StoryState) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let pending = Rc::new(Cell::new(false));
    let cb = Closure::<dyn FnMut()>::new(move || {
        if pending.replace(true) {
            return;
        }
        let pending = pending.clone();
        let later = crate::share::web::once(Box::new(move || {
            pending.set(false);
            request_view(state);
        }));
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(later.unchecked_ref());
        }
    });
    let opts = web_sys::IntersectionObserverInit::new();
    let thresholds = js_sys::Array::of3(&0.0.into(), &0.5.into(), &1.0.into());
    opts.set_threshold(&thresholds);
    let Ok(observer) =
        web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts)
    else {
        return;
    };
    if let Ok(steps) = document.query_selector_all(".step, .chapter-title") {
        for i in 0..steps.length() {
            if let Some(el) = steps
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                observer.observe(&el);
            }
        }
    }
    cb.forget();
    std::mem::forget(observer);
}
