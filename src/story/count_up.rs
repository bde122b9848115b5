//! Browser glue: the hero's count-up, once, when the page opens at the top.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

const DURATION_MS: f64 = 1200.0;

pub fn start(count: RwSignal<f64>, reduced_motion: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Only a reader who sees the hero gets the count-up; a load mid-page keeps the figures.
    let at_top = window.scroll_y().unwrap_or(0.0) < 10.0
        && window.location().hash().unwrap_or_default().is_empty();
    if reduced_motion || !at_top {
        return;
    }
    count.set(0.0);
    let start = window.performance().map(|p| p.now()).unwrap_or(0.0);
    let tick: std::rc::Rc<std::cell::RefCell<Option<Closure<dyn FnMut(f64)>>>> = Default::default();
    let next = tick.clone();
    *tick.borrow_mut() = Some(Closure::new(move |now: f64| {
        let t = ((now - start) / DURATION_MS).clamp(0.0, 1.0);
        // Ease out: fast at first, settling on the figure.
        count.set(1.0 - (1.0 - t).powi(3));
        match (t < 1.0, web_sys::window(), next.borrow().as_ref()) {
            (true, Some(w), Some(f)) => {
                let _ = w.request_animation_frame(f.as_ref().unchecked_ref());
            }
            _ => {}
        }
    }));
    if let Some(f) = tick.borrow().as_ref() {
        let _ = window.request_animation_frame(f.as_ref().unchecked_ref());
    }
    // The closure holds itself until the page goes; one small leak, once.
    std::mem::forget(tick);
}
