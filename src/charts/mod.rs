//! Chart kit (issue 5).

pub mod kind;

pub use kind::ChartKind;
