//! The browser hooks the glue is built on, in Leptos' `use_x` shape: options in (with
//! defaults), a handle or signals out, and cleanup when their owner goes (`on_cleanup`). The
//! rest of `client/` writes no observer, media query or animation-frame loop of its own; one-
//! shot callbacks and window listeners are Leptos' (`set_timeout`, `request_animation_frame`,
//! `window_event_listener`).
//!
//! Hand-written rather than leptos-use's: the resize observer must fall back from the
//! device-pixel box where the browser throws on it (WebKit), which leptos-use's cannot; the
//! others are a few lines each over it (bench/README.md shows what the crates cost).

mod events;
mod frames;
mod media;
mod observers;

pub use events::use_event_listener;
pub use frames::{use_frames, Frames};
pub use media::{use_dpr_change, use_media_query};
pub use observers::{
    device_size, use_intersection_observer, use_resize_observer, IntersectionOptions, ResizeOptions,
};

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;

/// Runs `stop` when the current owner is cleaned up (hooks hold JavaScript values, which are
/// not `Send`: the browser has one thread).
fn on_cleanup_local(stop: impl FnOnce() + 'static) {
    let stop = SendWrapper::new(stop);
    on_cleanup(move || (stop.take())());
}
