//! The bars at the top, combining the story's controls with sharing: the page's top bar
//! (sticky) and, on an embed page, the embed bar (not sticky: an iframe as tall as its
//! content never scrolls).

use leptos::prelude::*;

use crate::embed::bar::{EmbedLangs, FullPageLink};
use crate::share::button::ShareButton;
use crate::state::StoryState;
use crate::story::nav::{Contents, ModeToggle, PageLangs, Progress};

/// The top bar's class (the browser glue follows its height).
pub const TOPBAR: &str = "topbar";

/// The page's bar: progress, the story's name (and a DRAFT mark on a drafted story), contents, "read as article", share, the
/// languages.
#[component]
pub fn TopBar() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let lang = state.lang;
    view! {
        <div class=TOPBAR>
            <Progress/>
            <a class="brand" href="#top">{state.story.meta.site_title.get(lang).to_owned()}</a>
            {state.story.meta.draft.then(|| view! { <span class="draft-ribbon" role="note">"DRAFT"</span> })}
            <Contents/>
            <ModeToggle/>
            <ShareButton/>
            <PageLangs/>
        </div>
    }
}

/// The embed's bar: the languages, "read as article" (once the story can follow the host's
/// scrolling, see `style/embed.css`), share, the full page.
#[component]
pub fn EmbedBar() -> impl IntoView {
    view! {
        <div class="embed-bar">
            <EmbedLangs/>
            <ModeToggle/>
            <ShareButton/>
            <FullPageLink/>
        </div>
    }
}
