//! A one-tap suggestion of another language, when the browser prefers one the page is not
//! in. It never switches the page by itself. Prerendered hidden (the markup must not depend
//! on the browser); the app shows the one link that fits, and only while no step is active:
//! it sits over the screen's lower part, where a phone reads the steps' cards (the top bar's
//! language links stay).

use leptos::prelude::*;

use crate::lang::Lang;
use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The language to suggest: the first of the reader's languages that the story has, if it
/// is not the page's own.
pub fn suggestion<'a>(page: Lang, preferred: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    let first = preferred.into_iter().find_map(Lang::parse)?;
    (first != page).then_some(first)
}

#[component]
pub fn LangSuggest() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let lang = state.lang;
    let suggested = RwSignal::new(None::<Lang>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let dismissed = window
            .session_storage()
            .ok()
            .flatten()
            .and_then(|s| {
                s.get_item(&super::prefs::storage_key(super::prefs::SUGGEST))
                    .ok()
                    .flatten()
            })
            .is_some();
        if dismissed
            || window
                .location()
                .search()
                .unwrap_or_default()
                .contains("lang=")
        {
            return;
        }
        let langs: Vec<String> = window
            .navigator()
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        suggested.set(suggestion(lang, langs.iter().map(String::as_str)));
    });
    let dismiss = move |_| {
        suggested.set(None);
        #[cfg(feature = "hydrate")]
        if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = s.set_item(
                &super::prefs::storage_key(super::prefs::SUGGEST),
                "dismissed",
            );
        }
    };
    let links = Lang::published()
        .iter()
        .copied()
        .filter(|&l| l != lang)
        .map(|l| {
            view! {
                <a href=l.page() hreflang=l.tag() lang=l.tag() hidden=move || suggested.get() != Some(l)
                    on:click=move |_| super::prefs::save_lang(l)>
                    {format!("{} {}", ui(l, Ui::SuggestLangAction), l.endonym())}
                </a>
            }
        })
        .collect_view();
    view! {
        <aside class="lang-suggest" hidden=move || suggested.get().is_none() || state.active.get().is_some() aria-label=ui(lang, Ui::Languages)>
            <span>{ui(lang, Ui::SuggestLang)}</span>
            " "
            {links}
            <button type="button" class="dismiss" on:click=dismiss aria-label=ui(lang, Ui::Dismiss)>"×"</button>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_another_language_the_story_has() {
        assert_eq!(
            suggestion(Lang::ZH_HANT, ["en-US", "zh-TW"]),
            Some(Lang::EN)
        );
        assert_eq!(suggestion(Lang::ZH_HANT, ["zh-TW", "en"]), None);
        assert_eq!(suggestion(Lang::EN, ["fr", "zh-CN"]), Some(Lang::ZH_HANS));
        assert_eq!(suggestion(Lang::EN, ["fr", "de"]), None);
    }
}
