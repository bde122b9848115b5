//! How the story is shown: the reader's system settings into the state (reduced motion, a
//! dark scheme), the "read as article" mode (the article stylesheet, also used for print),
//! and the top bar's height. An embed page reads as an article until the host tells it its
//! viewport (the prerender writes it so); then it is a story whose step heights follow the
//! host's viewport (`--host-vh`, set by the step engine; see `style/embed.css`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::hooks::{use_media_query, use_resize_observer, ResizeOptions};
use crate::app::bars::TOPBAR;
use crate::charts::Theme;
use crate::state::{Mode, StoryState};

/// Keeps `--bar-h` (where the sticky graphic stops) equal to the top bar's real height, which
/// grows when very large text wraps it.
fn follow_bar_height() {
    let doc = document();
    let (Some(bar), Some(root)) = (
        doc.query_selector(&format!(".{TOPBAR}")).ok().flatten(),
        doc.document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    let measured = bar.clone();
    use_resize_observer(&[bar], ResizeOptions::default(), move |_| {
        let h = format!("{:.0}px", measured.get_bounding_client_rect().height());
        // Written only when it differs from what the style sheet gives: a custom property
        // set on the root restyles the whole page (a slow phone's longest task at start).
        let now = window()
            .get_computed_style(&root)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("--bar-h").ok());
        if now.as_deref().map(str::trim) != Some(h.as_str()) {
            let _ = root.style().set_property("--bar-h", &h);
        }
    });
}

/// The reader's settings: reduced motion, and the page's theme (`?theme=` as `boot.js` wrote
/// it on `<html data-theme>`, else the system's colour scheme).
pub(super) fn follow_settings(state: StoryState) {
    let reduced = use_media_query("(prefers-reduced-motion: reduce)");
    let system_dark = use_media_query("(prefers-color-scheme: dark)");
    let chosen = document()
        .document_element()
        .and_then(|e| e.get_attribute("data-theme"))
        .and_then(|t| Theme::parse(&t));
    let apply = move || {
        set_if_new(state.reduced_motion, reduced.get());
        set_if_new(
            state.dark,
            chosen.map_or_else(|| system_dark.get(), |t| t == Theme::Dark),
        );
    };
    // Now (the islands about to hydrate read them), and on every change.
    untrack(apply);
    Effect::new(move |_| apply());
}

fn set_if_new<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

pub fn start(state: StoryState) {
    follow_bar_height();
    follow_settings(state);
    let forced = Memo::new(move |_| state.embed && state.host_view.with(Option::is_none));
    Effect::new(move |_| {
        let article = state.article.get() || forced.get();
        let doc = document();
        // Attributes are written only when they change: each write restyles the page.
        if let Some(link) = doc.get_element_by_id("article-css") {
            // The prerendered media ("print, (scripting: none)") is print where the app runs.
            let on = link.get_attribute("media").as_deref() == Some("all");
            if on != article {
                let _ = link.set_attribute("media", if article { "all" } else { "print" });
            }
        }
        if let Some(html) = doc.document_element() {
            let mode = if article { "article" } else { "story" };
            if html.get_attribute("data-mode").as_deref() != Some(mode) {
                let _ = html.set_attribute("data-mode", mode);
            }
            // An embed offers "read as article" once it can be a story (see style/embed.css).
            if state.embed && !forced.get() && !html.has_attribute("data-host") {
                let _ = html.set_attribute("data-host", "");
            }
        }
        set_if_new(
            state.mode,
            if article { Mode::Article } else { Mode::Story },
        );
    });
}
