//! Media queries: a query as a signal (reduced motion, a dark scheme), and the device pixel
//! ratio's changes (zoom, another screen).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::AddEventListenerOptions;

/// Whether `query` matches, kept up to date (`matchMedia` and its `change`); `false` where
/// the browser cannot tell.
pub fn use_media_query(query: &str) -> Signal<bool> {
    let list = web_sys::window().and_then(|w| w.match_media(query).ok().flatten());
    let matches = RwSignal::new(list.as_ref().is_some_and(|l| l.matches()));
    if let Some(list) = list {
        let l = list.clone();
        let cb = Closure::<dyn FnMut()>::new(move || matches.set(l.matches()));
        if list
            .add_event_listener_with_callback("change", cb.as_ref().unchecked_ref())
            .is_ok()
        {
            super::on_cleanup_local(move || {
                let _ =
                    list.remove_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
            });
        }
    }
    matches.read_only().into()
}

/// Calls `on_change` whenever the device pixel ratio changes: a one-shot listener on
/// `(resolution: Xdppx)`, renewed for the new ratio each time, until the owner goes.
pub fn use_dpr_change(on_change: impl Fn() + 'static) {
    let alive = std::rc::Rc::new(std::cell::Cell::new(true));
    watch(std::rc::Rc::new(on_change), alive.clone());
    super::on_cleanup_local(move || alive.set(false));
}

fn watch(on_change: std::rc::Rc<dyn Fn()>, alive: std::rc::Rc<std::cell::Cell<bool>>) {
    let Some(w) = web_sys::window() else { return };
    let query = format!("(resolution: {}dppx)", w.device_pixel_ratio());
    let Some(list) = w.match_media(&query).ok().flatten() else {
        return;
    };
    let cb = Closure::once_into_js(move || {
        if alive.get() {
            on_change();
            watch(on_change, alive);
        }
    });
    let opts = AddEventListenerOptions::new();
    opts.set_once(true);
    let _ = list.add_event_listener_with_callback_and_add_event_listener_options(
        "change",
        cb.unchecked_ref(),
        &opts,
    );
}
