//! The browser side of the story: partial hydration. The page is prerendered whole; here
//! only its islands hydrate, each from the element that holds it, and the step engine, the
//! display preferences and the classes that show the active step start. The article's text
//! is never rebuilt in the browser: that keeps start-up short on a slow phone.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::announce::Announcer;
use super::chapter::{current_chart, section_charts, GraphicSlot};
use super::hero::KeyFigures;
use super::nav::TopBar;
use super::state::{first_steps, place, step_refs, StoryState};
use super::suggest::LangSuggest;
use crate::embed::bar::EmbedBar;
use crate::lang::Lang;
use crate::model;

/// Starts the story on the prerendered page of `lang` (its embed page when `embed`).
pub fn start(lang: Lang, embed: bool) {
    let root = Owner::new_root(None);
    root.set();
    let state = StoryState::new(lang, model::story(), embed);
    std::mem::forget(root);

    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if embed {
        island(&doc, "topbar-island", state, || view! { <EmbedBar/> });
        crate::embed::host::start(state);
    } else {
        island(&doc, "topbar-island", state, || view! { <TopBar/> });
    }
    crate::share::web::start(state);
    island(
        &doc,
        "key-figures-island",
        state,
        || view! { <KeyFigures/> },
    );
    island(&doc, "announcer-island", state, || view! { <Announcer/> });
    island(&doc, "suggest-island", state, || view! { <LangSuggest/> });
    super::display::start(state);
    super::scroll::start(state);
    show_active(state);
    // The charts, a chapter per task: no long task on a slow phone while the reader starts.
    charts_from(0, state);
}

/// Hydrates the charts of chapter `n`, then schedules the next chapter.
fn charts_from(n: usize, state: StoryState) {
    if n >= state.story.sections.len() {
        return;
    }
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        charts(&doc, state, n);
    }
    let next = wasm_bindgen::closure::Closure::once_into_js(move || charts_from(n + 1, state));
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(next.unchecked_ref());
    }
}

/// Hydrates the island held by the element with this id.
fn island<V: IntoView + 'static>(
    doc: &web_sys::Document,
    id: &str,
    state: StoryState,
    view: impl FnOnce() -> V + 'static,
) {
    let Some(el) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    leptos::mount::hydrate_from(el, move || {
        provide_context(state);
        view()
    })
    .forget();
}

/// Hydrates every chart of chapter `n`'s graphic.
fn charts(doc: &web_sys::Document, state: StoryState, n: usize) {
    let story = state.story;
    let first = first_steps(story)[n];
    if let Some(section) = story.sections.get(n) {
        let Some(chapter) = doc.get_element_by_id(&section.id) else {
            return;
        };
        for chart in section_charts(section)
            .into_iter()
            .filter_map(|id| story.chart(id))
        {
            let Some(slot) = slot_of(&chapter, &chart.id)
                .and_then(|s| chart_island(&s))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            else {
                continue;
            };
            leptos::mount::hydrate_from(slot, move || {
                provide_context(state);
                view! { <GraphicSlot section first chart/> }
            })
            .forget();
        }
    }
}

/// The graphic slot of chart `id` in a chapter (chart ids are plain ASCII, from the data).
fn slot_of(chapter: &Element, id: &str) -> Option<Element> {
    chapter
        .query_selector(&format!(".graphic-slot[data-chart=\"{id}\"]"))
        .ok()
        .flatten()
}

/// The island of a graphic slot: its chart (beside it, the slot holds the chart's share
/// button, static markup).
fn chart_island(slot: &Element) -> Option<Element> {
    slot.query_selector(".chart-island").ok().flatten()
}

/// Marks the active step (`.active`) and the chart each chapter's graphic shows
/// (`.current`), whenever the step engine moves.
fn show_active(state: StoryState) {
    let story = state.story;
    let refs = step_refs(story);
    let firsts = first_steps(story);
    Effect::new(move |previous: Option<Option<usize>>| {
        let active = state.active.get();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return active;
        };
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
