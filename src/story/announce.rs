//! The live region: screen readers hear the new step's chapter and place, nothing else.
//! An island, hydrated on its own.

use leptos::prelude::*;

use crate::state::{step_refs, StoryState};
use crate::ui_text::step_of;

#[component]
pub fn Announcer() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let refs = step_refs(story);
    let said = move || {
        state.active.get().and_then(|i| refs.get(i)).map(|r| {
            let s = &story.sections[r.section];
            format!(
                "{} · {}",
                s.heading[1].get(lang),
                step_of(lang, r.index + 1, s.steps.len())
            )
        })
    };
    view! { <p class="sr-only" aria-live="polite" aria-atomic="true">{said}</p> }
}
