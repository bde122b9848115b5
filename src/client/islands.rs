//! Partial hydration: each island of the prerendered page hydrates from the element that
//! holds it (`app::islands`, the chapters' chart islands), and the classes that show the
//! active step (`.active`) and the chart each graphic shows (`.current`) follow the step
//! engine.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::charts::FigureGlue;
use crate::state::{first_steps, place, step_refs, StoryState};
use crate::story::chapter::{current_chart, parts, section_charts, GraphicSlot};

/// Hydrates `view` from the element `el`, with the state and the figures' glue in context.
fn hydrate<V: IntoView + 'static>(
    el: HtmlElement,
    state: StoryState,
    view: impl FnOnce() -> V + 'static,
) {
    leptos::mount::hydrate_from(el, move || {
        provide_context(state);
        provide_context::<FigureGlue>(super::canvas::GLUE);
        view()
    })
    .forget();
}

/// Hydrates the island held by the element with this id.
pub fn island<V: IntoView + 'static>(
    id: &str,
    state: StoryState,
    view: impl FnOnce() -> V + 'static,
) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        hydrate(el, state, view);
    }
}

/// The charts, a chapter per task (from chapter `n` on): no long task on a slow phone while
/// the reader starts.
pub fn charts_from(n: usize, state: StoryState) {
    if n >= state.story.sections.len() {
        return;
    }
    charts(state, n);
    set_timeout(move || charts_from(n + 1, state), Duration::ZERO);
}

/// Hydrates every chart of chapter `n`'s graphic.
fn charts(state: StoryState, n: usize) {
    let story = state.story;
    let first = first_steps(story)[n];
    let Some(section) = story.sections.get(n) else {
        return;
    };
    let Some(chapter) = document().get_element_by_id(&section.id) else {
        return;
    };
    for chart in section_charts(section)
        .into_iter()
        .filter_map(|id| story.chart(id))
    {
        let island = slot_of(&chapter, &chart.id)
            .and_then(|s| {
                s.query_selector(&format!(".{}", parts::CHART_ISLAND))
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(island) = island {
            hydrate(
                island,
                state,
                move || view! { <GraphicSlot section first chart/> },
            );
        }
    }
}

/// The graphic slot of chart `id` in a chapter (chart ids are plain ASCII, from the data).
fn slot_of(chapter: &Element, id: &str) -> Option<Element> {
    chapter
        .query_selector(&format!(".{}[data-chart=\"{id}\"]", parts::GRAPHIC_SLOT))
        .ok()
        .flatten()
}

/// Marks the active step (`.active`) and the chart each chapter's graphic shows
/// (`.current`), whenever the step engine moves.
pub fn show_active(state: StoryState) {
    let story = state.story;
    let refs = step_refs(story);
    let firsts = first_steps(story);
    Effect::new(move |previous: Option<Option<usize>>| {
        let active = state.active.get();
        let doc = document();
        let by_id = |id: &str| doc.get_element_by_id(id);
        if let Some(Some(p)) = previous {
            if let Some(el) = refs.get(p).and_then(|r| by_id(r.id)) {
                let _ = el.class_list().remove_1("active");
            }
        }
        if let Some(el) = active.and_then(|a| refs.get(a)).and_then(|r| by_id(r.id)) {
            let _ = el.class_list().add_1("active");
        }
        for (n, section) in story.sections.iter().enumerate() {
            let shown = current_chart(section, place(section, firsts[n], active));
            let Some(chapter) = by_id(&section.id) else {
                continue;
            };
            for id in section_charts(section) {
                if let Some(slot) = slot_of(&chapter, id) {
                    let _ = slot.class_list().toggle_with_force("current", id == shown);
                }
            }
        }
        active
    });
}
