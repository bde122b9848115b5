//! Partial hydration: each island of the prerendered page hydrates from the element that
//! holds it (`app::islands`, the chapters' chart islands), and the classes that show the
//! active step (`.active`) and the chart each graphic shows (`.current`) follow the step
//! engine.

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

/// The chart islands, one per task (`js::yield_then` between them), so that no long task
/// holds a slow phone while the reader starts: those of the chapters on view first, then the
/// others by their distance from the view. A chart not yet hydrated shows its static picture
/// meanwhile, in the same place. `first_done` runs once the first chart has hydrated (a tap
/// held on one of its buttons can then be replayed).
pub fn charts(state: StoryState, first_done: Box<dyn FnOnce()>) {
    let story = state.story;
    let firsts = first_steps(story);
    let doc = document();
    let view_h = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    // By distance from the view (0 on view), in document order at equal distances: an
    // insertion, as a sort would bring its code into the wasm for a handful of chapters.
    let mut chapters: Vec<(f64, usize)> = Vec::new();
    for (n, s) in story.sections.iter().enumerate() {
        let Some(el) = doc.get_element_by_id(&s.id) else {
            continue;
        };
        let r = el.get_bounding_client_rect();
        let away = (r.top() - view_h).max(-r.bottom()).max(0.0);
        let at = chapters
            .iter()
            .position(|&(a, _)| a > away)
            .unwrap_or(chapters.len());
        chapters.insert(at, (away, n));
    }
    let mut queue: Vec<(usize, usize)> = chapters
        .into_iter()
        .flat_map(|(_, n)| (0..section_charts(&story.sections[n]).len()).map(move |c| (n, c)))
        .collect();
    // A tap held before the app ran (boot.js marks its button busy) is replayed once the app
    // has started: its chart goes first.
    if let Some(at) = held_chart(state).and_then(|h| queue.iter().position(|&x| x == h)) {
        let held = queue.remove(at);
        queue.insert(0, held);
    }
    // The first chart's hydration (and the first compile of its code) is a task of its own,
    // and `first_done` another: the chart's effects run at the end of its task.
    let queue = queue.into_iter().rev().collect();
    super::js::yield_then(Box::new(move || {
        hydrate_next(state, firsts, queue);
        super::js::yield_then(first_done);
    }));
}

/// The chart (chapter, chart of the chapter) whose button holds a tap, if one does.
fn held_chart(state: StoryState) -> Option<(usize, usize)> {
    let button = document()
        .query_selector("button[aria-busy=\"true\"]")
        .ok()??;
    let slot = button
        .closest(&format!(".{}", parts::GRAPHIC_SLOT))
        .ok()??;
    let id = slot.get_attribute("data-chart")?;
    let chapter = slot.closest(&format!(".{}", parts::CHAPTER)).ok()??.id();
    let n = state.story.sections.iter().position(|s| s.id == chapter)?;
    let c = section_charts(&state.story.sections[n])
        .iter()
        .position(|&c| c == id)?;
    Some((n, c))
}

/// Hydrates the last chart of `queue` (chapter, chart of the chapter), then the next one in
/// a later task.
fn hydrate_next(state: StoryState, firsts: Vec<usize>, mut queue: Vec<(usize, usize)>) {
    let Some((n, c)) = queue.pop() else {
        return;
    };
    chart(state, firsts[n], n, c);
    if !queue.is_empty() {
        super::js::yield_then(Box::new(move || hydrate_next(state, firsts, queue)));
    }
}

/// Hydrates chart `c` of chapter `n`'s graphic.
fn chart(state: StoryState, first: usize, n: usize, c: usize) {
    let story = state.story;
    let Some(section) = story.sections.get(n) else {
        return;
    };
    let Some(chart) = section_charts(section)
        .get(c)
        .and_then(|id| story.chart(id))
    else {
        return;
    };
    let Some(chapter) = document().get_element_by_id(&section.id) else {
        return;
    };
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
