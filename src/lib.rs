//! A scrolling newspaper infographic: the story in the data folder the build is given
//! (`STORY_DIR`, default `data/`), told in steps with charts, in three languages. The same
//! `App` renders to HTML natively (`ssr`) and hydrates in the browser (`hydrate`); see
//! README.md for the architecture.

pub mod app;
pub mod charts;
pub mod colours;
pub mod embed;
pub mod format;
pub mod lang;
pub mod model;
#[cfg(feature = "ssr")]
pub mod page;
pub mod quote;
#[cfg(not(target_arch = "wasm32"))]
pub mod script_config;
pub mod share;
pub mod story;
pub mod ui_text;
