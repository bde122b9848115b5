//! WeChat's share card (docs/publishing.md#wechat). WeChat ignores Open Graph for a link
//! shared inside it: the card comes from its JS-SDK, configured with a signature the
//! newspaper's server makes (`STORY_WECHAT_SIGNATURE_URL`). With that setting every story
//! page and chart page carries its cards as data (`<script type="application/json"
//! id="wechat-share">`, never run, so a strict `script-src` allows it); `public/boot.js`
//! loads the glue `public/wechat.js` only inside WeChat, and the glue loads the SDK
//! (`wechat-sdk.js`, copied from npm's `weixin-js-sdk` at build time), asks the endpoint for
//! the signature and sets the card. None of it is in the wasm. Without the setting the pages
//! carry nothing of it.

use serde_json::{json, Map, Value};

use crate::lang::Lang;
use crate::model::{story, ChartSpec};
use crate::share::link::share_link;
use crate::share::meta::Site;
use crate::share::og_image::{chart_file_name, file_name, preview_figures};

/// The data block's id, which `public/boot.js` and `public/wechat.js` look for.
pub const BLOCK_ID: &str = "wechat-share";
/// The glue, copied by trunk (`index.html`).
pub const GLUE: &str = "wechat.js";
/// The JS-SDK as the build writes it (`tools/wechat-signature/sdk.mjs`).
pub const SDK: &str = "wechat-sdk.js";

/// The card's one line under the title: the story's first key figures.
pub fn one_line(lang: Lang) -> String {
    let (sep, spaced) = (lang.locale().punct.semicolon, lang.locale().spaced);
    preview_figures(lang)
        .into_iter()
        .take(3)
        .map(|(figure, label)| {
            if spaced {
                format!("{label} {figure}")
            } else {
                format!("{label}{figure}")
            }
        })
        .collect::<Vec<_>>()
        .join(sep)
}

fn card(title: &str, desc: &str, link: String, img: String) -> Value {
    json!({ "title": title, "desc": desc, "link": link, "imgUrl": img })
}

/// A chart's title as its card shows it: with the story's name.
fn chart_title(lang: Lang, chart: &ChartSpec) -> String {
    format!(
        "{} | {}",
        chart.title.get(lang),
        story().meta.site_title.get(lang)
    )
}

/// The cards of the story's page in `lang`: the page's, and each step's (its link, its
/// chart's title and picture).
pub fn story_cards(site: &Site, lang: Lang) -> Value {
    let s = story();
    let desc = one_line(lang);
    let page = site.url(lang.page());
    let mut steps = Map::new();
    for section in &s.sections {
        for step in &section.steps {
            let Some(chart) = s.charts.iter().find(|c| c.id == step.chart) else {
                continue;
            };
            steps.insert(
                step.id.clone(),
                card(
                    &chart_title(lang, chart),
                    &desc,
                    share_link(&page, Some(&step.id), None),
                    site.url(&chart_file_name(lang, &chart.id)),
                ),
            );
        }
    }
    json!({
        "card": card(s.title.get(lang), &desc, share_link(&page, None, None), site.url(&file_name(lang))),
        "steps": steps,
    })
}

/// The card of chart `chart`'s page in `lang`.
pub fn chart_cards(site: &Site, lang: Lang, chart: &ChartSpec) -> Value {
    let data = crate::story::charts::chart_data(story(), chart, lang);
    let figure = crate::share::card::headline_figure(&data, &[]);
    let desc = if figure.is_empty() {
        one_line(lang)
    } else {
        figure
    };
    json!({
        "card": card(
            &chart_title(lang, chart),
            &desc,
            site.url(&lang.chart_page(&chart.id)),
            site.url(&chart_file_name(lang, &chart.id)),
        ),
        "steps": {},
    })
}

/// The data block for a page with `cards` (`story_cards`, `chart_cards`); empty without the
/// setting. Links and pictures are relative without `STORY_BASE_URL` (the glue makes them
/// absolute against the page).
pub fn block(site: &Site, cards: impl FnOnce() -> Value) -> String {
    let Some(endpoint) = &site.wechat_signature_url else {
        return String::new();
    };
    let mut doc = cards();
    doc["endpoint"] = endpoint.as_str().into();
    doc["sdk"] = SDK.into();
    // `</script>` cannot appear inside: every `<` is written as its JSON escape.
    format!(
        "<script type=\"application/json\" id=\"{BLOCK_ID}\" data-src=\"{GLUE}\">{}</script>",
        doc.to_string().replace('<', "\\u003c")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(html: &str) -> Value {
        let start = html.find('>').unwrap() + 1;
        let end = html.rfind("</script>").unwrap();
        serde_json::from_str(&html[start..end]).unwrap()
    }

    #[test]
    fn nothing_without_the_setting() {
        assert_eq!(
            block(&Site::default(), || story_cards(&Site::default(), Lang::EN)),
            ""
        );
    }

    #[test]
    fn the_cards_name_the_page_and_each_step() {
        let site = Site::parse(Some("https://news.example/luyuan/"))
            .unwrap()
            .with_wechat(Some("https://news.example/wx"))
            .unwrap();
        let html = block(&site, || story_cards(&site, Lang::ZH_HANS));
        assert!(html.starts_with(
            "<script type=\"application/json\" id=\"wechat-share\" data-src=\"wechat.js\">"
        ));
        let doc = parsed(&html);
        assert_eq!(doc["endpoint"], "https://news.example/wx");
        assert_eq!(doc["sdk"], "wechat-sdk.js");
        assert_eq!(
            doc["card"]["link"],
            "https://news.example/luyuan/zh-hans.html"
        );
        assert_eq!(
            doc["card"]["imgUrl"],
            "https://news.example/luyuan/og-zh-hans.png"
        );
        assert_eq!(doc["card"]["title"], story().title.get(Lang::ZH_HANS));
        let s = story();
        let step = &s.sections[0].steps[0];
        let chart = s.charts.iter().find(|c| c.id == step.chart).unwrap();
        let c = &doc["steps"][&step.id];
        assert_eq!(
            c["link"],
            format!("https://news.example/luyuan/zh-hans.html#{}", step.id)
        );
        assert_eq!(
            c["imgUrl"],
            format!(
                "https://news.example/luyuan/og-chart-{}-zh-hans.png",
                chart.id
            )
        );
        assert!(c["title"]
            .as_str()
            .unwrap()
            .starts_with(chart.title.get(Lang::ZH_HANS)));
        let steps: usize = s.sections.iter().map(|x| x.steps.len()).sum();
        assert_eq!(doc["steps"].as_object().unwrap().len(), steps);
        assert!(!doc["card"]["desc"].as_str().unwrap().is_empty());
    }
}
