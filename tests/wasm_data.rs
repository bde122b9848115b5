//! In the browser's build (wasm32, `hydrate`), each page's data file parsed as the app parses
//! it: the islands and the glue get what they show of the story's meta (slug, languages, site
//! title, credit, draft mark), and the wasm reads nothing that only the prerendered page
//! shows (`Meta`'s fields marked `serde(skip)` for wasm: it carries no code for them).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_data`
#![cfg(all(target_arch = "wasm32", feature = "hydrate"))]

use luyuan::lang::Lang;
use luyuan::model::{parse_unchecked, shipped, shipped_sources, RUNTIME};
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
