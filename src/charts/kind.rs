//! The chart kinds the kit draws: the data's own vocabulary (`model::ChartKind`, the
//! `kind` of `data/charts.json`), named here for the kit.

pub use crate::model::ChartKind;
