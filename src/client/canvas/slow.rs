//! Motion that a slow phone cannot keep up with is dropped: a chart frame over
//! [`SLOW_FRAME_MS`] cannot share a 60 fps frame with the page's scrolling, and once two have
//! been seen, the charts of this page jump to each step's state (as with reduced motion)
//! instead of tweening through a run of long frames.

use std::cell::Cell;

/// A chart frame longer than this leaves too little of a frame for scrolling.
const SLOW_FRAME_MS: f64 = 20.0;
/// Slow frames seen before the page stops animating (one may be a hiccup).
const SLOW_FRAMES: u32 = 2;

thread_local! {
    static SEEN: Cell<u32> = const { Cell::new(0) };
}

/// Records a chart frame's time; `true` if it was slow (the tween should end now).
pub fn frame(ms: f64) -> bool {
    let slow = ms > SLOW_FRAME_MS;
    if slow {
        SEEN.with(|n| n.set(n.get() + 1));
    }
    slow
}

/// Whether this device has shown itself too slow to animate the charts.
pub fn device() -> bool {
    SEEN.with(Cell::get) >= SLOW_FRAMES
}
