//! The islands of the page: the only parts that hydrate in the browser, each from the
//! element with its id (`client/islands.rs`), whose only child the island's component
//! rendered. The chart islands are in the chapters (`story::chapter::parts::CHART_ISLAND`).

use leptos::prelude::*;

/// The ids of the page's islands.
pub mod ids {
    /// The top bar, or on an embed page the embed bar.
    pub const BAR: &str = "topbar-island";
    pub const KEY_FIGURES: &str = "key-figures-island";
    pub const ANNOUNCER: &str = "announcer-island";
    pub const SUGGEST: &str = "suggest-island";
    /// The chart of a chart's page (`app::chart_page`).
    pub const CHART: &str = "chart-page-island";
}

/// An island: `children` (one component) in an element the browser glue hydrates it from.
#[component]
pub fn Island(id: &'static str, children: Children) -> impl IntoView {
    view! { <div class="island" id=id>{children()}</div> }
}
