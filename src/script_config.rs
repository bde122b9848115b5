//! What the page's two scripts take from Rust, so that each constant has one source (native
//! only: the prerender writes it).
//!
//! * `public/boot.js` reads a JSON block in every page's head (`<script
//!   type="application/json" id="story-config">`): the page of every language tag
//!   ([`Lang::ALIASES`]), the storage key of the reader's language (`story::prefs`), the id
//!   the story reports its height under, and the embed parameters' rules (`embed::params`).
//! * `public/embed.js`, the host's loader, runs on another site and cannot read the story's
//!   page: the build writes its facts into the copy in `dist/` ([`loader`]): the embed page
//!   of every language tag, each one's default iframe title (from the story's site title),
//!   and the same rules.

use serde_json::{json, Map, Value};

use crate::embed::params::{bg_pattern, child_id_pattern, url_pattern};
use crate::lang::Lang;
use crate::model::story;
use crate::story::prefs::{storage_key, LANG};
use crate::ui_text::embed_frame_title;

/// The id of the page's JSON block that `boot.js` reads.
pub const BOOT_CONFIG_ID: &str = "story-config";

/// Where the build writes the story's facts into `embed.js`.
pub const LOADER_MARK: &str = "/*build:story*/ {}";

/// JSON that is safe inside a `<script>` element and in any JavaScript engine.
fn script_json(v: &Value) -> String {
    v.to_string()
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Every language tag, lower case, with the page it opens (`page` of its language).
fn pages(page: fn(Lang) -> &'static str) -> Map<String, Value> {
    Lang::ALIASES
        .iter()
        .map(|&(alias, lang)| (alias.to_owned(), Value::from(page(lang))))
        .collect()
}

/// What `boot.js` needs, for a page (or its embed page, `embed`), as JSON.
pub fn boot_json(embed: bool) -> String {
    let page = if embed { Lang::embed_page } else { Lang::page };
    script_json(&json!({
        "pages": pages(page),
        "home": page(Lang::default()),
        "langKey": storage_key(LANG),
        "heightId": story().meta.slug,
        "childId": child_id_pattern(),
        "bg": bg_pattern(),
        "url": url_pattern(),
    }))
}

/// The page's `<script>` block for `boot.js`.
pub fn boot_config(embed: bool) -> String {
    format!(
        "<script type=\"application/json\" id=\"{BOOT_CONFIG_ID}\">{}</script>",
        boot_json(embed)
    )
}

/// What `embed.js` needs, as JSON.
pub fn loader_json() -> String {
    let site = &story().meta.site_title;
    let titles: Map<String, Value> = Lang::ALL
        .iter()
        .map(|&l| {
            let title = embed_frame_title(l, site.get(l));
            (l.embed_page().to_owned(), Value::from(title))
        })
        .collect();
    script_json(&json!({
        "pages": pages(Lang::embed_page),
        "fallback": Lang::default().embed_page(),
        "titles": titles,
        "childId": child_id_pattern(),
        "bg": bg_pattern(),
    }))
}

/// `public/embed.js` as shipped: `template` with the story's facts in place of
/// [`LOADER_MARK`].
pub fn loader(template: &str) -> Result<String, String> {
    if template.matches(LOADER_MARK).count() != 1 {
        return Err(format!(
            "embed.js must hold “{LOADER_MARK}” once, where the build writes the story's facts"
        ));
    }
    Ok(template.replacen(LOADER_MARK, &loader_json(), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_alias_opens_its_language_page() {
        for embed in [false, true] {
            let v: Value = serde_json::from_str(&boot_json(embed)).unwrap();
            for (alias, lang) in Lang::ALIASES {
                let want = if embed {
                    lang.embed_page()
                } else {
                    lang.page()
                };
                assert_eq!(v["pages"][alias], want, "{alias}");
            }
            assert_eq!(v["home"], if embed { "embed.html" } else { "index.html" });
        }
    }

    #[test]
    fn the_loader_gets_the_facts_once_and_a_template_without_the_mark_is_refused() {
        let js = loader("var STORY = /*build:story*/ {};").unwrap();
        let json = js
            .strip_prefix("var STORY = ")
            .and_then(|s| s.strip_suffix(';'))
            .unwrap();
        let v: Value = serde_json::from_str(json).unwrap();
        for l in Lang::ALL {
            let title = v["titles"][l.embed_page()].as_str().unwrap();
            assert!(title.contains(story().meta.site_title.get(l)), "{title}");
        }
        assert!(loader("var STORY = {};").is_err());
    }

    #[test]
    fn script_json_cannot_close_its_element() {
        let v = json!({ "t": "</script><b>\u{2028}" });
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('\u{2028}'), "{s}");
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }
}
