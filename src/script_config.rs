//! What the page's two scripts take from Rust, so that each constant has one source (native
//! only: the prerender writes it).
//!
//! * `public/boot.js` reads a JSON block in every page's head (`<script
//!   type="application/json" id="story-config">`): the page of every language tag
//!   ([`Lang::aliases`]), the storage key of the reader's language (`story::prefs`), the id
//!   the story reports its height under, and the embed parameters' rules (`embed::params`).
//! * `public/embed.js`, the host's loader, runs on another site and cannot read the story's
//!   page: the build writes its facts into the copy in `dist/` ([`loader`]): the embed page
//!   of every language tag, each one's default iframe title (from the story's site title),
//!   the story's chart ids with their pages and default titles, and the same rules.

use serde_json::{json, Map, Value};

use crate::embed::params::{bg_pattern, child_id_pattern, url_pattern, wp_secret_pattern};
use crate::lang::Lang;
use crate::model::story;
use crate::story::prefs::{storage_key, LANG};
use crate::ui_text::{chart_frame_title, embed_frame_title};

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

/// Every tag of the story's languages, lower case, with the page it opens (`page` of its
/// language).
fn pages<S: Into<String>>(page: impl Fn(Lang) -> S) -> Map<String, Value> {
    aliases()
        .map(|(alias, lang)| (alias, Value::from(page(lang).into())))
        .collect()
}

/// Every tag and `?lang=` value of the story's languages, with its language.
fn aliases() -> impl Iterator<Item = (String, Lang)> {
    Lang::published()
        .iter()
        .flat_map(|&l| l.aliases().map(move |a| (a, l)))
}

/// What `boot.js` needs, for a page (or its embed page, `embed`), as JSON.
pub fn boot_json(embed: bool) -> String {
    if embed {
        boot_json_for(|l| l.embed_page().to_owned())
    } else {
        boot_json_for(|l| l.page().to_owned())
    }
}

/// What `boot.js` needs on the page of chart `chart` (its pages in every language).
pub fn chart_boot_json(chart: &str) -> String {
    boot_json_for(|l| l.chart_page(chart))
}

fn boot_json_for(page: impl Fn(Lang) -> String) -> String {
    script_json(&json!({
        "pages": pages(&page),
        "home": page(Lang::default()),
        "langKey": storage_key(LANG),
        "heightId": story().meta.slug,
        "childId": child_id_pattern(),
        "bg": bg_pattern(),
        "url": url_pattern(),
        "wpSecret": wp_secret_pattern(),
    }))
}

/// The page's `<script>` block for `boot.js`.
pub fn boot_config(embed: bool) -> String {
    config_block(&boot_json(embed))
}

/// The `<script>` block for `boot.js` on the page of chart `chart`.
pub fn chart_boot_config(chart: &str) -> String {
    config_block(&chart_boot_json(chart))
}

fn config_block(json: &str) -> String {
    format!("<script type=\"application/json\" id=\"{BOOT_CONFIG_ID}\">{json}</script>")
}

/// Where a chart's id stands in the loader's chart page names.
pub const CHART_ID_MARK: &str = "{id}";

/// What `embed.js` needs, as JSON.
pub fn loader_json() -> String {
    let site = &story().meta.site_title;
    let titles: Map<String, Value> = Lang::published()
        .iter()
        .map(|&l| {
            let title = embed_frame_title(l, site.get(l));
            (l.embed_page().to_owned(), Value::from(title))
        })
        .collect();
    // A chart's pages: its id in place of `{id}`; its iframe's default title per page.
    let chart_page = |l: Lang| l.chart_page(CHART_ID_MARK);
    let chart_titles: Map<String, Value> = Lang::published()
        .iter()
        .map(|&l| {
            (
                chart_page(l),
                Value::from(chart_frame_title(l, site.get(l))),
            )
        })
        .collect();
    let charts: Vec<&str> = story().charts.iter().map(|c| c.id.as_str()).collect();
    script_json(&json!({
        "pages": pages(Lang::embed_page),
        "fallback": Lang::default().embed_page(),
        "titles": titles,
        "charts": charts,
        "chartPages": pages(chart_page),
        "chartFallback": chart_page(Lang::default()),
        "chartTitles": chart_titles,
        "chartMark": CHART_ID_MARK,
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
            for (alias, lang) in aliases() {
                let want = if embed {
                    lang.embed_page()
                } else {
                    lang.page()
                };
                assert_eq!(v["pages"][&alias], want, "{alias}");
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
        for &l in Lang::published() {
            let title = v["titles"][l.embed_page()].as_str().unwrap();
            assert!(title.contains(story().meta.site_title.get(l)), "{title}");
        }
        assert!(loader("var STORY = {};").is_err());
    }

    #[test]
    fn the_loader_knows_every_chart_and_a_chart_page_its_own_pages() {
        let js = loader("var STORY = /*build:story*/ {};").unwrap();
        let v: Value = serde_json::from_str(&js[12..js.len() - 1]).unwrap();
        let ids: Vec<&str> = story().charts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(v["charts"], json!(ids));
        let mark = v["chartMark"].as_str().unwrap();
        for (alias, lang) in aliases() {
            let page = v["chartPages"][&alias].as_str().unwrap();
            assert_eq!(
                page.replace(mark, "sample-gdp"),
                lang.chart_page("sample-gdp")
            );
            assert!(v["chartTitles"][page]
                .as_str()
                .unwrap()
                .contains(story().meta.site_title.get(lang)));
        }
        let boot: Value = serde_json::from_str(&chart_boot_json("sample-gdp")).unwrap();
        assert_eq!(boot["pages"]["en-gb"], "chart-sample-gdp-en.html");
        assert_eq!(boot["home"], "chart-sample-gdp.html");
    }

    #[test]
    fn script_json_cannot_close_its_element() {
        let v = json!({ "t": "</script><b>\u{2028}" });
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('\u{2028}'), "{s}");
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }
}
