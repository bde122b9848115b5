//! Charts drawn ahead (off screen, or hidden behind the chart of their graphic on view) wait
//! in one queue, and one loop of animation frames plays them onto their canvases a few
//! shapes at a time: together they take at most [`SLICE_MS`] of a frame, so that a slow
//! phone's frame, which also lays out and paints the scrolling page, stays under 50 ms.
//! A chart on screen is drawn by its own frames, whole.

use std::cell::{Cell, RefCell};

use leptos::prelude::request_animation_frame;

use super::{now, Handle};

/// What the charts drawn ahead may take of one frame, together. One shape may overrun it
/// (a fresh canvas's first text, its backing store allocated, took ~15 ms at 4× CPU).
pub const SLICE_MS: f64 = 6.0;

thread_local! {
    static QUEUE: RefCell<Vec<Handle>> = const { RefCell::new(Vec::new()) };
    static RUNNING: Cell<bool> = const { Cell::new(false) };
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

/// One frame's slice: the queue's first charts, until the slice is spent.
fn run() {
    let until = now() + SLICE_MS;
    loop {
        let Some(first) = QUEUE.with(|q| q.borrow().first().cloned()) else {
            RUNNING.set(false);
            return;
        };
        if first.ahead(until) {
            QUEUE.with(|q| {
                q.borrow_mut().retain(|h| !h.inner.ptr_eq(&first.inner));
            });
        }
        if now() >= until {
            break;
        }
    }
    request_animation_frame(run);
}
