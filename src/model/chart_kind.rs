//! The chart kinds the story uses: the vocabulary of `data/charts.json` (field `kind`),
//! owned by the data model; the chart kit imports it and gives each kind its drawing.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// Vertical bars, one unit, direct labels; turns horizontal when bars get too thin.
    Bars,
    /// Horizontal bars: long labels (Chinese categories) read best on a phone.
    Hbars,
    /// Growth rates as bars around a zero line.
    Growth,
    /// A share or rate against a whole (93 %, 61 %, 147 % of a target).
    Gauge,
    /// Counts of people, homes or things as units in a grid.
    Waffle,
    /// A rank among n (9th of 68).
    Rank,
    /// One big figure that counts up.
    BigNumber,
}

impl ChartKind {
    /// The kind's name as in the data files.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Bars => "bars",
            ChartKind::Hbars => "hbars",
            ChartKind::Growth => "growth",
            ChartKind::Gauge => "gauge",
            ChartKind::Waffle => "waffle",
            ChartKind::Rank => "rank",
            ChartKind::BigNumber => "big-number",
        }
    }
}
