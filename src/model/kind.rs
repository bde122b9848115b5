//! The chart kinds the story uses: the data files' vocabulary (`data/charts.json`, field
//! `kind`), which the chart kit draws (`charts::ChartKind` is this type).

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
