//! The prerendered pages: one per language and its embed page, each chart's pages, the
//! app's HTML right after `<body>`, the head tags of link previews.
#![cfg(feature = "ssr")]

use luyuan::{lang::Lang, model::story, page, share::meta::Site};

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"zh-Hant\">\n<head><title>prerender:title</title><!--prerender:head-->\
<link rel=\"stylesheet\" href=\"./embed-1.css\" integrity=\"y\"/><link rel=\"stylesheet\" href=\"./article-1.css\" id=\"article&#x2D;css\" integrity=\"x\" media=\"print&#x2C;&#x20;&#x28;scripting&#x3A;&#x20;none&#x29;\"/></head>\n<body></body>\n</html>";

#[test]
fn each_language_gets_its_lang_and_the_rendered_body() {
    for &lang in Lang::published() {
        let html = page::render_page(TEMPLATE, lang, false, &Site::default()).unwrap();
        assert!(html.contains(&format!(
            "<html lang=\"{}\"{}>",
            lang.tag(),
            page::spaced_attr(lang)
        )));
        // No whitespace between <body> and the first node, or hydration fails.
        assert!(html.contains("<body><"), "{html}");
        assert!(html.contains("<h1>"));
        // The first paint waits for the first chapter's start: the hero is parsed by then.
        let (head, body) = html.split_once("</head>").unwrap();
        let first = &story().sections[0].id;
        assert!(head.contains(&format!(
            "<link rel=\"expect\" href=\"#{first}\" blocking=\"render\">"
        )));
        let (hero, chapter) = (
            body.find("<header id=\"top\"").unwrap(),
            body.find(&format!("<section id=\"{first}\"")).unwrap(),
        );
        assert!(hero < chapter && body[hero..chapter].contains("</header>"));
        for &other in Lang::published() {
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
    for &lang in Lang::published() {
        let html = page::render_page(TEMPLATE, lang, true, &site).unwrap();
        assert!(html.contains(&format!(
            "<html lang=\"{}\"{} data-embed>",
            lang.tag(),
            page::spaced_attr(lang)
        )));
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
        // Fetched with CORS, so the digest can be checked in an opaque-origin sandbox.
        assert!(html.contains(
            "<link crossorigin=\"anonymous\" rel=\"stylesheet\" href=\"./embed-1.css\" integrity=\"y\"/>"
        ));
        assert!(
            !html.contains("lang-suggest"),
            "no fixed notices in an embed"
        );
        assert!(
            !html.contains("embed-info"),
            "no embed snippet inside an embed"
        );
        // The embed's language links go to the other embed pages.
        for &other in Lang::published() {
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
    let html = page::render_page(TEMPLATE, Lang::ZH_HANT, false, &site).unwrap();
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
    // The story's title, escaped as the page writes it.
    let title: String = story().title.get(Lang::ZH_HANT).chars().take(6).collect();
    assert!(html.contains(&format!("<meta property=\"og:title\" content=\"{title}")));
    assert!(html.contains(&format!(
        "<meta property=\"og:image:alt\" content=\"{title}"
    )));
}

#[test]
fn a_template_without_its_markers_is_an_error_not_a_blank_page() {
    let err = page::render_page(
        "<html><body></body></html>",
        Lang::EN,
        false,
        &Site::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("index.html"), "{err}");
    let no_article = TEMPLATE.replace("id=\"article&#x2D;css\"", "");
    assert!(page::render_page(&no_article, Lang::EN, true, &Site::default()).is_err());
}

#[test]
fn a_chart_page_holds_its_chart_alone_and_points_to_the_story_at_its_step() {
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let story = luyuan::model::story();
    for chart in &story.charts {
        let step = luyuan::app::chart_page::first_step_showing(story, &chart.id)
            .expect("every chart is shown by a step");
        for &lang in Lang::published() {
            let html = page::render_chart_page(TEMPLATE, lang, chart, &site).unwrap();
            let name = lang.chart_page(&chart.id);
            assert!(
                html.contains(&format!(
                    "<html lang=\"{}\"{} data-embed data-chart-page=\"{}\">",
                    lang.tag(),
                    page::spaced_attr(lang),
                    chart.id
                )),
                "{name}"
            );
            assert!(
                html.contains("<body><"),
                "{name}: hydration needs the body's first node"
            );
            assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
            assert!(
                html.contains(&format!(
                    "<link rel=\"canonical\" href=\"https://news.example/2024/luyuan/{}#{}\">",
                    lang.page(),
                    step.id
                )),
                "{name}: canonical is the story at the chart's first step"
            );
            for &other in Lang::published() {
                assert!(html.contains(&format!(
                    "hreflang=\"{}\" href=\"https://news.example/2024/luyuan/{}\"",
                    other.tag(),
                    other.chart_page(&chart.id)
                )));
            }
            // The chart, its caption's data link, the source line with the story's link.
            assert_eq!(html.matches("<figure").count(), 1, "{name}: one chart");
            assert!(
                html.contains(&format!("href=\"data/{}.csv\"", chart.id)),
                "{name}"
            );
            assert!(
                html.contains(story.meta.credit.get(lang)),
                "{name}: the credit"
            );
            assert!(
                html.contains(&format!(
                    "href=\"{}#{}\" target=\"_blank\"",
                    lang.page(),
                    step.id
                )),
                "{name}: the link to the story at the step"
            );
            assert!(html.contains(&format!(
                "<title>{}",
                luyuan::html::escape(chart.title.get(lang))
            )));
            // Nothing else: no bars, no steps, no share or embed controls, no text.
            for part in [
                "topbar",
                "embed-bar",
                "class=\"step\"",
                "chart-share",
                "chart-embed",
                "embed-info",
                "colophon",
            ] {
                assert!(!html.contains(part), "{name} holds {part}");
            }
            // boot.js's ?lang= opens this chart's other pages; the embed stylesheet stays, the
            // article one is for print and pages without scripting.
            assert!(html.contains(&format!(
                "\"zh-cn\":\"{}\"",
                Lang::ZH_HANS.chart_page(&chart.id)
            )));
            assert!(html.contains("embed-1.css") && html.contains("media=\"print&#x2C;"));
        }
    }
}

#[test]
fn the_story_links_each_chart_s_data_and_the_whole_data_set() {
    let story = luyuan::model::story();
    for &lang in Lang::published() {
        for embed in [false, true] {
            let html = page::render_page(TEMPLATE, lang, embed, &Site::default()).unwrap();
            for chart in &story.charts {
                assert!(html.contains(&format!(
                    "href=\"data/{}.csv\" download=\"{}-{}.csv\"",
                    chart.id, story.meta.slug, chart.id
                )));
            }
            let slug = &story.meta.slug;
            assert!(html.contains(&format!("href=\"data/{slug}.csv\" download=\"{slug}.csv\"")));
            assert!(html.contains(&format!(
                "href=\"data/{slug}.json\" download=\"{slug}.json\""
            )));
            // "Embed this chart" beside each chart, on the page only.
            assert_eq!(
                html.matches("class=\"chart-embed\"").count(),
                if embed { 0 } else { story.charts.len() },
                "{lang:?} embed={embed}"
            );
        }
    }
}

#[test]
fn each_chapter_opens_with_its_key_figure() {
    let story = luyuan::model::story();
    for &lang in Lang::published() {
        let html = page::render_page(TEMPLATE, lang, false, &Site::default()).unwrap();
        for sec in &story.sections {
            let start = html.find(&format!("id=\"{}-title\"", sec.id)).unwrap();
            let opener = &html[start..html[start..].find("class=\"scrolly").unwrap() + start];
            let Some(id) = sec.key_figure.as_deref() else {
                assert!(
                    !opener.contains("cf-value"),
                    "chapter {}: no key figure",
                    sec.id
                );
                continue;
            };
            let m = story.metric(id).unwrap();
            let value = story.format(m, lang);
            assert!(
                opener.contains(&format!("<span class=\"cf-value\">{value}</span>")),
                "chapter {} in {lang:?} should open with {value}",
                sec.id
            );
            assert!(
                opener.contains(m.label.get(lang)),
                "chapter {}: the key figure's label",
                sec.id
            );
        }
    }
}

/// A chapter away from the screen is skipped with its height estimated from its steps
/// (style/main.css): the prerender writes how many steps it has, and they are its own.
#[test]
fn each_chapter_says_how_many_steps_it_has() {
    let story = luyuan::model::story();
    let html = page::render_page(TEMPLATE, Lang::ZH_HANT, false, &Site::default()).unwrap();
    for (i, sec) in story.sections.iter().enumerate() {
        let open = format!("<section id=\"{}\"", sec.id);
        let start = html.find(&open).unwrap_or_else(|| panic!("no {open}"));
        let tag = &html[start..start + html[start..].find('>').unwrap()];
        assert!(
            tag.contains(&format!("style=\"--steps:{}", sec.steps.len())),
            "chapter {} ({i}): {tag}",
            sec.id
        );
        let end = html[start + 1..]
            .find("<section id=")
            .map_or(html.len(), |e| e + start + 1);
        let steps = html[start..end].matches("class=\"step\">").count();
        assert_eq!(steps, sec.steps.len(), "chapter {}'s steps", sec.id);
    }
}

#[test]
fn every_page_names_its_oembed_document_absolutely_with_a_base_url() {
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let base = "https://news.example/2024/luyuan/";
    let link = |file: &str| {
        format!("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{base}{file}\"")
    };
    for &lang in Lang::published() {
        for embed in [false, true] {
            let html = page::render_page(TEMPLATE, lang, embed, &site).unwrap();
            let own = if embed {
                lang.embed_page()
            } else {
                lang.page()
            };
            let head = html.split_once("</head>").unwrap().0;
            assert!(head.contains(&link(&page::oembed::file_of(own))), "{own}");
        }
        let chart = &luyuan::model::story().charts[0];
        let html = page::render_chart_page(TEMPLATE, lang, chart, &site).unwrap();
        let own = lang.chart_page(&chart.id);
        assert!(html.contains(&link(&page::oembed::file_of(&own))), "{own}");
    }
    let files = page::oembed::files(&site);
    let charts = luyuan::model::story().charts.len();
    assert_eq!(files.len(), Lang::published().len() * (2 + charts));
    for (name, json) in files {
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(doc["type"], "rich", "{name}");
        let html = doc["html"].as_str().unwrap();
        assert!(
            html.starts_with(&format!("<iframe src=\"{base}")),
            "{name}: {html}"
        );
        assert!(
            doc["thumbnail_url"].as_str().unwrap().starts_with(base),
            "{name}"
        );
        assert!(doc["height"].as_u64().unwrap() >= 200, "{name}");
    }
}

#[test]
fn a_story_page_is_a_news_article_with_the_newsroom_s_dates() {
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let meta = &luyuan::model::story().meta;
    let Some(published) = meta.published.as_deref() else {
        // Without its date a story's pages carry none.
        for &lang in Lang::published() {
            let html = page::render_page(TEMPLATE, lang, false, &site).unwrap();
            assert!(!html.contains("datePublished") && !html.contains("published_time"));
        }
        return;
    };
    for &lang in Lang::published() {
        let html = page::render_page(TEMPLATE, lang, false, &site).unwrap();
        let head = html.split_once("</head>").unwrap().0;
        let ld = head
            .split_once("<script type=\"application/ld+json\">")
            .expect("JSON-LD in the head")
            .1
            .split_once("</script>")
            .unwrap()
            .0;
        let doc: serde_json::Value = serde_json::from_str(ld).unwrap();
        assert_eq!(doc["@type"], "NewsArticle");
        assert_eq!(doc["datePublished"], published);
        assert_eq!(
            doc["dateModified"],
            meta.modified.as_deref().unwrap_or(published)
        );
        assert_eq!(doc["inLanguage"], lang.tag());
        assert_eq!(doc["publisher"]["name"], meta.publisher.get(lang));
        assert_eq!(doc["author"]["name"], meta.publisher.get(lang));
        assert_eq!(
            doc["image"][0],
            format!(
                "https://news.example/2024/luyuan/og-{}.png",
                lang.tag().to_lowercase()
            )
        );
        assert!(doc["isBasedOn"]["headline"].is_string());
        assert!(head.contains(&format!(
            "<meta property=\"article:published_time\" content=\"{published}\">"
        )));
        assert!(head.contains("<meta property=\"article:author\""));
        assert!(head.contains("<meta property=\"og:site_name\""));
        // The byline under the title, with the date a reader and a reader mode see.
        assert!(html.contains("<p class=\"byline\">"), "{}", lang.tag());
        assert!(html.contains(&format!("<time datetime=\"{published}\">")));
        // Embed pages are noindex: no article data of their own.
        let embed = page::render_page(TEMPLATE, lang, true, &site).unwrap();
        assert!(!embed.contains("application/ld+json"));
    }
}

#[test]
fn a_chart_page_is_shared_as_itself_and_searched_as_the_story() {
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let story = luyuan::model::story();
    let chart = &story.charts[0];
    for &lang in Lang::published() {
        let html = page::render_chart_page(TEMPLATE, lang, chart, &site).unwrap();
        let own = format!(
            "https://news.example/2024/luyuan/{}",
            lang.chart_page(&chart.id)
        );
        assert!(html.contains(&format!("<meta property=\"og:url\" content=\"{own}\">")));
        assert!(html.contains(&format!(
            "<meta property=\"og:title\" content=\"{}",
            luyuan::html::escape(chart.title.get(lang))
        )));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/2024/luyuan/"));
        assert!(!html.contains(&format!("<link rel=\"canonical\" href=\"{own}\">")));
        // Its card is that chart: its own picture.
        let picture = format!(
            "https://news.example/2024/luyuan/{}",
            luyuan::share::og_image::chart_file_name(lang, &chart.id)
        );
        assert!(picture.ends_with(&format!(
            "og-{}.png",
            lang.chart_page(&chart.id).trim_end_matches(".html")
        )));
        assert!(html.contains(&format!(
            "<meta property=\"og:image\" content=\"{picture}\">"
        )));
        assert!(html.contains(&format!(
            "<meta name=\"twitter:image\" content=\"{picture}\">"
        )));
    }
}

#[test]
fn wechat_cards_only_with_the_setting() {
    let story = luyuan::model::story();
    let plain = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let wechat = plain
        .clone()
        .with_wechat(Some("https://news.example/wechat/signature"))
        .unwrap();
    for &lang in Lang::published() {
        for site in [&plain, &wechat] {
            let pages = [
                page::render_page(TEMPLATE, lang, false, site).unwrap(),
                page::render_chart_page(TEMPLATE, lang, &story.charts[0], site).unwrap(),
            ];
            for html in &pages {
                let head = html.split_once("</head>").unwrap().0;
                assert_eq!(
                    head.contains("<script type=\"application/json\" id=\"wechat-share\" data-src=\"wechat.js\">"),
                    site == &wechat,
                    "{}",
                    lang.tag()
                );
            }
            // An embed page is in a host's page: the share is the host's.
            let embed = page::render_page(TEMPLATE, lang, true, site).unwrap();
            assert!(!embed.contains("wechat-share"));
        }
    }
}

/// The data's break marks (U+200B, `docs/data.md`) are for the charts' line breaking alone:
/// no page, alt text, link preview, static picture or download carries one.
#[test]
fn no_page_picture_or_download_carries_a_break_mark() {
    const MARK: char = luyuan::lang::BREAK_MARK;
    let site = Site::parse(Some("https://news.example/2024/luyuan/")).unwrap();
    let story = story();
    let mut files: Vec<(String, String)> = Vec::new();
    for &lang in Lang::published() {
        for embed in [false, true] {
            let html = page::render_page(TEMPLATE, lang, embed, &site).unwrap();
            files.push((format!("{lang:?} page, embed {embed}"), html));
        }
        for chart in &story.charts {
            let html = page::render_chart_page(TEMPLATE, lang, chart, &site).unwrap();
            files.push((lang.chart_page(&chart.id), html));
        }
    }
    files.extend(page::charts::static_charts(story).unwrap());
    files.extend(luyuan::dataset::files(story).unwrap());
    for (name, text) in &files {
        assert!(!text.contains(MARK), "{name} has a break mark");
    }
}
