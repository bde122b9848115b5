//! Chart kit: plotters charts for the story, drawn on any `DrawingBackend`.
//!
//! The flow: a [`ChartData`] (plain, localised: labels, values, formatted figures) and a
//! [`Viewport`] (CSS size, DPR, root font size) give a [`Layout`] ([`layout`], with a
//! [`TextMeasure`]: [`ApproxMeasure`], in the browser as at build time, so both lay a
//! chart out alike), computed once per viewport; each frame is [`draw`] with the current
//! (tweened) values. [`hit_test`] maps a pointer back to an item through the plotters
//! coordinates the marks are drawn in. [`view::ChartFigure`] is the Leptos component; the
//! browser glue that draws it on its canvas is `client/canvas/` (through [`view::FigureGlue`]).
//! Nothing here panics: every failure is a [`ChartError`], and
//! the page then shows the chart's table.
//!
//! One file per chart kind in `kinds/`, and one dispatch on the kind (`kinds/mod.rs`);
//! below the kinds, knowing none of them: `spec` (the description), `viewport`, `placed`
//! (placed texts, rows, frame), `ctx` (layout context), `marks` (paint and marks),
//! `measure`, `theme`, `tween`, `ui`. `design` holds the chart box's rules and the design
//! sizes the build draws every chart at; `svg` (native) writes those static pictures.

pub mod breaks;
pub mod ctx;
pub mod design;
pub mod draw;
pub mod engine;
pub mod hit;
pub mod icons;
pub mod kinds;
pub mod layout;
pub mod marks;
pub mod measure;
pub mod placed;
pub mod record;
pub mod spec;
#[cfg(not(target_arch = "wasm32"))]
pub mod svg;
pub mod theme;
pub mod tooltip;
pub mod tween;
pub mod ui;
pub mod validate;
pub mod view;
pub mod viewport;
pub mod wrap;

pub use crate::model::ChartKind;
pub use draw::{draw, Paint};
pub use engine::ChartState;
pub use hit::hit_test;
pub use layout::{layout, Layout, TextBox, Viewport};
pub use measure::{ApproxMeasure, Font, TextMeasure};
pub use spec::{ChartData, ChartError, Datum};
#[cfg(not(target_arch = "wasm32"))]
pub use svg::{render_static, render_svg};
pub use theme::Theme;
pub use validate::validate;
pub use view::{ChartFigure, FigureGlue, FigureInputs};
