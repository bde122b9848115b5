//! The scrolling story: hero, chapters of steps with a graphic that stays in view,
//! navigation and the credits, over the state that the step engine drives, and the step
//! engine's rule itself (`engine.rs`, pure).

pub mod announce;
pub mod chapter;
pub mod charts;
pub mod engine;
pub mod footer;
pub mod hero;
pub mod nav;
pub mod prefs;
pub mod suggest;
pub mod text;
