//! An event listener on any target, removed on cleanup.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, EventTarget};

/// Listens for `name` on `target` until the owner goes. `passive` unless the handler may
/// call `preventDefault` (keys).
pub fn use_event_listener(
    target: &EventTarget,
    name: &'static str,
    passive: bool,
    handler: impl FnMut(web_sys::Event) + 'static,
) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let opts = AddEventListenerOptions::new();
    opts.set_passive(passive);
    if target
        .add_event_listener_with_callback_and_add_event_listener_options(
            name,
            cb.as_ref().unchecked_ref(),
            &opts,
        )
        .is_err()
    {
        return;
    }
    let target = target.clone();
    super::on_cleanup_local(move || {
        let _ = target.remove_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
    });
}
