//! The embed's own controls, which the app puts in the embed bar in place of the page's top
//! bar (which is sticky, and an iframe as tall as its content never scrolls): the languages
//! (other embed pages, keeping the host's parameters and the reader's place) and a link to
//! the full page. Also the "Embed this story" panel of the page's credits, with the
//! copy-paste snippet.

use leptos::prelude::*;

use crate::html::escape;
use crate::lang::{lang_switch, Lang, LangName};
use crate::state::{step_refs, HostNote, StoryState};
use crate::ui_text::{ui, Ui};

/// The snippet's `<pre>` (its `<code>` holds the text), which the browser glue fills in
/// and copies.
pub const CODE: &str = "embed-code";

/// "Embed this story" (the credits' `<details>`).
pub const PANEL: &str = "embed-info";
/// Its second class: reader views (Readability's heuristics) leave out a small block named
/// for sharing, so the snippet never reads as the article's text.
const SHARING: &str = "embed-share";

/// The other embed pages. A link carries the host's parameters and the reader's step once
/// the app runs, and the host hears when the reader follows one.
#[component]
pub fn EmbedLangs() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let rest = Memo::new(move |_| {
        let hash = state
            .active
            .get()
            .and_then(|i| step_refs(story).get(i).map(|s| format!("#{}", s.id)));
        format!(
            "{}{}",
            state.host_page.with(|h| h.query.clone()),
            hash.unwrap_or_default()
        )
    });
    let links = move || {
        Lang::published()
            .iter()
            .copied()
            .map(|l| {
                let href = move || format!("{}{}", l.embed_page(), rest.get());
                let followed = move |_| {
                    if l != lang {
                        state.tell_host(HostNote::Lang { to: l });
                    }
                };
                view! {
                    <a class="lang" href=href hreflang=l.tag() lang=l.tag()
                        aria-current=(l == lang).then_some("page") on:click=followed>
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

/// The story's own page, in a new tab.
#[component]
pub fn FullPageLink() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <a class="full-page" href=lang.page() target="_blank" rel="noopener">{ui(lang, Ui::OpenFullStory)}</a>
    }
}

/// The copy-paste snippet for a host's page: the story's loader from `script_url` (absolute)
/// and the container it fills, in `lang`.
pub fn embed_snippet(script_url: &str, lang: Lang) -> String {
    format!(
        "<div data-luyuan-story=\"1\" data-lang=\"{}\"></div>\n<script async src=\"{}\"></script>",
        lang.tag(),
        escape(script_url)
    )
}

/// "Embed this story": a disclosure in the credits with the snippet. The snippet names the
/// loader relative to the page until the app writes the page's absolute address in (from
/// `<link rel="canonical">`). `children`: the control that copies it (the app's).
#[component]
pub fn EmbedInfo(children: Children) -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <details class=format!("{PANEL} {SHARING}")>
            <summary>{ui(lang, Ui::EmbedStory)}</summary>
            <p>{ui(lang, Ui::EmbedHelp)}</p>
            <pre class=CODE><code>{embed_snippet("embed.js", lang)}</code></pre>
            {children()}
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_names_the_loader_and_the_language() {
        assert_eq!(
            embed_snippet("https://news.example/luyuan/embed.js", Lang::EN),
            "<div data-luyuan-story=\"1\" data-lang=\"en\"></div>\n<script async src=\"https://news.example/luyuan/embed.js\"></script>"
        );
        assert!(embed_snippet("https://x/\"><script>", Lang::ZH_HANT)
            .contains("https://x/&quot;&gt;&lt;script&gt;"));
    }
}
