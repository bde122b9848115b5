//! `<App/>`: the page for one language. The same component renders to HTML at build time
//! (native, `ssr`) and hydrates in the browser; its markup depends only on the data and the
//! page's language, never on a cargo feature, the browser or the viewport. What differs per
//! browser (scroll, sizes, motion, storage) starts in effects after hydration.

use leptos::prelude::*;

use crate::embed::bar::EmbedBar;
use crate::lang::Lang;
use crate::model;
use crate::share::button::CardOverlay;
use crate::story::chapter::Chapter;
use crate::story::footer::Footer;
use crate::story::hero::Hero;
use crate::story::nav::TopBar;
use crate::story::state::{first_steps, step_refs, StoryState};
use crate::story::suggest::LangSuggest;
use crate::ui_text::{step_of, ui, Ui};

/// The story's page.
/// - `lang`: the page's language.
/// - `embed`: the page is an embed page (`embed.html`…), for an iframe on another site: no
///   chrome of its own but the embed bar, a layout that settles (see `style/embed.css`).
#[component]
pub fn App(lang: Lang, #[prop(optional)] embed: bool) -> impl IntoView {
    let story = model::story();
    let state = StoryState::new(lang, story, embed);
    provide_context(state);

    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if embed {
            crate::embed::host::start(state);
        }
        crate::share::web::start(state);
        crate::story::display::start(state);
        crate::story::scroll::start(state);
    });

    let firsts = first_steps(story);
    let chapters = story
        .sections
        .iter()
        .enumerate()
        .map(|(number, section)| view! { <Chapter section number first=firsts[number]/> })
        .collect_view();
    // Screen readers hear the new step's chapter and place, nothing else.
    let refs = step_refs(story);
    let announce = move || {
        state.active.get().and_then(|i| refs.get(i)).map(|r| {
            let s = &story.sections[r.section];
            format!("{} · {}", s.heading[1].get(lang), step_of(lang, r.index + 1, s.steps.len()))
        })
    };
    let problems = model::problems();

    view! {
        <a class="skip-link" href="#story">{ui(lang, Ui::SkipToStory)}</a>
        {(!embed).then(|| view! { <TopBar/> })}
        {embed.then(|| view! { <EmbedBar/> })}
        <main id="story" tabindex="-1" aria-label=ui(lang, Ui::StoryLabel)>
            {(!problems.is_empty()).then(|| view! {
                <p class="data-error" role="alert">{ui(lang, Ui::DataError)} {problems[0].to_string()}</p>
            })}
            <Hero/>
            {chapters}
        </main>
        <Footer/>
        <p class="sr-only" aria-live="polite" aria-atomic="true">{announce}</p>
        {(!embed).then(|| view! { <LangSuggest/> })}
        <CardOverlay/>
        <div id="app-notice" class="app-notice" role="status" hidden>{ui(lang, Ui::NoticeFailed)}</div>
    }
}
