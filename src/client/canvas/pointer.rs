//! Pointer and keys on a chart: hover (mouse) and tap show an item's tooltip, arrow keys
//! step through the items while the chart has focus, and a tap elsewhere, scrolling or
//! leaving hides it. (Print shows the static pictures, not the canvas.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, HtmlCanvasElement, HtmlElement};

use super::{Handle, Inner};
use crate::charts::tooltip::step;
use crate::client::hooks::use_event_listener;

/// A listener that calls `f` on the chart; `f` returns whether to redraw.
fn on(
    handle: &Handle,
    target: &EventTarget,
    name: &'static str,
    f: impl Fn(&mut Inner, &web_sys::Event) -> bool + 'static,
) {
    let h = handle.clone();
    use_event_listener(target, name, name != "keydown", move |e| {
        h.with(|inner| f(inner, &e))
    });
}

fn is_mouse(e: &web_sys::Event) -> bool {
    e.dyn_ref::<web_sys::PointerEvent>()
        .is_some_and(|p| p.pointer_type() == "mouse")
}

pub(super) fn listen(handle: &Handle, figure: &HtmlElement, canvas: &HtmlCanvasElement) {
    let c: &EventTarget = canvas.as_ref();
    on(handle, c, "pointermove", |inner, e| {
        let Some(m) = e.dyn_ref::<web_sys::MouseEvent>().filter(|_| is_mouse(e)) else {
            return false;
        };
        let i = inner.hit(m);
        inner.set_active(i, false)
    });
    on(handle, c, "pointerdown", |inner, e| {
        let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() else {
            return false;
        };
        let i = inner.hit(m);
        inner.set_active(i, true)
    });
    on(handle, c, "pointerleave", |inner, e| {
        is_mouse(e) && inner.set_active(None, false)
    });
    on(handle, c, "blur", |inner, _| inner.set_active(None, false));
    on(handle, c, "keydown", |inner, e| {
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
    // Tapping elsewhere hides the tooltip.
    let fig: web_sys::Node = figure.clone().into();
    on(
        handle,
        document().as_ref(),
        "pointerdown",
        move |inner, e| {
            let inside = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|n| fig.contains(Some(&n)));
            !inside && inner.set_active(None, false)
        },
    );
    let w = window();
    on(handle, &w, "scroll", |inner, _| {
        inner.set_active(None, false)
    });
}
