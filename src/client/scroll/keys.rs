//! Step keys (↓/↑, J/K): the next or previous step, only while the story has focus
//! (WCAG 2.1.4); controls that use these keys themselves keep them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, ScrollBehavior, ScrollToOptions};

use super::{view, Shared};
use crate::client::hooks::use_event_listener;
use crate::state::HostNote;
use crate::story::engine;

pub(super) fn listen(main: &Element, engine: Shared) {
    use_event_listener(main.as_ref(), "keydown", false, move |ev| {
        if let Some(ev) = ev.dyn_ref::<KeyboardEvent>() {
            on_step_key(&engine, ev);
        }
    });
}

fn on_step_key(engine: &Shared, ev: &KeyboardEvent) {
    if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
        return;
    }
    let down = match ev.key().as_str() {
        "ArrowDown" | "j" | "J" => true,
        "ArrowUp" | "k" | "K" => false,
        _ => return,
    };
    // Controls that use these keys themselves keep them (a chart steps through its points).
    if let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) {
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
    let ratio = engine::trigger_ratio(width, height, e.layout.graphic_bottom);
    let active = e.state.active.get_untracked();
    let Some(target) = engine::step_key_target(active, e.steps.len(), down) else {
        return;
    };
    let Some(y) = engine::scroll_to_step(&e.layout, target, height, ratio) else {
        return;
    };
    ev.prevent_default();
    if e.state.embed {
        e.state.tell_host(HostNote::Scroll { y });
        return;
    }
    let opts = ScrollToOptions::new();
    opts.set_top(y);
    opts.set_behavior(if e.state.reduced_motion.get_untracked() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    window().scroll_to_with_scroll_to_options(&opts);
}
