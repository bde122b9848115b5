//! `<App/>`: the page for one language, rendered to HTML at build time (native, `ssr`). Its
//! markup depends only on the data and the page's language, never on a cargo feature, the
//! browser or the viewport.
//!
//! In the browser only the islands hydrate (`story/client.rs`): the top bar, the key
//! figures, each chart, the live region and the language suggestion, each from an element
//! marked `island` (or a graphic slot) whose only child it rendered. The text (almost all of
//! the page) stays as prerendered and costs the browser nothing to start.

use leptos::prelude::*;

use crate::embed::bar::EmbedBar;
use crate::lang::Lang;
use crate::model;
use crate::share::button::CardOverlay;
use crate::story::announce::Announcer;
use crate::story::chapter::Chapter;
use crate::story::footer::Footer;
use crate::story::hero::Hero;
use crate::story::nav::TopBar;
use crate::story::state::{first_steps, StoryState};
use crate::story::suggest::LangSuggest;
use crate::ui_text::{ui, Ui};

/// The story's page.
/// - `lang`: the page's language.
/// - `embed`: the page is an embed page (`embed.html`…), for an iframe on another site: the
///   embed bar in place of the top bar, no language suggestion, a layout that settles (see
///   `style/embed.css`).
#[component]
pub fn App(lang: Lang, #[prop(optional)] embed: bool) -> impl IntoView {
    let story = model::story();
    let state = StoryState::new(lang, story, embed);
    provide_context(state);

    let firsts = first_steps(story);
    let chapters = story
        .sections
        .iter()
        .enumerate()
        .map(|(number, section)| view! { <Chapter section number first=firsts[number]/> })
        .collect_view();
    let problems = model::problems();

    view! {
        <a class="skip-link" href="#story">{ui(lang, Ui::SkipToStory)}</a>
        // An island holds its component alone (client.rs hydrates it from its first child).
        {(!embed).then(|| view! { <div class="island" id="topbar-island"><TopBar/></div> })}
        {embed.then(|| view! { <div class="island" id="topbar-island"><EmbedBar/></div> })}
        <main id="story" tabindex="-1" aria-label=ui(lang, Ui::StoryLabel)>
            {(!problems.is_empty()).then(|| view! {
                <p class="data-error" role="alert">{ui(lang, Ui::DataError)} {problems[0].to_string()}</p>
            })}
            <Hero/>
            {chapters}
        </main>
        <Footer/>
        <div class="island" id="announcer-island"><Announcer/></div>
        {(!embed).then(|| view! { <div class="island" id="suggest-island"><LangSuggest/></div> })}
        <CardOverlay/>
        <div id="app-notice" class="app-notice" role="status" hidden>{ui(lang, Ui::NoticeFailed)}</div>
    }
}
