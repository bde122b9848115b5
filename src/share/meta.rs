//! What link previews and search engines read in a page's `<head>` (crawlers run no
//! JavaScript, so it is all in the emitted HTML): the canonical link, `noindex` on embed
//! pages, Open Graph and Twitter card tags. `og:url` and `og:image` must be absolute: they
//! need the site's base URL (`STORY_BASE_URL` at build time) and are left out without it.

use crate::html::escape;
use crate::lang::Lang;
use crate::model::story;
use crate::share::og_image::{alt_text, file_name};
use crate::url::http_url;

/// Where the story is published: the folder of its pages, absolute, ending in `/`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    pub base_url: Option<String>,
    /// The newspaper's WeChat signature endpoint (`STORY_WECHAT_SIGNATURE_URL`): with it,
    /// the pages carry WeChat share cards (`page::wechat`).
    pub wechat_signature_url: Option<String>,
}

impl Site {
    /// Reads a base URL (e.g. `STORY_BASE_URL`): an absolute http(s) URL; a missing final `/`
    /// is added. Anything else is an error the build reports.
    pub fn parse(value: Option<&str>) -> Result<Site, String> {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(Site::default());
        };
        let url = http_url(v).filter(|u| !u.contains('?') && u == v).ok_or_else(|| {
            format!("STORY_BASE_URL “{v}” is not an absolute http(s) URL of a folder (e.g. https://news.example.com/2024/luyuan/)")
        })?;
        let url = if url.ends_with('/') {
            url
        } else {
            format!("{url}/")
        };
        Ok(Site {
            base_url: Some(url),
            wechat_signature_url: None,
        })
    }

    /// Adds the WeChat signature endpoint (e.g. `STORY_WECHAT_SIGNATURE_URL`): an absolute
    /// http(s) URL, which may carry a query; none when empty. Anything else is an error the
    /// build reports.
    pub fn with_wechat(self, value: Option<&str>) -> Result<Site, String> {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(self);
        };
        let url = http_url(v).filter(|u| u == v).ok_or_else(|| {
            format!("STORY_WECHAT_SIGNATURE_URL “{v}” is not an absolute http(s) URL (e.g. https://news.example.com/wechat/signature)")
        })?;
        Ok(Site {
            wechat_signature_url: Some(url),
            ..self
        })
    }

    /// A file of the story, absolute when the base URL is known, else relative.
    pub fn url(&self, file: &str) -> String {
        format!("{}{file}", self.base_url.as_deref().unwrap_or(""))
    }
}

/// `og:locale` of a language.
pub fn og_locale(lang: Lang) -> &'static str {
    lang.locale().og_locale
}

/// The head tags for the page of `lang` (the main page or its embed page), with its
/// `title` and `description`.
pub fn head_tags(lang: Lang, embed: bool, site: &Site, title: &str, description: &str) -> String {
    head_tags_at(
        lang,
        (lang.page(), lang.page()),
        embed,
        site,
        (title, description),
        (&file_name(lang), &alt_text(lang)),
    ) + &article_tags(lang)
}

/// Open Graph's article facts of the story: its dates (`story.json` meta `published`,
/// `modified`; none without them) and its author, the newspaper.
pub fn article_tags(lang: Lang) -> String {
    let m = &story().meta;
    let mut tags = String::new();
    let mut meta = |key: &str, value: &str| {
        tags.push_str(&format!(
            "<meta property=\"{key}\" content=\"{}\">",
            escape(value)
        ));
    };
    if let Some(p) = &m.published {
        meta("article:published_time", p);
    }
    if let Some(md) = &m.modified {
        meta("article:modified_time", md);
    }
    meta("article:author", m.publisher.get(lang));
    tags
}

/// The story as a news article for search engines and reader modes (schema.org
/// `NewsArticle`, JSON-LD): headline, description, language, the story's own dates, the
/// newspaper as author and publisher, the link preview as image, the page, and the source
/// article it is based on. In a `<script type="application/ld+json">`: data, never run, so a
/// strict `script-src` allows it.
pub fn news_article(lang: Lang, site: &Site, description: &str) -> String {
    let s = story();
    let m = &s.meta;
    let org = serde_json::json!({ "@type": "Organization", "name": m.publisher.get(lang) });
    let mut doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title.get(lang),
        "description": description,
        "inLanguage": lang.tag(),
        "author": org,
        "publisher": org,
        "isBasedOn": {
            "@type": "NewsArticle",
            "headline": s.title.get(Lang::ZH_HANT),
            "inLanguage": Lang::ZH_HANT.tag(),
            "publisher": { "@type": "Organization", "name": m.publisher.get(Lang::ZH_HANT) },
        },
    });
    if let Some(p) = &m.published {
        doc["datePublished"] = p.as_str().into();
        doc["dateModified"] = m.modified.as_deref().unwrap_or(p).into();
    }
    if site.base_url.is_some() {
        doc["mainEntityOfPage"] = site.url(lang.page()).into();
        doc["url"] = site.url(lang.page()).into();
        doc["image"] = serde_json::json!([site.url(&file_name(lang))]);
    }
    // `</script>` cannot appear inside: every `<` is written as its JSON escape.
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        doc.to_string().replace('<', "\\u003c")
    )
}

/// The head tags for a page of `lang` whose canonical address is `canonical` (a file of
/// the story, with its `#step` if any) and whose link preview is of the page `own` (its
/// `og:url`: a chart's page is shared as itself, and searched as the story), with its
/// `title` and `description`, its preview picture `image` (a file of the story) and that
/// picture's `alt`, `noindex` for a page only for iframes (an embed page, a chart's page).
pub fn head_tags_at(
    lang: Lang,
    (canonical, own): (&str, &str),
    noindex: bool,
    site: &Site,
    (title, description): (&str, &str),
    (image, image_alt): (&str, &str),
) -> String {
    let canonical = site.url(canonical);
    let mut tags = vec![format!(
        "<link rel=\"canonical\" href=\"{}\">",
        escape(&canonical)
    )];
    if noindex {
        // Never in search results in place of the page itself.
        tags.push("<meta name=\"robots\" content=\"noindex\">".to_owned());
    }
    let mut meta = |attr: &str, key: &str, value: &str| {
        tags.push(format!(
            "<meta {attr}=\"{key}\" content=\"{}\">",
            escape(value)
        ));
    };
    meta("property", "og:type", "article");
    meta(
        "property",
        "og:site_name",
        story().meta.site_title.get(lang),
    );
    meta("property", "og:title", title);
    meta("property", "og:description", description);
    meta("property", "og:locale", og_locale(lang));
    for other in Lang::published().iter().copied().filter(|&l| l != lang) {
        meta("property", "og:locale:alternate", og_locale(other));
    }
    let image = site.base_url.as_ref().map(|_| site.url(image));
    if site.base_url.is_some() {
        meta("property", "og:url", &site.url(own));
    }
    if let Some(image) = &image {
        meta("property", "og:image", image);
        meta("property", "og:image:type", "image/png");
        meta("property", "og:image:width", "1200");
        meta("property", "og:image:height", "630");
        meta("property", "og:image:alt", image_alt);
    }
    meta(
        "name",
        "twitter:card",
        if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
    );
    meta("name", "twitter:title", title);
    meta("name", "twitter:description", description);
    if let Some(image) = &image {
        meta("name", "twitter:image", image);
        meta("name", "twitter:image:alt", image_alt);
    }
    tags.concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_url_is_checked() {
        assert_eq!(Site::parse(None).unwrap(), Site::default());
        assert_eq!(Site::parse(Some("  ")).unwrap(), Site::default());
        assert_eq!(
            Site::parse(Some("https://n.example/a"))
                .unwrap()
                .base_url
                .as_deref(),
            Some("https://n.example/a/")
        );
        for bad in [
            "n.example/a/",
            "javascript:alert(1)//",
            "https://n.example/a/?x=1",
            "https://n.example/a b/",
            "https://u:p@n.example/",
        ] {
            assert!(Site::parse(Some(bad)).is_err(), "{bad}");
        }
        let wx = |v| Site::default().with_wechat(Some(v));
        assert_eq!(
            wx("https://n.example/wx?site=1")
                .unwrap()
                .wechat_signature_url
                .as_deref(),
            Some("https://n.example/wx?site=1")
        );
        assert_eq!(wx(" ").unwrap(), Site::default());
        for bad in ["/wx", "https://n.example/wx#a", "ftp://n.example/wx"] {
            assert!(wx(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn absolute_urls_only_with_a_base() {
        let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
        let tags = head_tags(Lang::ZH_HANS, false, &site, "标题 | 绿园区", "描述");
        assert!(tags.contains(
            r#"<link rel="canonical" href="https://news.example/2024/luyuan/zh-hans.html">"#
        ));
        assert!(tags.contains(
            r#"<meta property="og:url" content="https://news.example/2024/luyuan/zh-hans.html">"#
        ));
        assert!(tags.contains(r#"<meta property="og:image" content="https://news.example/2024/luyuan/og-zh-hans.png">"#));
        assert!(tags.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
        assert!(tags.contains(r#"<meta property="og:locale" content="zh_CN">"#));
        assert!(!tags.contains("noindex"));

        let bare = head_tags(Lang::EN, true, &Site::default(), "Title", "About");
        assert!(bare.contains(r#"<link rel="canonical" href="en.html">"#));
        assert!(bare.contains(r#"<meta name="robots" content="noindex">"#));
        assert!(
            !bare.contains("og:url")
                && !bare.contains("og:image")
                && !bare.contains("twitter:image")
        );
        assert!(bare.contains(r#"<meta property="og:title" content="Title">"#));
    }

    #[test]
    fn text_in_tags_is_escaped() {
        let tags = head_tags(
            Lang::EN,
            false,
            &Site::default(),
            "A \"quoted\" <title>",
            "A",
        );
        assert!(tags.contains("content=\"A &quot;quoted&quot; &lt;title&gt;\""));
    }
}
