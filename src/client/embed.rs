//! The embed page's glue, kept thin: reads the URL parameters, listens for the host's
//! viewport (into `state.host_view`), asks for it when the reader may have scrolled, and
//! posts what the story tells the host (`state.to_host`, the chapter the reader reaches).
//! The rules are in `embed/params.rs` and `embed/protocol.rs`; heights are `boot.js`'s.
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

use super::hooks::{use_intersection_observer, IntersectionOptions};
use crate::embed::params::EmbedParams;
use crate::embed::protocol::{
    event_message, hello_message, parse_object, parse_pym, pym_message, scroll_message, Event,
    HostMessage, RawObject,
};
use crate::state::{step_refs, HostNote, StoryState};
use crate::story::chapter::parts;

fn parent() -> Option<Window> {
    let w = window();
    let parent = w.parent().ok()??;
    (!Object::is(&parent, &w)).then_some(parent)
}

/// Where and how the story posts to its host.
#[derive(Clone)]
struct Host {
    lang: crate::lang::Lang,
    params: Rc<EmbedParams>,
}

/// Starts the embed glue. Called once, after hydration, on embed pages only.
pub fn start(state: StoryState) {
    let params = EmbedParams::parse(&window().location().search().unwrap_or_default());
    state.host_page.set(params.host_page());
    let Some(parent_window) = parent() else {
        return;
    };
    let host = Host {
        lang: state.lang,
        params: Rc::new(params),
    };

    let params = host.params.clone();
    let on_message = window_event_listener(leptos::ev::message, move |ev: MessageEvent| {
        if let Some(HostMessage::View(v)) = accept(&ev, &parent_window, &params) {
            if state.host_view.get_untracked() != Some(v) {
                state.host_view.set(Some(v));
            }
        }
    });
    on_cleanup(move || on_message.remove());

    host.request_view();
    watch_steps(host.clone());
    post_notes(state, host.clone());
    post_chapters(state, host.clone());
    host.post_event(&Event::Ready);
}

/// What the rest of the story queued for the host, posted in order.
fn post_notes(state: StoryState, host: Host) {
    Effect::new(move |_| {
        state.to_host.track();
        let notes = state
            .to_host
            .try_update_untracked(std::mem::take)
            .unwrap_or_default();
        for note in notes {
            match note {
                HostNote::Scroll { y } => host.request_scroll(y),
                HostNote::Lang { to } => host.post_event(&Event::Lang { to }),
                HostNote::Share {
                    what,
                    method,
                    chart,
                } => host.post_event(&Event::Share {
                    what,
                    method,
                    chart,
                }),
            }
        }
    });
}

/// The host hears when the reader reaches another chapter.
fn post_chapters(state: StoryState, host: Host) {
    let refs = step_refs(state.story);
    Effect::new(move |previous: Option<Option<usize>>| {
        let section = state
            .active
            .get()
            .and_then(|i| refs.get(i))
            .map(|s| s.section);
        let last = previous.flatten();
        if let Some(n) = section.filter(|&n| Some(n) != last) {
            if let Some(s) = state.story.sections.get(n) {
                host.post_event(&Event::Chapter {
                    id: s.id.clone(),
                    index: n,
                    title: s.heading[1].get(state.lang).to_owned(),
                });
            }
        }
        section.or(last)
    });
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

impl Host {
    fn post(&self, message: &JsValue) {
        let Some(parent) = parent() else { return };
        let target = self.params.parent_origin.as_deref().unwrap_or("*");
        let _ = parent.post_message(message, target);
    }

    fn post_json(&self, json: &str) {
        if let Ok(obj) = js_sys::JSON::parse(json) {
            self.post(&obj);
        }
    }

    fn child_id(&self) -> Option<&str> {
        self.params.child_id.as_deref()
    }

    /// Our loader's message, and the same as pym.js's `kind` message to a pym.js parent.
    fn post_both(&self, ours: &str, pym_kind: &str, pym_payload: &str) {
        self.post_json(ours);
        if let Some(id) = self.child_id() {
            self.post(&JsValue::from_str(&pym_message(id, pym_kind, pym_payload)));
        }
    }

    /// Tells the host about the reader (docs/embedding.md, "Host events").
    fn post_event(&self, event: &Event) {
        let json = event_message(self.child_id(), self.lang, event);
        self.post_both(&json, "luyuan-event", &json);
    }

    /// Asks the host to scroll so that `y` of the story is at the top of its viewport.
    fn request_scroll(&self, y: f64) {
        let at = format!("{}", y.max(0.0).round());
        self.post_both(&scroll_message(self.child_id(), y), "scrollToChildPos", &at);
    }

    /// Asks the host for its viewport: our loader answers `hello`, pym.js
    /// `parentPositionInfo`.
    fn request_view(&self) {
        self.post_both(&hello_message(self.child_id()), "parentPositionInfo", "");
    }
}

/// When a step comes into or out of the host's viewport, the reader has scrolled the host
/// page: ask for the viewport again. (Intersection observers see the top-level viewport from
/// inside a cross-origin iframe.) So even a pym.js host without `trackscroll` moves the story
/// along, step by step; our loader and `trackscroll` send every scroll themselves.
fn watch_steps(host: Host) {
    let selector = format!(".{}, .{}", parts::STEP, parts::TITLE);
    let Ok(list) = document().query_selector_all(&selector) else {
        return;
    };
    let steps: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let pending = Rc::new(Cell::new(false));
    let options = IntersectionOptions {
        thresholds: vec![0.0, 0.5, 1.0],
        ..Default::default()
    };
    use_intersection_observer(&steps, options, move |_| {
        if pending.replace(true) {
            return;
        }
        let (pending, host) = (pending.clone(), host.clone());
        request_animation_frame(move || {
            pending.set(false);
            host.request_view();
        });
    });
}
