//! The bar at the top: reading progress, the table of contents, "read as article", and the
//! language links. Everything works as plain links before (or without) the app.

use leptos::prelude::*;

use super::state::StoryState;
use crate::lang::Lang;
use crate::share::button::ShareButton;
use crate::ui_text::{ui, Ui};

#[component]
pub fn TopBar() -> impl IntoView {
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
    // The language links carry the reader's place (the step's hash) once the app runs.
    let hash = Memo::new(move |_| {
        state.active.get().and_then(|i| {
            super::state::step_refs(story)
                .get(i)
                .map(|s| format!("#{}", s.id))
        })
    });
    let langs = Lang::ALL
        .into_iter()
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
        .collect_view();
    view! {
        <div class="topbar">
            <div class="progress" aria-hidden="true"><div class="progress-fill"></div></div>
            <a class="brand" href="#top">{story.meta.site_title.get(lang).to_owned()}</a>
            <details class="toc" node_ref=toc>
                <summary><span class="toc-text">{ui(lang, Ui::Contents)}</span></summary>
                <nav aria-label=ui(lang, Ui::ContentsLabel)>
                    <ol>{chapters}</ol>
                </nav>
            </details>
            <ModeToggle/>
            <ShareButton/>
            <nav class="langs" aria-label=ui(lang, Ui::Languages)>{langs}</nav>
        </div>
    }
}

/// A language's name: in full, and short for narrow bars (CSS shows one; screen readers
/// always get the full name).
#[component]
pub fn LangName(lang: Lang) -> impl IntoView {
    view! {
        <span class="lang-long">{lang.endonym()}</span>
        <span class="lang-short" aria-hidden="true">{lang.short()}</span>
    }
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
