//! A chapter: the section's two-line heading, its text in steps, and a graphic that stays in
//! view while the steps scroll past and shows the chart of the active step.

use leptos::prelude::*;

use super::charts::chart_data;
use super::text::FigureText;
use crate::charts::view::DataLink;
use crate::charts::{ChartFigure, Theme};
use crate::dataset;
use crate::model::{ChartSpec, Section};
use crate::state::{place, Mode, Place, StoryState};

/// The parts of a chapter's markup that the browser glue looks for.
pub mod parts {
    /// A chapter (`data-chapter` = its index).
    pub const CHAPTER: &str = "chapter";
    /// One chart of the graphic with its actions (`data-chart` = the chart's id; `.current`
    /// when it is the one shown).
    pub const GRAPHIC_SLOT: &str = "graphic-slot";
    /// The island in a graphic slot: its chart, hydrated on its own.
    pub const CHART_ISLAND: &str = "chart-island";
    /// The steps and the graphic beside them.
    pub const SCROLLY: &str = "scrolly";
    /// The graphic: kept in view while the steps scroll past.
    pub const GRAPHIC: &str = "graphic";
    /// A step (`.active` when it is the active one).
    pub const STEP: &str = "step";
    pub const TITLE: &str = "chapter-title";
}

/// The chart ids of a section, in the order its steps first show them.
pub fn section_charts(section: &Section) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for step in &section.steps {
        if !ids.contains(&step.chart.as_str()) {
            ids.push(&step.chart);
        }
    }
    ids
}

/// The chart shown for a place in the section: the active step's, else the first chart
/// before the section and the last step's after it (each chart in its final state).
pub fn current_chart(section: &Section, at: Place) -> &str {
    let step = match at {
        Place::At(i) => section.steps.get(i),
        Place::Before => section.steps.first(),
        Place::After => section.steps.last(),
    };
    step.map(|s| s.chart.as_str()).unwrap_or_default()
}

/// The focus of chart `chart_id` of `section` (whose first step has global index `first`)
/// when `active` is the active step: the indices, in the chart's metrics, of what the step is
/// about. Empty (nothing dimmed) when another step or no step of the section is active.
pub fn focus(
    section: &Section,
    chart: &ChartSpec,
    first: usize,
    active: Option<usize>,
) -> Vec<usize> {
    match place(section, first, active) {
        Place::At(i) if section.steps[i].chart == chart.id => section.steps[i]
            .focus
            .iter()
            .filter_map(|f| chart.metrics.iter().position(|m| m == f))
            .collect(),
        _ => Vec::new(),
    }
}

/// What a chart's share card is about when `active` is the active step: the chart's focus
/// (see [`focus`]) and the step the card's link opens at: the active step if it shows the
/// chart, else the section's first step that does.
pub fn chart_moment(
    section: &Section,
    chart: &ChartSpec,
    first: usize,
    active: Option<usize>,
) -> (Vec<usize>, String) {
    let anchor = match place(section, first, active) {
        Place::At(i) if section.steps[i].chart == chart.id => &section.steps[i].id,
        _ => section
            .steps
            .iter()
            .find(|s| s.chart == chart.id)
            .map_or(&section.id, |s| &s.id),
    };
    (focus(section, chart, first, active), anchor.clone())
}

/// The link to a chart's figures as a CSV file (`dataset`), saved under the story's name.
pub fn chart_data_link(slug: &str, chart: &ChartSpec) -> DataLink {
    let href = dataset::chart_file(&chart.id);
    DataLink {
        file_name: dataset::saved_name(slug, &href),
        href,
    }
}

/// One chart of a chapter's graphic: an island, hydrated on its own (see `client/islands.rs`).
/// - `section`, `first`: the chapter and the global index of its first step;
/// - `chart`: the chart.
#[component]
pub fn GraphicSlot(
    section: &'static Section,
    first: usize,
    chart: &'static ChartSpec,
) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let data = chart_data(state.story, chart, state.lang);
    // A memo: a step change reaches only the charts whose focus it changes.
    let focus = Memo::new(move |_| focus(section, chart, first, state.active.get()));
    let theme = Signal::derive(move || {
        Some(if state.dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        })
    });
    // Shown when it is the graphic's current chart, or every chart is (read as article).
    let hidden = Memo::new(move |_| {
        let current = current_chart(section, place(section, first, state.active.get()));
        state.mode.get() != Mode::Article && current != chart.id
    });
    let data_link = chart_data_link(&state.story.meta.slug, chart);
    view! {
        <ChartFigure
            data=Signal::stored(data)
            focus=Signal::from(focus)
            theme
            reduced_motion=state.reduced_motion
            hidden=Signal::from(hidden)
            data_link
        />
    }
}

/// A chapter. Static markup (only prerendered): the browser glue sets `.active` on the
/// active step and `.current` on the graphic slot it shows.
/// - `section`: the section, from the story data.
/// - `number`: its index in the story; `first`: global index of its first step.
/// - `chart_actions`: what stands beside each chart (the app puts the share button there).
#[component]
pub fn Chapter(
    section: &'static Section,
    number: usize,
    first: usize,
    #[prop(into, optional)] chart_actions: ViewFn,
) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let title_id = format!("{}-title", section.id);
    let labelled_by = title_id.clone();
    let shown = current_chart(section, Place::Before);

    let figures = section_charts(section)
        .into_iter()
        .filter_map(|id| story.chart(id))
        .map(|chart| {
            view! {
                <div class=parts::GRAPHIC_SLOT class:current=chart.id == shown data-chart=chart.id.clone()>
                    <div class=format!("island {}", parts::CHART_ISLAND)><GraphicSlot section first chart/></div>
                    {chart_actions.run()}
                </div>
            }
        })
        .collect_view();

    // The chapter's opener: its key figure, large, with what it counts.
    let key_figure = section
        .key_figure
        .as_deref()
        .and_then(|id| story.metric(id))
        .map(|m| {
            view! {
                <p class="chapter-figure">
                    <span class="cf-value">{story.format(m, lang)}</span>
                    " "
                    <span class="cf-label">{m.label.get(lang).to_owned()}</span>
                </p>
            }
        });

    let steps = section
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            view! {
                <div class=parts::STEP id=step.id.clone() data-step=first + i data-chart=step.chart.clone()>
                    <div class="step-card">
                        <p><FigureText text=&step.text figures=&step.figures/></p>
                    </div>
                </div>
            }
        })
        .collect_view();

    // How many steps: the chapter's height is estimated from it while the page skips
    // laying the chapter out (style/main.css, "Chapters away from the screen").
    let steps_var = format!("--steps:{}", section.steps.len());
    view! {
        <section class=parts::CHAPTER id=section.id.clone() aria-labelledby=labelled_by data-chapter=number style=steps_var>
            <h2 class=parts::TITLE id=title_id>
                <span class="kicker">{section.heading[0].get(lang).to_owned()}</span>
                " "
                <span class="headline">{section.heading[1].get(lang).to_owned()}</span>
            </h2>
            {key_figure}
            // The text before its charts, as it reads (reader modes, screen readers, no
            // style); the style sheets put the graphic first on screen (`order`).
            <div class=parts::SCROLLY>
                <div class="steps">{steps}</div>
                <div class=parts::GRAPHIC>{figures}</div>
            </div>
        </section>
    }
}
