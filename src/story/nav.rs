//! The story's navigation controls: reading progress, the table of contents, "read as
//! article" and the language links. The app puts them in the top bar (`app/bars.rs`).
//! Everything works as plain links before (or without) the app.

use leptos::prelude::*;

use crate::lang::{lang_switch, Lang, LangName};
use crate::state::{step_refs, StoryState};
use crate::ui_text::{ui, Ui};

/// The bar's fill, which the step engine scales with the reader's progress.
pub const PROGRESS_FILL: &str = "progress-fill";

/// Reading progress: a thin bar the step engine fills.
#[component]
pub fn Progress() -> impl IntoView {
    view! { <div class="progress" aria-hidden="true"><div class=PROGRESS_FILL></div></div> }
}

/// The table of contents: a `<details>` (works without script) that closes when a chapter
/// is chosen.
#[component]
pub fn Contents() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let toc = NodeRef::<leptos::html::Details>::new();
    let close_toc = move |_| {
        if let Some(d) = toc.get() {
            d.set_open(false);
        }
    };
    let chapters = story
        .sections
        .iter()
        .map(|s| {
            view! {
                <li>
                    <a href=format!("#{}", s.id) on:click=close_toc>
                        <span class="toc-kicker">{s.heading[0].get(lang).to_owned()}</span>
                        <span class="toc-headline">{s.heading[1].get(lang).to_owned()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="toc" node_ref=toc>
            <summary><span class="toc-text">{ui(lang, Ui::Contents)}</span></summary>
            <nav aria-label=ui(lang, Ui::ContentsLabel)>
                <ol>{chapters}</ol>
            </nav>
        </details>
    }
}

/// The other languages' pages. The links carry the reader's place (the step's hash) once
/// the app runs; a followed link is remembered.
#[component]
pub fn PageLangs() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let hash = Memo::new(move |_| {
        state
            .active
            .get()
            .and_then(|i| step_refs(story).get(i).map(|s| format!("#{}", s.id)))
    });
    let links = move || {
        Lang::published()
            .iter()
            .copied()
            .map(|l| {
                let href = move || format!("{}{}", l.page(), hash.get().unwrap_or_default());
                view! {
                    <a class="lang" href=href hreflang=l.tag() lang=l.tag()
                        aria-current=(l == lang).then_some("page")
                        on:click=move |_| super::prefs::save_lang(l)>
                        <LangName lang=l/>
                    </a>
                }
            })
            .collect_view()
    };
    lang_switch(
        lang,
        Lang::published().len(),
        ui(lang, Ui::Languages),
        links,
    )
}

/// "Read as article" / "Read step by step": the top bar's and the embed bar's.
#[component]
pub fn ModeToggle() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, article) = (state.lang, state.article);
    view! {
        <button type="button" class="mode-toggle" aria-pressed=move || article.get().to_string()
            on:click=move |_| article.update(|a| *a = !*a)>
            {move || ui(lang, if article.get() { Ui::ReadAsStory } else { Ui::ReadAsArticle })}
        </button>
    }
}
