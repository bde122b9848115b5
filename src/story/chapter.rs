//! A chapter: the section's two-line heading, its text in steps, and a graphic that stays in
//! view while the steps scroll past and shows the chart of the active step.

use leptos::prelude::*;

use super::charts::chart_data;
use super::state::{place, Place, StoryState};
use super::text::FigureText;
use crate::charts::view::ChartFigure;
use crate::model::Section;
use crate::share::button::ChartShareButton;

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

/// What a chart's share card is about at a place in its section: the items the step
/// showing it focuses on (indices into the chart's metrics) and the step (else the first step
/// showing the chart) that the card's link opens at.
pub fn chart_moment(section: &Section, at: Place, spec: &crate::model::ChartSpec) -> (Vec<usize>, String) {
    match at {
        Place::At(i) if section.steps[i].chart == spec.id => {
            let step = &section.steps[i];
            let focus = step.focus.iter().filter_map(|f| spec.metrics.iter().position(|m| m == f)).collect();
            (focus, step.id.clone())
        }
        _ => {
            let anchor = section.steps.iter().find(|s| s.chart == spec.id).map_or(&section.id, |s| &s.id);
            (Vec::new(), anchor.clone())
        }
    }
}

/// - `section`: the section, from the story data.
/// - `number`: its index in the story; `first`: global index of its first step.
#[component]
pub fn Chapter(section: &'static crate::model::Section, number: usize, first: usize) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let at = Memo::new(move |_| place(section, first, state.active.get()));
    let title_id = format!("{}-title", section.id);
    let labelled_by = title_id.clone();

    let figures = section_charts(section)
        .into_iter()
        .filter_map(|id| story.chart(id))
        .map(|spec| {
            let chart_id: &'static str = &spec.id;
            let data = Signal::stored(chart_data(story, spec, lang));
            let current = move || current_chart(section, at.get()) == chart_id;
            // The active step's focus, as indices into the chart's metrics.
            let focus = Signal::derive(move || chart_moment(section, at.get(), spec).0);
            view! {
                <div class="graphic-slot" class:current=current data-chart=chart_id>
                    <ChartFigure data focus reduced_motion=state.reduced_motion/>
                    <ChartShareButton/>
                </div>
            }
        })
        .collect_view();

    let steps = section
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let active = move || at.get() == Place::At(i);
            view! {
                <div class="step" id=step.id.clone() class:active=active data-step=first + i>
                    <div class="step-card">
                        <p><FigureText text=&step.text figures=&step.figures/></p>
                    </div>
                </div>
            }
        })
        .collect_view();

    view! {
        <section class="chapter" id=section.id.clone() aria-labelledby=labelled_by data-chapter=number>
            <h2 class="chapter-title" id=title_id>
                <span class="kicker">{section.heading[0].get(lang).to_owned()}</span>
                <span class="headline">{section.heading[1].get(lang).to_owned()}</span>
            </h2>
            <div class="scrolly">
                <div class="graphic">{figures}</div>
                <div class="steps">{steps}</div>
            </div>
        </section>
    }
}
