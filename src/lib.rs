//! 綠園區 2023: a scrolling infographic. The same `App` renders to HTML natively (`ssr`)
//! and hydrates in the browser (`hydrate`); see README.md for the architecture.

pub mod app;
pub mod charts;
pub mod embed;
pub mod format;
pub mod lang;
pub mod model;
#[cfg(feature = "ssr")]
pub mod page;
pub mod quote;
pub mod share;
pub mod story;
pub mod ui_text;
