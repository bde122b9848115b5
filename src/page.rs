//! The emitted HTML pages: trunk's `index.html` with one language's `<App/>` rendered into
//! its body and that language's head, for the page itself and for its embed page (an
//! iframe on another site: `data-embed` on `<html>`, `noindex`, a canonical link to the page,
//! and the article layout until the host sends its viewport), and each chart's page
//! (`<ChartPage/>`: an embed of one chart, its canonical link the story at the chart's
//! step). Native only (`ssr`). The charts' static pictures, and the rules that show a linked
//! step's chart before any script, are `charts.rs`'s.

pub mod charts;
pub mod oembed;
pub mod spacing;
pub mod wechat;

use leptos::prelude::*;

use crate::app::chart_page::{chart_page_data, story_at_chart, ChartPage, CHART_PAGE_ATTR};
use crate::app::App;
use crate::charts::Theme;
use crate::colours::PageColours;
use crate::html::escape;
use crate::lang::Lang;
use crate::model::{story, ChartSpec};
use crate::script_config::{boot_config, chart_boot_config};
use crate::share::meta::{head_tags, head_tags_at, news_article, Site};
use crate::share::og_image::chart_file_name;

/// Renders `<App/>` for `lang` (its embed page when `embed`) to HTML, hydration markers
/// included.
pub fn render_body(lang: Lang, embed: bool) -> String {
    let owner = Owner::new_root(None);
    owner.with(|| view! { <App lang embed/> }.to_html())
}

/// A template trunk emitted that lacks a place the prerender fills.
#[derive(Debug, PartialEq)]
pub struct TemplateError(pub &'static str);

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "index.html emitted by trunk has no {}", self.0)
    }
}

/// `<html>`'s mark of a language spaced into words (`style/article.css` joins the steps of
/// an article with a space there).
pub fn spaced_attr(lang: Lang) -> &'static str {
    if lang.locale().spaced {
        " data-spaced"
    } else {
        ""
    }
}

const HTML_OPEN: &str = "<html lang=\"zh-Hant\">";
/// The title in `index.html`, replaced by the story's.
pub const TITLE: &str = "<title>prerender:title</title>";
const HEAD_MARK: &str = "<!--prerender:head-->";
const BODY: &str = "<body></body>";

/// Renders the page of chart `chart` in `lang` (`<ChartPage/>`) to HTML.
pub fn render_chart_body(lang: Lang, chart: &'static ChartSpec) -> String {
    let owner = Owner::new_root(None);
    owner.with(|| view! { <ChartPage lang chart/> }.to_html())
}

/// What the prerender writes into the template.
struct Filled<'a> {
    lang: Lang,
    html: String,
    title: &'a str,
    head: String,
    body: String,
}

fn check(template: &str) -> Result<(), TemplateError> {
    for (needle, what) in [
        (HTML_OPEN, "<html lang=\"zh-Hant\">"),
        (TITLE, TITLE),
        (HEAD_MARK, "<!--prerender:head--> marker"),
        (BODY, "empty <body></body>"),
    ] {
        if !template.contains(needle) {
            return Err(TemplateError(what));
        }
    }
    Ok(())
}

/// No whitespace may stand between `<body>` and the app's first node, or hydration fails.
fn fill(template: &str, f: Filled) -> String {
    with_data_file(&cors_stylesheets(template), f.lang)
        .replacen(HTML_OPEN, &f.html, 1)
        .replacen(TITLE, &format!("<title>{}</title>", escape(f.title)), 1)
        .replacen(HEAD_MARK, &f.head, 1)
        .replacen(BODY, &format!("<body>{}</body>", f.body), 1)
}

/// The whole page for `lang` (its embed page when `embed`), with the head tags for `site`.
pub fn render_page(
    template: &str,
    lang: Lang,
    embed: bool,
    site: &Site,
) -> Result<String, TemplateError> {
    check(template)?;
    let title = title(lang);
    let head = format!(
        "{}{}{}{}{}{}{}",
        first_paint_waits_for_hero(),
        head(site, &description(lang), |l| l.page().to_owned()),
        oembed::link_tag(
            site,
            if embed {
                lang.embed_page()
            } else {
                lang.page()
            },
            &title
        ),
        head_tags(lang, embed, site, &title, &description(lang)),
        if embed {
            String::new()
        } else {
            news_article(lang, site, &description(lang))
        },
        if embed {
            String::new()
        } else {
            wechat::block(site, || wechat::story_cards(site, lang))
        },
        boot_config(embed)
    );
    let html = format!(
        "<html lang=\"{}\"{}{}>",
        lang.tag(),
        spaced_attr(lang),
        if embed { " data-embed" } else { "" }
    );
    let template = if embed {
        article_first(template)?
    } else {
        without_embed_css(template)
    };
    let body = spacing::spaced(&render_body(lang, embed), lang.locale().spaced);
    Ok(fill(
        &template,
        Filled {
            lang,
            html,
            title: &title,
            head,
            body,
        },
    ))
}

/// The page of chart `chart` in `lang`: an embed page (`data-embed`, the embed
/// stylesheet, `noindex`) of the chart alone, its canonical link the story at the first
/// step that shows the chart, its alternates the chart's pages in the other languages.
pub fn render_chart_page(
    template: &str,
    lang: Lang,
    chart: &'static ChartSpec,
    site: &Site,
) -> Result<String, TemplateError> {
    check(template)?;
    let s = story();
    let title = format!(
        "{} | {}",
        chart.title.get(lang),
        s.meta.site_title.get(lang)
    );
    // The sentence screen readers get for the chart: its title and every figure.
    let description = chart_page_data(s, chart, lang).summary;
    let head = format!(
        "{}{}{}{}{}",
        head(site, &description, |l| l.chart_page(&chart.id)),
        oembed::link_tag(site, &lang.chart_page(&chart.id), &title),
        head_tags_at(
            lang,
            (
                &story_at_chart(s, lang, &chart.id),
                &lang.chart_page(&chart.id)
            ),
            true,
            site,
            (&title, &description),
            (&chart_file_name(lang, &chart.id), &description)
        ),
        wechat::block(site, || wechat::chart_cards(site, lang, chart)),
        chart_boot_config(&chart.id)
    );
    let html = format!(
        "<html lang=\"{}\"{} data-embed {CHART_PAGE_ATTR}=\"{}\">",
        lang.tag(),
        spaced_attr(lang),
        escape(&chart.id)
    );
    Ok(fill(
        template,
        Filled {
            lang,
            html,
            title: &title,
            head,
            body: render_chart_body(lang, chart),
        },
    ))
}

/// The browser's data of `lang` (`model::shipped`): its file name and text, made once per
/// language (every page of a language names the same file). None if the build's runtime
/// copy does not parse, which the model's own check reports first.
pub fn data_file(lang: Lang) -> Option<&'static (String, String)> {
    use crate::lang::LANG_COUNT;
    use std::sync::OnceLock;
    static FILES: [OnceLock<Option<(String, String)>>; LANG_COUNT] =
        [const { OnceLock::new() }; LANG_COUNT];
    FILES[lang.index()]
        .get_or_init(|| {
            let text = crate::model::shipped(&crate::model::RUNTIME, lang).ok()?;
            Some((crate::model::shipped_file_name(lang, &text), text))
        })
        .as_ref()
}

/// The app-assets block trunk wrote (`Trunk.toml`, `{"js":…,"wasm":…}`) with `lang`'s data
/// file added, which `boot.js` fetches beside the app.
fn with_data_file(template: &str, lang: Lang) -> String {
    const ASSETS: &str = "id=\"app-assets\">";
    let (Some(at), Some((name, _))) = (template.find(ASSETS), data_file(lang)) else {
        return template.to_owned();
    };
    let Some(end) = template[at..].find("}</script>").map(|e| at + e) else {
        return template.to_owned();
    };
    format!(
        "{},\"data\":\"./{}\"{}",
        &template[..end],
        name,
        &template[end..]
    )
}

/// Chrome paints as soon as its parser first yields, which on this page is right after the
/// head: a frame of the bare body, then the hero in a later one. That later frame lays out the
/// first CJK text the page shapes (the fonts' first use, the longest layout of the visit), and
/// Lighthouse's simulation counts it as blocking after the first paint. `<link rel=expect>`
/// holds the first paint until the first chapter's start tag is parsed, so the first frame
/// holds the whole hero (Chrome lets go when the expected element is inserted, not when it is
/// closed, so the hero itself would be too early). Firefox and Safari paint as before.
fn first_paint_waits_for_hero() -> String {
    story()
        .sections
        .first()
        .map(|s| {
            format!(
                "<link rel=\"expect\" href=\"#{}\" blocking=\"render\">",
                escape(&s.id)
            )
        })
        .unwrap_or_default()
}

/// A stylesheet with an `integrity` digest is fetched with CORS (`crossorigin`): in an iframe
/// sandboxed without `allow-same-origin` (WordPress's embeds) the page's origin is opaque, and
/// the browser blocks a digest-checked stylesheet fetched without CORS. From the page's own
/// origin a CORS fetch needs no header; from the opaque one, `Access-Control-Allow-Origin`
/// (docs/publishing.md).
fn cors_stylesheets(template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(at) = rest.find("<link rel=\"stylesheet\"") {
        let end = rest[at..].find('>').map_or(rest.len(), |e| at + e + 1);
        let tag = &rest[at..end];
        out.push_str(&rest[..at]);
        if tag.contains(" integrity=") && !tag.contains("crossorigin") {
            out.push_str(&tag.replacen("<link ", "<link crossorigin=\"anonymous\" ", 1));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The page itself does not load the embed pages' stylesheet (`style/embed.css`, which
/// trunk links into every page).
fn without_embed_css(template: &str) -> String {
    let Some(href) = template
        .find("href=\"./embed-")
        .or_else(|| template.find("href=\"embed-"))
    else {
        return template.to_owned();
    };
    let (Some(start), Some(len)) = (template[..href].rfind("<link"), template[href..].find('>'))
    else {
        return template.to_owned();
    };
    let end = href + len + 1;
    format!("{}{}", &template[..start], &template[end..])
}

/// An embed page reads as an article from its first paint (its height settles at once); the
/// app switches to the story when the host sends its viewport. So the article stylesheet's
/// `media` becomes `all`.
fn article_first(template: &str) -> Result<String, TemplateError> {
    let missing = TemplateError("article stylesheet (id=\"article-css\") with a media attribute");
    // trunk escapes attribute values (`article&#x2D;css`).
    let id_at = template
        .find("id=\"article-css\"")
        .or_else(|| template.find("id=\"article&#x2D;css\""))
        .ok_or(TemplateError(missing.0))?;
    let start = template[..id_at]
        .rfind("<link")
        .ok_or(TemplateError(missing.0))?;
    let end = id_at
        + template[id_at..]
            .find('>')
            .ok_or(TemplateError(missing.0))?;
    let tag = &template[start..end];
    let media = tag.find(" media=\"").ok_or(TemplateError(missing.0))? + " media=\"".len();
    let close = media + tag[media..].find('"').ok_or(missing)?;
    Ok(format!(
        "{}all{}",
        &template[..start + media],
        &template[start + close..]
    ))
}

/// The page's title: the story's headline and the site's name.
pub fn title(lang: Lang) -> String {
    let s = story();
    format!("{} | {}", s.title.get(lang), s.meta.site_title.get(lang))
}

/// A description for search results and link previews: the start of the introduction.
pub fn description(lang: Lang) -> String {
    let text: String = story()
        .intro
        .paragraphs
        .iter()
        .map(|p| p.text.get(lang))
        .collect::<Vec<_>>()
        .join(" ");
    let limit = lang.locale().description_chars;
    if text.chars().count() <= limit {
        return text;
    }
    let cut: String = text.chars().take(limit - 1).collect();
    format!("{cut}…")
}

/// Search engines want each `hreflang` alternate (`page` of each language) as an absolute
/// URL: with the site's base URL they are; without it they stay relative (right for
/// readers, ignored by crawlers).
fn head(site: &Site, description: &str, page: impl Fn(Lang) -> String) -> String {
    let alternates: String = Lang::published()
        .iter()
        .map(|&l| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                l.tag(),
                escape(&site.url(&page(l)))
            )
        })
        .collect();
    let theme_colours: String = [Theme::Light, Theme::Dark]
        .iter()
        .map(|&t| {
            format!(
                "<meta name=\"theme-color\" content=\"{}\" media=\"(prefers-color-scheme: {})\">",
                PageColours::of(t).bg.hex(),
                t.as_str()
            )
        })
        .collect();
    format!(
        "<meta name=\"description\" content=\"{}\"><meta name=\"color-scheme\" content=\"light dark\">\
         {theme_colours}{alternates}{}{}",
        escape(description),
        crate::colours::story_css(),
        charts::target_rules(story())
    )
}
