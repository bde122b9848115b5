//! A chart's own page (`chart-<id>.html`, `chart-<id>-zh-hans.html`, `chart-<id>-en.html`):
//! the chart alone for an iframe on another site (docs/embedding.md, "Embedding one chart"). It holds the
//! chart with its title and note, its table and "Get the data", and a source line: the
//! story's credit and a link to the story at the first step that shows the chart. Nothing
//! else: no bar, no text. Like the embed pages it is an embed (`data-embed`: `boot.js`
//! reports its height, the host's `bg` and `theme` apply) and only the chart hydrates.

use leptos::prelude::*;

use super::islands::{ids, Island};
use crate::charts::{ChartData, ChartFigure, Theme};
use crate::lang::Lang;
use crate::model::{self, ChartSpec, Step, Story};
use crate::state::StoryState;
use crate::story::chapter::chart_data_link;
use crate::story::charts::chart_data;
use crate::ui_text::{ui, Ui};

/// The `<html>` attribute that marks a chart's page; its value is the chart's id.
pub const CHART_PAGE_ATTR: &str = "data-chart-page";

/// The first step of the story that shows chart `id` (where its page links to).
pub fn first_step_showing<'a>(story: &'a Story, id: &str) -> Option<&'a Step> {
    story
        .sections
        .iter()
        .flat_map(|s| &s.steps)
        .find(|st| st.chart == id)
}

/// The story's page in `lang` at the first step that shows chart `id`.
pub fn story_at_chart(story: &Story, lang: Lang, id: &str) -> String {
    match first_step_showing(story, id) {
        Some(step) => format!("{}#{}", lang.page(), step.id),
        None => lang.page().to_owned(),
    }
}

/// The chart as its page shows it: its own note only (the source line below holds the
/// credit that the story's caption adds to it).
pub fn chart_page_data(story: &Story, spec: &ChartSpec, lang: Lang) -> ChartData {
    ChartData {
        note: spec.note.get(lang).to_owned(),
        ..chart_data(story, spec, lang)
    }
}

/// The page of chart `chart` in `lang`.
#[component]
pub fn ChartPage(lang: Lang, chart: &'static ChartSpec) -> impl IntoView {
    let story = model::story();
    provide_context(StoryState::new(lang, story, true));
    let href = story_at_chart(story, lang, &chart.id);
    view! {
        <main id="chart" class="chart-page">
            <Island id=ids::CHART><ChartAlone chart/></Island>
            <p class="chart-source">
                {story.meta.credit.get(lang).to_owned()} " · "
                <a href=href target="_blank" rel="noopener">
                    {ui(lang, Ui::ReadTheStory)} {lang.locale().punct.colon}
                    {story.title.get(lang).to_owned()}
                </a>
            </p>
        </main>
        <div id="app-notice" class="app-notice" role="status" hidden>{ui(lang, Ui::NoticeChartFailed)}</div>
    }
}

/// The chart of a chart's page, in its final state (no step, so no focus), in the page's
/// theme: the island that hydrates.
#[component]
pub fn ChartAlone(chart: &'static ChartSpec) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let data = chart_page_data(state.story, chart, state.lang);
    let data_link = chart_data_link(&state.story.meta.slug, chart);
    let theme = Signal::derive(move || {
        Some(if state.dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        })
    });
    view! {
        <ChartFigure data=Signal::stored(data) theme reduced_motion=state.reduced_motion data_link/>
    }
}
