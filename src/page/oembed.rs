//! oEmbed (https://oembed.com): every story page and chart page names, in its head, a static
//! JSON document of type `rich` whose `html` is an iframe of its embed page (the story's
//! embed page of the language, or the chart's own page). A CMS that discovers it (WordPress
//! does for any pasted link) puts that iframe in its page; WordPress then sizes it through
//! its own `height` message, which `public/boot.js` sends. The files are written by the
//! prerender beside the pages, so any static host serves them.

use serde_json::{json, Value};

use crate::charts::view::reserve;
use crate::embed::chart::fallback_height;
use crate::html::escape;
use crate::lang::Lang;
use crate::model::{story, ChartSpec};
use crate::share::meta::Site;
use crate::share::og_image;
use crate::story::charts::chart_data;
use crate::ui_text::{chart_frame_named, embed_frame_title};

/// The width the iframe asks for (a host's column takes it as a maximum).
pub const WIDTH: u32 = 600;
/// The story's iframe height before it reports its own (as our loader's default).
pub const STORY_HEIGHT: u32 = 800;

/// The oEmbed file of the page `page` (`en.html` → `en.oembed.json`).
pub fn file_of(page: &str) -> String {
    format!("{}.oembed.json", page.trim_end_matches(".html"))
}

/// The `<link>` that names the oEmbed file of `page`, absolute with the site's base URL.
pub fn link_tag(site: &Site, page: &str, title: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        escape(&site.url(&file_of(page))),
        escape(title)
    )
}

fn iframe(src: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{WIDTH}\" height=\"{height}\" frameborder=\"0\" \
         style=\"display:block;width:100%;height:{height}px;border:0\"></iframe>",
        escape(src),
        escape(title)
    )
}

fn document(
    site: &Site,
    lang: Lang,
    (title, thumbnail): (&str, &str),
    frame: String,
    height: u32,
) -> Value {
    let s = story();
    let mut doc = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": s.meta.site_title.get(lang),
        "author_name": s.meta.publisher.get(lang),
        "html": frame,
        "width": WIDTH,
        "height": height,
    });
    if let Some(base) = &site.base_url {
        doc["provider_url"] = Value::from(base.as_str());
        doc["thumbnail_url"] = Value::from(site.url(thumbnail));
        doc["thumbnail_width"] = Value::from(1200);
        doc["thumbnail_height"] = Value::from(630);
    }
    doc
}

/// The oEmbed document of the story in `lang` (named by its page and its embed page).
pub fn story_document(site: &Site, lang: Lang) -> Value {
    let s = story();
    let frame_title = embed_frame_title(lang, s.meta.site_title.get(lang));
    let frame = iframe(&site.url(lang.embed_page()), &frame_title, STORY_HEIGHT);
    document(
        site,
        lang,
        (&crate::page::title(lang), &og_image::file_name(lang)),
        frame,
        STORY_HEIGHT,
    )
}

/// The oEmbed document of chart `chart` in `lang`.
pub fn chart_document(site: &Site, lang: Lang, chart: &ChartSpec) -> Value {
    let s = story();
    let (ar, min_rem) = reserve(&chart_data(s, chart, lang));
    let height = fallback_height(ar, min_rem);
    let title = chart.title.get(lang);
    let frame = iframe(
        &site.url(&lang.chart_page(&chart.id)),
        &chart_frame_named(lang, title),
        height,
    );
    let full = format!("{title} | {}", s.meta.site_title.get(lang));
    let thumbnail = og_image::chart_file_name(lang, &chart.id);
    document(site, lang, (&full, &thumbnail), frame, height)
}

/// Every oEmbed file: (file name, JSON).
pub fn files(site: &Site) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for &lang in Lang::published() {
        let doc = story_document(site, lang).to_string();
        out.push((file_of(lang.page()), doc.clone()));
        out.push((file_of(lang.embed_page()), doc));
        for chart in &story().charts {
            out.push((
                file_of(&lang.chart_page(&chart.id)),
                chart_document(site, lang, chart).to_string(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_pages() {
        assert_eq!(file_of("en.html"), "en.oembed.json");
        assert_eq!(
            file_of("chart-a-zh-hans.html"),
            "chart-a-zh-hans.oembed.json"
        );
        let site = Site::parse(Some("https://n.example/s/")).unwrap();
        assert_eq!(
            link_tag(&site, "index.html", "T \"x\""),
            "<link rel=\"alternate\" type=\"application/json+oembed\" \
             href=\"https://n.example/s/index.oembed.json\" title=\"T &quot;x&quot;\">"
        );
    }

    #[test]
    fn a_story_document_is_rich_with_an_absolute_iframe() {
        let site = Site::parse(Some("https://n.example/s/")).unwrap();
        let doc = story_document(&site, Lang::EN);
        assert_eq!(doc["type"], "rich");
        assert_eq!(doc["version"], "1.0");
        let html = doc["html"].as_str().unwrap();
        assert!(html.starts_with("<iframe src=\"https://n.example/s/embed-en.html\""));
        assert_eq!(doc["thumbnail_url"], "https://n.example/s/og-en.png");
        assert_eq!(doc["width"], WIDTH);
    }
}
