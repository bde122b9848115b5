//! The prerendered pages: one per language, the app's HTML right after `<body>`.
#![cfg(feature = "ssr")]

use luyuan::{lang::Lang, page};

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-Hant\">\n<head><title>綠園區2023</title><!--prerender:head--></head>\n<body></body>\n</html>";

#[test]
fn each_language_gets_its_lang_and_the_rendered_body() {
    for lang in Lang::ALL {
        let html = page::render_page(TEMPLATE, lang).unwrap();
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
        // No whitespace between <body> and the first node, or hydration fails.
        assert!(html.contains("<body><"), "{html}");
        assert!(html.contains("<h1>"));
        for other in Lang::ALL {
            assert!(html.contains(&format!("hreflang=\"{}\" href=\"{}\"", other.tag(), other.page())));
        }
    }
}

#[test]
fn a_template_without_its_markers_is_an_error_not_a_blank_page() {
    let err = page::render_page("<html><body></body></html>", Lang::En).unwrap_err();
    assert!(err.to_string().contains("index.html"), "{err}");
}
