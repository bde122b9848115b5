//! Constants the stylesheets and the page's scripts share with Rust have one source, in
//! Rust: the colours of `style/main.css` and `style/charts.css` are the Rust palettes', in
//! every theme block; `public/boot.js` and `public/embed.js` hold no copy of what the build
//! gives them (language tags, storage keys, the embed parameters' patterns, titles); and the
//! Rust rules give the verdicts of `tests/script_rules.json`, which the browser test
//! `rules.test.mjs` checks against what the scripts received.
#![cfg(feature = "ssr")]

use std::collections::BTreeMap;

use luyuan::charts::theme::{Rgb, Theme};
use luyuan::colours::PageColours;
use luyuan::embed::params::{http_url, valid_bg, valid_child_id};
use luyuan::lang::Lang;
use luyuan::script_config::LOADER_MARK;
use serde_json::Value;

fn read(file: &str) -> String {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The declarations `--name: value;` of the rule whose selector is `selector`, written at the
/// start of a line (after indentation).
fn block(css: &str, file: &str, selector: &str) -> BTreeMap<String, String> {
    let open = format!("{selector} {{");
    let start = css
        .match_indices(&open)
        .map(|(i, _)| i)
        .find(|&i| {
            css[..i]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty())
        })
        .unwrap_or_else(|| panic!("{file} has no rule “{open}”"));
    let body = &css[start + open.len()..];
    let body = &body[..body.find('}').expect("a closing brace")];
    body.split(';')
        .filter_map(|d| {
            let (k, v) = d.split_once(':')?;
            let k = k.trim();
            k.starts_with("--")
                .then(|| (k.to_owned(), v.trim().to_ascii_lowercase()))
        })
        .collect()
}

/// Every colour of `want` is declared in the block, and the block declares no other colour.
fn same_colours(file: &str, selector: &str, want: &[(&str, Rgb)]) {
    let css = read(file);
    let got = block(&css, file, selector);
    for (prop, c) in want {
        assert_eq!(
            got.get(*prop).map(String::as_str),
            Some(c.hex().to_ascii_lowercase().as_str()),
            "{file}, “{selector}”: {prop} should be {} (the Rust palette's)",
            c.hex()
        );
    }
    for (prop, v) in &got {
        if v.starts_with('#') {
            assert!(
                want.iter().any(|(p, _)| p == prop),
                "{file}, “{selector}”: {prop} is a colour the Rust palette does not know"
            );
        }
    }
}

const DARK_BY_SYSTEM: &str = r#":root:not([data-theme="light"])"#;
const DARK_BY_CHOICE: &str = r#":root[data-theme="dark"]"#;

#[test]
fn the_page_stylesheet_has_the_rust_page_colours() {
    let light = PageColours::of(Theme::Light).properties();
    let dark = PageColours::of(Theme::Dark).properties();
    same_colours("style/main.css", ":root", &light);
    same_colours("style/main.css", DARK_BY_SYSTEM, &dark);
    same_colours("style/main.css", DARK_BY_CHOICE, &dark);
}

#[test]
fn the_chart_stylesheet_has_the_rust_chart_colours() {
    let vars = |t: Theme| {
        let p = t.palette();
        [
            ("--chart-bg", p.bg),
            ("--chart-fg", p.text),
            ("--chart-muted", p.muted),
            ("--chart-line", p.track),
        ]
    };
    same_colours("style/charts.css", ".chart", &vars(Theme::Light));
    same_colours(
        "style/charts.css",
        &format!("{DARK_BY_SYSTEM} .chart"),
        &vars(Theme::Dark),
    );
    same_colours(
        "style/charts.css",
        &format!("{DARK_BY_CHOICE} .chart"),
        &vars(Theme::Dark),
    );
}

#[test]
fn the_theme_colour_metas_are_the_page_backgrounds() {
    let template = "<html lang=\"zh-Hant\"><head><title>prerender:title</title><!--prerender:head-->\
        <link rel=\"stylesheet\" href=\"./article-1.css\" id=\"article-css\" media=\"print\"/></head><body></body></html>";
    let html = luyuan::page::render_page(template, Lang::EN, false, &Default::default()).unwrap();
    for (t, scheme) in [(Theme::Light, "light"), (Theme::Dark, "dark")] {
        let meta = format!(
            "<meta name=\"theme-color\" content=\"{}\" media=\"(prefers-color-scheme: {scheme})\">",
            PageColours::of(t).bg.hex()
        );
        assert!(html.contains(&meta), "{meta}");
    }
}

#[test]
fn the_scripts_hold_no_copy_of_what_the_build_gives_them() {
    let site = &luyuan::model::story().meta.site_title;
    for file in ["public/boot.js", "public/embed.js"] {
        let js = read(file);
        let lower = js.to_ascii_lowercase();
        for alias in Lang::all()
            .flat_map(Lang::aliases)
            .filter(|a| a.contains('-'))
        {
            assert!(
                !lower.contains(&format!("\"{alias}\":")),
                "{file} names the language tag “{alias}”: the build gives the page map"
            );
        }
        for copy in [
            "A-Za-z0-9",
            "[0-9a-f]",
            "transparent|",
            ":lang\"",
            ":suggest",
        ] {
            assert!(
                !js.contains(copy),
                "{file} holds “{copy}”: the patterns and keys come from the build"
            );
        }
        for &l in Lang::published() {
            assert!(
                !js.contains(site.get(l)),
                "{file} holds the story's title: it comes from the data"
            );
        }
        assert!(
            !js.contains(&luyuan::model::story().meta.slug),
            "{file} holds the story's slug"
        );
        // Tests bring their own recorder (tests/browser/recorder.js): the shipped scripts
        // hang nothing on `window` for them.
        assert!(
            !js.contains("window.__"),
            "{file} hangs a test hook on window: the tests' recorder keeps what they read"
        );
    }
    assert_eq!(
        read("public/embed.js").matches(LOADER_MARK).count(),
        1,
        "public/embed.js holds “{LOADER_MARK}” once, where the build writes the story's facts"
    );
}

#[test]
fn the_rust_rules_give_the_listed_verdicts() {
    let cases: Value = serde_json::from_str(&read("tests/script_rules.json")).unwrap();
    // A language of the kit that the story does not publish opens nothing.
    let published = |t: &&str| Lang::from_tag(t).is_some_and(|l| Lang::published().contains(&l));
    for (tag, want) in cases["lang"].as_object().unwrap() {
        let got = Lang::parse(tag).map(Lang::tag);
        assert_eq!(got, want.as_str().filter(published), "Lang::parse({tag:?})");
    }
    type Rule = fn(&str) -> bool;
    let rules: [(&str, Rule); 3] = [
        ("childId", valid_child_id),
        ("bg", valid_bg),
        ("parentUrl", |s| http_url(s).is_some()),
    ];
    for (field, rule) in rules {
        for (verdict, want) in [("valid", true), ("invalid", false)] {
            for v in cases[field][verdict].as_array().unwrap() {
                let v = v.as_str().unwrap();
                assert_eq!(rule(v), want, "{field} {v:?} should be {verdict}");
            }
        }
    }
    // Also every alias a page map may have: a language's aliases are what the build hands
    // the scripts.
    for (alias, lang) in Lang::all().flat_map(|l| l.aliases().map(move |a| (a, l))) {
        assert_eq!(
            cases["lang"][&alias].as_str(),
            Some(lang.tag()),
            "tests/script_rules.json lists every alias: add “{alias}”"
        );
    }
}

/// The chart box's rules (`charts::design`, which the build draws the static pictures by)
/// are the stylesheet's: the same ratio, caps and widths.
#[test]
fn the_chart_box_rules_are_the_rust_ones() {
    let css = read("style/charts.css");
    let got = block(&css, "style/charts.css", ":root");
    for (prop, want) in luyuan::charts::design::css_properties() {
        assert_eq!(
            got.get(prop).map(String::as_str),
            Some(want.as_str()),
            "style/charts.css, “:root”: {prop} should be {want} (charts::design's)"
        );
    }
    let svh = block(&css, "style/charts.css", "  :root");
    let cap = luyuan::charts::design::css_properties()
        .into_iter()
        .find(|(p, _)| *p == "--chart-phone-cap")
        .map(|(_, v)| v.replace("vh", "svh"));
    assert_eq!(
        svh.get("--chart-phone-cap").cloned(),
        cap,
        "the svh copy of the cap"
    );
    let breakpoint = format!(
        "@media (min-width: {}px)",
        luyuan::charts::design::DESKTOP_MIN
    );
    assert!(css.contains(&breakpoint), "style/charts.css: {breakpoint}");
}
