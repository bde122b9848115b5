//! The chart kinds the story uses: the vocabulary of the story's `charts.json` (field `kind`),
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
    /// A true share of one whole, 0 to 100 % (93 % of farm work done by machine).
    Gauge,
    /// Shares of each item's own whole, or progress to a target, as bars on a track with the
    /// target marked (time limits cut by 80.8 %; 147 % of a five-year target).
    Progress,
    /// Parts of one whole that do not overlap, as squares of a grid.
    Waffle,
    /// Small, concrete counts of like things, one symbol per unit (isotype rows).
    Pictogram,
    /// A rank among n (9th of 68).
    Rank,
    /// One big figure that counts up.
    BigNumber,
    /// A figure wall: several unrelated figures of a step, each on its own, no shared axis.
    Figures,
}

impl ChartKind {
    /// The kind's name as in the data files.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Bars => "bars",
            ChartKind::Hbars => "hbars",
            ChartKind::Growth => "growth",
            ChartKind::Gauge => "gauge",
            ChartKind::Progress => "progress",
            ChartKind::Waffle => "waffle",
            ChartKind::Pictogram => "pictogram",
            ChartKind::Rank => "rank",
            ChartKind::BigNumber => "big-number",
            ChartKind::Figures => "figures",
        }
    }
}
