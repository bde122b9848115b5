//! A chart's page in the browser (`app::chart_page`): only its chart hydrates, drawn in the
//! page's theme (the host's `?theme=`, else the reader's system) and motion setting, and
//! the embed glue talks to the host page as on an embed page (its viewport, `luyuan:ready`;
//! `boot.js` sends the heights).

use leptos::prelude::*;

use super::islands::island;
use super::{display, embed};
use crate::app::chart_page::ChartAlone;
use crate::app::islands::ids;
use crate::lang::Lang;
use crate::model;
use crate::state::StoryState;

/// Starts the page of chart `id` in `lang`.
pub fn start(lang: Lang, id: &str) {
    super::data_parsed();
    let root = Owner::new_root(None);
    root.set();
    let state = StoryState::new(lang, model::story(), true);
    std::mem::forget(root);
    let Some(chart) = state.story.chart(id) else {
        super::started();
        return;
    };
    // The first hydration starts Leptos' executor; the chart's glue draws in an effect,
    // after the settings below are read.
    island(ids::CHART, state, move || view! { <ChartAlone chart/> });
    display::follow_settings(state);
    embed::start(state);
    super::started();
}
