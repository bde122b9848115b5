//! In the browser's build (wasm32, `hydrate`), each page's data file parsed as the app parses
//! it: the islands and the glue get what they show of the story's meta (slug, languages, site
//! title, credit, draft mark), and the wasm reads nothing that only the prerendered page
//! shows (`Meta`'s fields marked `serde(skip)` for wasm: it carries no code for them). The wasm
//! reads the files through the engine's `JSON.parse` (no JSON parser of its own): what it gets
//! is what serde_json reads from the same text, and a file that is not JSON is named.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_data`
#![cfg(all(target_arch = "wasm32", feature = "hydrate"))]

use luyuan::lang::Lang;
use luyuan::model::{
    parse_unchecked, shipped, shipped_sources, ChartsFile, MetricsFile, Sources, StoryFile,
    UnitsFile, METRICS_FILE, RUNTIME,
};
use serde_json::Value;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn each_page_gives_the_islands_their_meta_and_the_wasm_reads_no_more() {
    for &lang in Lang::published() {
        let text = shipped(&RUNTIME, lang).expect("the runtime copy is JSON");
        let files = shipped_sources(&text).expect("four files, a line each");
        let meta = parse_unchecked(&files)
            .expect("the page's data parses")
            .meta;
        let json: Value = serde_json::from_str(files.story).unwrap();
        let json = &json["meta"];
        let tag = lang.tag();

        assert_eq!(meta.slug, json["slug"].as_str().unwrap(), "{tag}: slug");
        let tags: Vec<&str> = meta.languages.iter().map(|l| l.tag()).collect();
        let want: Vec<&str> = json["languages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        assert_eq!(tags, want, "{tag}: languages");
        assert_eq!(
            meta.site_title.get(lang),
            json["site_title"][tag].as_str().unwrap(),
            "{tag}: site title"
        );
        assert_eq!(
            meta.credit.get(lang),
            json["credit"][tag].as_str().unwrap(),
            "{tag}: credit"
        );
        assert_eq!(
            meta.draft,
            json["draft"].as_bool().unwrap_or(false),
            "{tag}: draft"
        );
        assert!(!meta.site_title.get(lang).is_empty() && !meta.credit.get(lang).is_empty());

        // In the file (the prerender reads the same copy natively), not read by the wasm.
        assert!(json["data_version"].is_string() && json["publisher"][tag].is_string());
        assert!(
            meta.data_version.is_empty() && meta.updated.is_empty(),
            "{tag}: the wasm read the data's version"
        );
        assert!(
            meta.publisher.get(lang).is_empty() && meta.translation.get(lang).is_empty(),
            "{tag}: the wasm read the footer's texts"
        );
        assert!(
            meta.corrections.is_empty() && meta.repairs.note.get(lang).is_empty(),
            "{tag}: the wasm read the corrections and repairs"
        );
        assert_eq!(meta.story_year, 0, "{tag}: the wasm read the story's year");
    }
}

#[wasm_bindgen_test]
fn each_page_reads_through_json_parse_what_serde_json_reads() {
    for &lang in Lang::published() {
        let text = shipped(&RUNTIME, lang).expect("the runtime copy is JSON");
        let files = shipped_sources(&text).expect("four files, a line each");
        let story = parse_unchecked(&files).expect("the page's data parses");
        let tag = lang.tag();

        let metrics: MetricsFile = serde_json::from_str(files.metrics).unwrap();
        assert_eq!(story.metrics, metrics.metrics, "{tag}: metrics");
        let charts: ChartsFile = serde_json::from_str(files.charts).unwrap();
        assert_eq!(story.charts, charts.charts, "{tag}: charts");
        let units: UnitsFile = serde_json::from_str(files.units).unwrap();
        assert_eq!(story.units, units.units, "{tag}: units");
        let file: StoryFile = serde_json::from_str(files.story).unwrap();
        assert_eq!(story.title, file.title, "{tag}: title");
        assert_eq!(story.intro, file.intro, "{tag}: intro");
        let steps = |s: &[luyuan::model::Section]| -> Vec<String> {
            s.iter().flat_map(|s| s.steps.iter().map(|st| st.id.clone())).collect()
        };
        assert_eq!(steps(&story.sections), steps(&file.sections), "{tag}: steps");
        assert!(!story.metrics.is_empty() && !story.charts.is_empty());
    }
}

#[wasm_bindgen_test]
fn a_data_file_that_is_not_json_is_named() {
    let text = shipped(&RUNTIME, Lang::EN).expect("the runtime copy is JSON");
    let files = shipped_sources(&text).expect("four files, a line each");
    let broken = Sources {
        metrics: r#"{"metrics": [{"id": "#,
        ..files
    };
    let e = parse_unchecked(&broken).expect_err("a cut file does not parse");
    assert_eq!(e.file, METRICS_FILE);
    assert!(e.problem.contains("not valid JSON"), "{}", e.problem);

    let wrong = Sources {
        metrics: r#"{"metrics": 7}"#,
        ..files
    };
    let e = parse_unchecked(&wrong).expect_err("a number is not a list of metrics");
    assert_eq!(e.file, METRICS_FILE);
    assert!(!e.problem.is_empty());
}
