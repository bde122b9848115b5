//! Animation frames on demand: one loop per user (a tween, a count-up, the step engine),
//! running a frame function while it asks for more.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::request_animation_frame;

struct Inner {
    pending: Cell<bool>,
    stopped: Cell<bool>,
    frame: RefCell<Box<dyn FnMut() -> bool>>,
}

/// A loop of animation frames, started by [`Frames::request`].
#[derive(Clone)]
pub struct Frames(Rc<Inner>);

impl Frames {
    /// Runs the frame function on the next animation frame (once, however often this is
    /// called before it), and again on each following frame while it returns `true`.
    pub fn request(&self) {
        if self.0.stopped.get() || self.0.pending.replace(true) {
            return;
        }
        let weak = Rc::downgrade(&self.0);
        request_animation_frame(move || {
            let Some(inner) = weak.upgrade() else { return };
            inner.pending.set(false);
            if inner.stopped.get() {
                return;
            }
            let more = match inner.frame.try_borrow_mut() {
                Ok(mut f) => f(),
                Err(_) => false,
            };
            if more {
                Frames(inner).request();
            }
        });
    }

    /// No more frames (also on cleanup).
    pub fn stop(&self) {
        self.0.stopped.set(true);
    }
}

/// Frames running `frame` (which returns whether it needs another); none until the first
/// [`Frames::request`], none after the owner goes.
pub fn use_frames(frame: impl FnMut() -> bool + 'static) -> Frames {
    let frames = Frames(Rc::new(Inner {
        pending: Cell::new(false),
        stopped: Cell::new(false),
        frame: RefCell::new(Box::new(frame)),
    }));
    let stop = frames.clone();
    super::on_cleanup_local(move || stop.stop());
    frames
}
