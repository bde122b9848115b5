//! The scrolling story (issue 4): hero, chapters of steps with a sticky graphic, navigation
//! and the credits, over the state that the step engine drives.

pub mod announce;
pub mod chapter;
pub mod charts;
pub mod engine;
pub mod footer;
pub mod hero;
pub mod nav;
pub mod prefs;
pub mod state;
pub mod suggest;
pub mod text;

#[cfg(all(target_arch = "wasm32", feature = "hydrate"))]
pub mod client;
#[cfg(target_arch = "wasm32")]
mod count_up;
#[cfg(target_arch = "wasm32")]
pub mod display;
#[cfg(target_arch = "wasm32")]
pub mod scroll;
