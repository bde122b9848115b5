//! Charts drawn ahead (off screen, or hidden behind the chart of their graphic on view) wait
//! in one queue, and one loop of animation frames plays them onto their canvases a few
//! shapes at a time: together they take at most [`SLICE_MS`] of a frame, so that a slow
//! phone's frame, which also lays out and paints the scrolling page, stays under 50 ms.
//! A chart on screen is drawn by its own frames, whole; on a slow device a chart on screen
//! that a step redraws is played onto the page's one back buffer and copied onto its canvas
//! once whole (the reader sees the step's change a few frames later, never half of it).

use std::cell::{Cell, RefCell};

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

use super::{now, Handle};

/// What the charts drawn ahead may take of one frame, together. One shape may overrun it
/// (a fresh canvas's first text, its backing store allocated, took ~15 ms at 4× CPU).
pub const SLICE_MS: f64 = 6.0;

thread_local! {
    static QUEUE: RefCell<Vec<Handle>> = const { RefCell::new(Vec::new()) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    static BACK: RefCell<Option<HtmlCanvasElement>> = const { RefCell::new(None) };
}

/// The back buffer, at least `w` × `h` device pixels (it only grows: a new size would
/// allocate its backing store again). `None` if the page cannot make a canvas.
pub(super) fn back_buffer(w: u32, h: u32) -> Option<HtmlCanvasElement> {
    BACK.with(|b| {
        let mut b = b.borrow_mut();
        if b.is_none() {
            *b = document()
                .create_element("canvas")
                .ok()
                .and_then(|e| e.dyn_into().ok());
        }
        let c = b.as_ref()?;
        if c.width() < w {
            c.set_width(w);
        }
        if c.height() < h {
            c.set_height(h);
        }
        Some(c.clone())
    })
}

/// Puts a chart in the queue (once), first come first drawn.
pub(super) fn enqueue(chart: &Handle) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if !q.iter().any(|h| h.inner.ptr_eq(&chart.inner)) {
            q.push(chart.clone());
        }
    });
    if !RUNNING.replace(true) {
        request_animation_frame(run);
    }
}

/// One frame's slice: the queue's first charts, until the slice is spent (a chart not
/// done has spent it, or is busy: the next frame goes on with it).
fn run() {
    let until = now() + SLICE_MS;
    loop {
        let Some(first) = QUEUE.with(|q| q.borrow().first().cloned()) else {
            RUNNING.set(false);
            return;
        };
        if !first.ahead(until) {
            break;
        }
        QUEUE.with(|q| q.borrow_mut().retain(|h| !h.inner.ptr_eq(&first.inner)));
        if now() >= until {
            break;
        }
    }
    request_animation_frame(run);
}
