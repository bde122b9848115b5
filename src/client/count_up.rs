//! The hero's count-up: once, when the page opens at the top, unless the reader's system
//! asks for reduced motion.

use leptos::prelude::*;

use super::hooks::use_frames;

const DURATION_MS: f64 = 1200.0;

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// How far the key figures have counted, 0 → 1 (1: the stated figures, as prerendered).
/// Only a reader who sees the hero gets the count-up; a load mid-page keeps the figures.
pub fn use_count_up(reduced_motion: bool) -> Signal<f64> {
    let count = RwSignal::new(1.0_f64);
    let w = window();
    let at_top =
        w.scroll_y().unwrap_or(0.0) < 10.0 && w.location().hash().unwrap_or_default().is_empty();
    if reduced_motion || !at_top {
        return count.into();
    }
    let start = std::rc::Rc::new(std::cell::Cell::new(0.0));
    let began = start.clone();
    let frames = use_frames(move || {
        let t = ((now() - began.get()) / DURATION_MS).clamp(0.0, 1.0);
        // Ease out: fast at first, settling on the figure.
        count.set(1.0 - (1.0 - t).powi(3));
        t < 1.0
    });
    // Once the figures have hydrated as prerendered.
    queue_microtask(move || {
        start.set(now());
        count.set(0.0);
        frames.request();
    });
    count.into()
}
