//! The embed's own controls, in place of the page's top bar (which is sticky, and an iframe
//! as tall as its content never scrolls): the languages (other embed pages, keeping the
//! host's parameters and the reader's place), "read as article" once the story can follow
//! the host's scrolling, sharing, and a link to the full page. Not sticky, not fixed.
//! Also the "Embed this story" panel of the page's credits, with the copy-paste snippet.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::share::button::ShareButton;
use crate::story::nav::{LangName, ModeToggle};
use crate::story::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The embed's bar. The language links name the other embed pages; when one is followed,
/// `share/web.rs` adds the host's parameters and the reader's step, and tells the host.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    let langs = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <a class="lang" href=l.embed_page() hreflang=l.tag() lang=l.tag() aria-current=(l == lang).then_some("page")>
                    <LangName lang=l/>
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="embed-bar">
            <nav class="langs" aria-label=ui(lang, Ui::Languages)>{langs}</nav>
            <ModeToggle/>
            <ShareButton/>
            <a class="full-page" href=lang.page() target="_blank" rel="noopener">{ui(lang, Ui::OpenFullStory)}</a>
        </div>
    }
}

/// The copy-paste snippet for a host's page: the story's loader from `script_url` (absolute)
/// and the container it fills, in `lang`.
pub fn embed_snippet(script_url: &str, lang: Lang) -> String {
    format!(
        "<div data-luyuan-story=\"1\" data-lang=\"{}\"></div>\n<script async src=\"{}\"></script>",
        lang.tag(),
        crate::share::link::attr_escape(script_url)
    )
}

/// "Embed this story": a disclosure in the credits with the snippet and a copy button. The
/// snippet names the loader relative to the page until the app writes the page's absolute
/// address in (`share/web.rs`, from `<link rel="canonical">`).
#[component]
pub fn EmbedInfo() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <details class="embed-info">
            <summary>{ui(lang, Ui::EmbedStory)}</summary>
            <p>{ui(lang, Ui::EmbedHelp)}</p>
            <pre class="embed-code"><code>{embed_snippet("embed.js", lang)}</code></pre>
            <button type="button" class="copy-code">{ui(lang, Ui::CopyCode)}</button>
            <span class="share-status" role="status"></span>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_names_the_loader_and_the_language() {
        assert_eq!(
            embed_snippet("https://news.example/luyuan/embed.js", Lang::En),
            "<div data-luyuan-story=\"1\" data-lang=\"en\"></div>\n<script async src=\"https://news.example/luyuan/embed.js\"></script>"
        );
        assert!(embed_snippet("https://x/\"><script>", Lang::ZhHant)
            .contains("https://x/&quot;&gt;&lt;script&gt;"));
    }
}
