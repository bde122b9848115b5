//! Browser glue for how the story is shown: reduced motion from the system, and the
//! "read as article" mode, which switches on the article stylesheet (also used for print).
//! An embed page reads as an article until the host tells it its viewport (the prerender
//! writes it so); then it is a story whose step heights follow the host's viewport
//! (`--host-vh`, set by `scroll.rs`; see `style/embed.css`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::state::StoryState;

/// Keeps `--bar-h` (where the sticky graphic stops) equal to the top bar's real height, which
/// grows when very large text wraps it.
fn follow_bar_height(window: &web_sys::Window) {
    let Some(doc) = window.document() else { return };
    let (Some(bar), Some(root)) = (
        doc.query_selector(".topbar").ok().flatten(),
        doc.document_element(),
    ) else {
        return;
    };
    let measured = bar.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let h = measured.get_bounding_client_rect().height();
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = root.style().set_property("--bar-h", &format!("{h:.0}px"));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&bar);
        std::mem::forget(observer);
    }
    on_resize.forget();
}

pub fn start(state: StoryState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    follow_bar_height(&window);
    if let Ok(Some(query)) = window.match_media("(prefers-reduced-motion: reduce)") {
        state.reduced_motion.set(query.matches());
        let q = query.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || state.reduced_motion.set(q.matches()));
        let _ =
            query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    let forced = Memo::new(move |_| state.embed && state.host_view.with(Option::is_none));
    Effect::new(move |_| {
        let article = state.article.get() || forced.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(link) = document.get_element_by_id("article-css") {
            let _ = link.set_attribute("media", if article { "all" } else { "print" });
        }
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-mode", if article { "article" } else { "story" });
            // An embed offers "read as article" once it can be a story (see style/embed.css).
            if state.embed && !forced.get() {
                let _ = html.set_attribute("data-host", "");
            }
        }
        if state.embed {
            super::scroll::relayout();
        }
    });
}
