//! Browser glue for how the story is shown: reduced motion from the system, and the
//! "read as article" mode, which switches on the article stylesheet (also used for print).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::state::StoryState;

pub fn start(state: StoryState) {
    let Some(window) = web_sys::window() else { return };
    if let Ok(Some(query)) = window.match_media("(prefers-reduced-motion: reduce)") {
        state.reduced_motion.set(query.matches());
        let q = query.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || state.reduced_motion.set(q.matches()));
        let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    Effect::new(move |_| {
        let article = state.article.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(link) = document.get_element_by_id("article-css") {
            let _ = link.set_attribute("media", if article { "all" } else { "print" });
        }
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-mode", if article { "article" } else { "story" });
        }
    });
}
