//! The prerendered pages: one per language and its embed page, the app's HTML right after
//! `<body>`, the head tags of link previews.
#![cfg(feature = "ssr")]

use luyuan::{lang::Lang, page, share::meta::Site};

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-Hant\">\n<head><title>prerender:title</title><!--prerender:head-->\
<link rel=\"stylesheet\" href=\"./embed-1.css\" integrity=\"y\"/><link rel=\"stylesheet\" href=\"./article-1.css\" id=\"article&#x2D;css\" integrity=\"x\" media=\"print&#x2C;&#x20;&#x28;scripting&#x3A;&#x20;none&#x29;\"/></head>\n<body></body>\n</html>";

#[test]
fn each_language_gets_its_lang_and_the_rendered_body() {
    for lang in Lang::ALL {
        let html = page::render_page(TEMPLATE, lang, false, &Site::default()).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
        // No whitespace between <body> and the first node, or hydration fails.
        assert!(html.contains("<body><"), "{html}");
        assert!(html.contains("<h1>"));
        for other in Lang::ALL {
            assert!(html.contains(&format!(
                "hreflang=\"{}\" href=\"{}\"",
                other.tag(),
                other.page()
            )));
        }
        assert!(html.contains(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            lang.page()
        )));
        assert!(!html.contains("noindex") && !html.contains("data-embed"));
        assert!(
            html.contains("media=\"print&#x2C;"),
            "the page keeps its article stylesheet for print"
        );
        assert!(html.contains("class=\"topbar\"") && !html.contains("class=\"embed-bar\""));
        assert!(
            !html.contains("embed-1.css"),
            "the page does not load the embed stylesheet"
        );
    }
}

#[test]
fn embed_pages_say_so_point_to_the_page_and_start_as_an_article() {
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    for lang in Lang::ALL {
        let html = page::render_page(TEMPLATE, lang, true, &site).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\" data-embed>", lang.tag())));
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(html.contains(&format!(
            "<link rel=\"canonical\" href=\"https://news.example/2024/luyuan/{}\">",
            lang.page()
        )));
        assert!(
            html.contains("id=\"article&#x2D;css\" integrity=\"x\" media=\"all\"/>"),
            "article first"
        );
        assert!(html.contains("class=\"embed-bar\"") && !html.contains("class=\"topbar\""));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"./embed-1.css\" integrity=\"y\"/>"));
        assert!(
            !html.contains("lang-suggest"),
            "no fixed notices in an embed"
        );
        assert!(
            !html.contains("embed-info"),
            "no embed snippet inside an embed"
        );
        // The embed's language links go to the other embed pages.
        for other in Lang::ALL {
            assert!(
                html.contains(&format!("href=\"{}\"", other.embed_page())),
                "{}",
                other.embed_page()
            );
        }
    }
}

#[test]
fn link_preview_tags_with_a_base_url() {
    let site = Site::parse(Some("https://news.example/2024/luyuan")).unwrap();
    let html = page::render_page(TEMPLATE, Lang::ZhHant, false, &site).unwrap();
    for tag in [
        "<meta property=\"og:url\" content=\"https://news.example/2024/luyuan/index.html\">",
        "<meta property=\"og:image\" content=\"https://news.example/2024/luyuan/og-zh-hant.png\">",
        "<meta property=\"og:image:width\" content=\"1200\">",
        "<meta property=\"og:image:height\" content=\"630\">",
        "<meta property=\"og:locale\" content=\"zh_TW\">",
        "<meta name=\"twitter:card\" content=\"summary_large_image\">",
        "<meta name=\"twitter:image\" content=\"https://news.example/2024/luyuan/og-zh-hant.png\">",
        // Search engines take hreflang alternates only as absolute URLs.
        "<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://news.example/2024/luyuan/zh-hans.html\">",
        "<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example/2024/luyuan/en.html\">",
    ] {
        assert!(html.contains(tag), "{tag}");
    }
    assert!(html.contains("<meta property=\"og:title\" content=\"長春市綠園區"));
    assert!(html.contains("<meta property=\"og:image:alt\" content=\"長春市綠園區"));
}

#[test]
fn a_template_without_its_markers_is_an_error_not_a_blank_page() {
    let err = page::render_page(
        "<html><body></body></html>",
        Lang::En,
        false,
        &Site::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("index.html"), "{err}");
    let no_article = TEMPLATE.replace("id=\"article&#x2D;css\"", "");
    assert!(page::render_page(&no_article, Lang::En, true, &Site::default()).is_err());
}
