//! The symbols of pictograms (isotype): the vocabulary of the story's `charts.json` (`icon`,
//! `icons`), owned by the data model; the chart kit draws each.

use serde::{Deserialize, Serialize};

/// A symbol that stands for one thing counted (or for `per_icon` of them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Icon {
    Person,
    House,
    Building,
    Factory,
    Tree,
    Road,
    Car,
    School,
    Flame,
    Bowl,
    Star,
    Market,
}

impl Icon {
    pub const ALL: [Icon; 12] = [
        Icon::Person,
        Icon::House,
        Icon::Building,
        Icon::Factory,
        Icon::Tree,
        Icon::Road,
        Icon::Car,
        Icon::School,
        Icon::Flame,
        Icon::Bowl,
        Icon::Star,
        Icon::Market,
    ];
}
