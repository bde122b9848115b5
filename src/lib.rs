//! A scrolling newspaper infographic: the story in the data folder the build is given
//! (`STORY_DIR`, default `stories/luyuan-2023/`), told in steps with charts, in three languages. The same
//! `App` renders to HTML natively (`ssr`) and hydrates in the browser (`hydrate`); see
//! ARCHITECTURE.md for the architecture.
//!
//! Layers, each depending only on those above it (`tests/layers.rs` holds them):
//! - core: `lang`, `format`, `figures`, `quote`, `model`, `html`, `url`, `ui_text`, `state`,
//!   `dataset`;
//! - the chart kit: `charts`, and the page's colours beside its palette, `colours`;
//! - the features, never on each other: `story`, `share`, `embed`;
//! - composition: `app`, `page` and `script_config` (native);
//! - the browser glue: `client` (`hydrate` only).

pub mod app;
pub mod charts;
#[cfg(feature = "hydrate")]
pub mod client;
pub mod colours;
pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub mod draft;
pub mod embed;
pub mod figures;
pub mod format;
pub mod html;
pub mod lang;
pub mod locale;
pub mod model;
#[cfg(feature = "ssr")]
pub mod page;
pub mod quote;
#[cfg(not(target_arch = "wasm32"))]
pub mod script_config;
pub mod share;
pub mod state;
pub mod story;
pub mod ui_text;
pub mod url;
