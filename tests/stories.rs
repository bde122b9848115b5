//! Every story the kit is given passes the rules the page relies on: the story of the build
//! (`STORY_DIR`, default `stories/luyuan-2023/`) and every fixture story under `tests/fixtures/` (invented
//! stories: the kit is not this year's article). The model's parsing and validation
//! (`luyuan::model::parse`), zh-Hans as OpenCC's conversion of zh-Hant (with the folder's
//! `opencc_exceptions.json`), and every chart laid out in every language from a 320 px phone
//! to desktop. A fixture must also say that it is invented, in its title and credit line,
//! and show at least five chart kinds. A failure names the folder.
//!
//! `STORY_DIR=stories/next-year cargo test --features ssr --test stories` checks a new story
//! before its first build.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
#[path = "story_support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use luyuan::charts::validate;
use luyuan::lang::Lang;
use luyuan::model::{self, Sources, Story, EDITED};
use luyuan::story::charts::chart_data;

/// The fixture folders: those of `tests/fixtures/` with a `story.json`.
fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|d| d.join("story.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no story in {}", root.display());
    dirs
}

/// A fixture's name as the tests say it: `tests/fixtures/hexi-2024`.
fn name(dir: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    dir.strip_prefix(root).unwrap_or(dir).display().to_string()
}

/// The build's story folder, as the build found it.
fn built() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(model::STORY_DIR)
}

/// The build's story and every fixture.
fn stories() -> Vec<PathBuf> {
    let mut all = vec![built()];
    all.extend(fixtures());
    all
}

fn sources(dir: &Path) -> Sources<'static> {
    if dir == built() {
        return EDITED;
    }
    let read = |f: &str| -> &'static str {
        let path = dir.join(f);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Box::leak(text.into_boxed_str())
    };
    Sources {
        story: read("story.json"),
        metrics: read("metrics.json"),
        charts: read("charts.json"),
        units: read("units.json"),
    }
}

fn story(dir: &Path) -> Story {
    model::parse(&sources(dir)).unwrap_or_else(|e| {
        // The model names the files of the build's folder; these are the fixture's.
        let e = e.to_string().replace(
            &format!("{}/", model::STORY_DIR),
            &format!("{}/", name(dir)),
        );
        panic!("the story does not load: {e}")
    })
}

#[test]
fn every_story_loads_and_validates() {
    for dir in stories() {
        story(&dir);
    }
    for dir in fixtures() {
        let s = story(&dir);
        assert!(
            s.sections.len() >= 2,
            "{}: two chapters or more",
            name(&dir)
        );
        let kinds: BTreeSet<String> = s.charts.iter().map(|c| format!("{:?}", c.kind())).collect();
        assert!(
            kinds.len() >= 5,
            "{}: {} chart kinds ({kinds:?}); a fixture shows at least five",
            name(&dir),
            kinds.len()
        );
    }
}

#[test]
fn every_fixture_says_it_is_invented() {
    let marks = [
        (Lang::ZH_HANT, "測試用虛構數據"),
        (Lang::ZH_HANS, "测试用虚构数据"),
        (Lang::EN, "invented test data"),
    ];
    for dir in fixtures() {
        let s = story(&dir);
        for (lang, mark) in marks {
            for (what, text) in [("title", &s.title), ("meta.credit", &s.meta.credit)] {
                let t = text.get(lang).to_lowercase();
                assert!(
                    t.contains(mark),
                    "{}: the {lang:?} {what} “{}” must say “{mark}”",
                    name(&dir),
                    text.get(lang)
                );
            }
        }
        let readme = std::fs::read_to_string(dir.join("README.md")).unwrap_or_default();
        assert!(
            readme.contains("Invented test data") || readme.contains("invented test data"),
            "{}: its README.md must say it is invented test data",
            name(&dir)
        );
        assert_ne!(
            s.meta.slug,
            support::story().meta.slug,
            "{}: a fixture has a slug of its own, not stories/luyuan-2023/'s",
            name(&dir)
        );
    }
}

/// OpenCC's t2s of a zh-Hant text, with the exceptions of the folder's
/// `opencc_exceptions.json` applied (as `tools/data/hans.py` does).
fn to_hans(cc: &OpenCC, hant: &str, exceptions: &[serde_json::Value]) -> String {
    let mut out = cc.convert(hant);
    for e in exceptions {
        let (Some(h), Some(o), Some(s)) = (
            e["zh-Hant"].as_str(),
            e["opencc"].as_str(),
            e["zh-Hans"].as_str(),
        ) else {
            continue;
        };
        if hant.contains(h) {
            out = out.replace(o, s);
        }
    }
    out
}

#[test]
fn every_story_has_opencc_simplified() {
    let cc = OpenCC::from_config(BuiltinConfig::T2s).expect("OpenCC t2s");
    for dir in stories() {
        let folder = name(&dir);
        let exceptions: Vec<serde_json::Value> =
            std::fs::read_to_string(dir.join("opencc_exceptions.json"))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|v| v["exceptions"].as_array().cloned())
                .unwrap_or_default();
        let texts = support::all_texts_of(support::files_of(&sources(&dir), &folder));
        assert!(texts.len() > 50, "{folder}: only {} texts", texts.len());
        let wrong: Vec<String> = texts
            .iter()
            .filter(|t| to_hans(&cc, &t.hant, &exceptions) != t.hans)
            .map(|t| {
                format!(
                    "{}, {}: zh-Hans “{}” is not OpenCC's “{}”",
                    t.file,
                    t.place,
                    t.hans,
                    to_hans(&cc, &t.hant, &exceptions)
                )
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "run python3 tools/data/hans.py {folder}:\n  {}",
            wrong.join("\n  ")
        );
    }
}

#[test]
fn every_chart_of_every_story_lays_out_everywhere() {
    for dir in stories() {
        let s = story(&dir);
        let mut problems = Vec::new();
        for spec in &s.charts {
            for &lang in &s.meta.languages {
                let d = chart_data(&s, spec, lang);
                match validate(&d) {
                    Ok(()) => problems.extend(charts_common::fits_everywhere(&d)),
                    Err(e) => problems.push(e.to_string()),
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{}: {} problems:\n{}",
            name(&dir),
            problems.len(),
            problems.join("\n")
        );
    }
}

/// The colours a story chooses (`meta.colours`) are readable: the accent as text on the page
/// and under text on its band (the card colour), the highlighted figure's text on its ground.
#[test]
fn every_storys_colours_keep_text_readable() {
    use luyuan::charts::theme::{contrast, Theme};
    use luyuan::colours::PageColours;
    for dir in stories() {
        let s = story(&dir);
        for (theme, chosen) in [
            (Theme::Light, &s.meta.colours.light),
            (Theme::Dark, &s.meta.colours.dark),
        ] {
            let c = PageColours::of(theme).with(chosen);
            for (what, a, b) in [
                ("accent on the page", c.accent, c.bg),
                ("card colour on the accent", c.card, c.accent),
                ("figure_fg on figure_bg", c.fig_fg, c.fig_bg),
            ] {
                let r = contrast(a, b);
                assert!(
                    r >= 4.5,
                    "{}/story.json, meta.colours.{}: {what} is {r:.2}:1, under 4.5:1",
                    name(&dir),
                    theme.as_str()
                );
            }
        }
    }
}

#[test]
fn a_colour_that_is_not_rrggbb_is_refused_naming_the_field() {
    let dir = fixtures().remove(0);
    let mut src = sources(&dir);
    // The fixture's dark accent (its story.json gives one), miswritten.
    let text = src
        .story
        .replacen("\"accent\": \"#f0a878\"", "\"accent\": \"green\"", 1);
    assert_ne!(
        text, src.story,
        "the fixture's story.json gives its dark accent"
    );
    src.story = Box::leak(text.into_boxed_str());
    let e = model::parse(&src).unwrap_err().to_string();
    assert!(
        e.contains("story.json") && e.contains("colours.dark.accent") && e.contains("“green”"),
        "{e}"
    );
}

#[test]
fn the_page_carries_the_storys_colours_and_only_those() {
    let css = luyuan::colours::story_css();
    let chosen = &model::story().meta.colours;
    for (_, c) in chosen.light.given().chain(chosen.dark.given()) {
        assert!(css.contains(&c.to_ascii_lowercase()), "{c} in {css}");
    }
    if chosen.light.given().next().is_none() && chosen.dark.given().next().is_none() {
        assert_eq!(
            css, "",
            "a story that chooses nothing keeps the stylesheet's colours"
        );
    }
}

/// The fixture with its ring turned into a wall of the share and a count, with `extra` (the
/// wall's `wholes` or `grades`) added to it: what `model::parse` makes of it.
fn fixture_wall(extra: serde_json::Value) -> Result<Story, String> {
    let dir = fixtures().remove(0);
    let mut src = sources(&dir);
    let mut charts: serde_json::Value = serde_json::from_str(src.charts).unwrap();
    let ring = charts["charts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["kind"] == "gauge")
        .expect("the fixture has a ring");
    let ring = ring.as_object_mut().unwrap();
    ring.insert("kind".into(), "figures".into());
    ring.remove("whole");
    ring.remove("hint");
    let share = ring["metrics"][0].clone();
    ring.insert("metrics".into(), serde_json::json!([share, "new-firms"]));
    for (k, v) in extra.as_object().unwrap() {
        ring.insert(k.clone(), v.clone());
    }
    src.charts = Box::leak(charts.to_string().into_boxed_str());
    model::parse(&src).map_err(|e| e.to_string())
}

#[test]
fn a_wall_draws_a_whole_only_for_a_part_of_it_and_a_grade_only_on_its_scale() {
    let share = "broadband-share";
    let story = fixture_wall(serde_json::json!({ "wholes": { share: 100 } }))
        .expect("a share against 100 is a true whole");
    let wall = story.charts.iter().find(|c| c.metrics[0] == share).unwrap();
    let data = chart_data(&story, wall, Lang::EN);
    assert_eq!(
        data.items[0].scale,
        Some(luyuan::charts::spec::Scale::Whole(100.0))
    );
    assert_eq!(data.items[1].scale, None);
    for (extra, field, problem) in [
        (
            serde_json::json!({ "wholes": { share: 50 } }),
            "wholes",
            "against a whole of 100",
        ),
        (
            serde_json::json!({ "wholes": { "new-firms": 100 } }),
            "wholes",
            "not within the whole",
        ),
        (
            serde_json::json!({ "wholes": { "gdp": 100 } }),
            "wholes",
            "not one of the chart's metrics",
        ),
        (
            serde_json::json!({ "grades": { share: [{ "zh-Hant": "甲", "zh-Hans": "甲", "en": "A" }, { "zh-Hant": "乙", "zh-Hans": "乙", "en": "B" }] } }),
            "grades",
            "is not a grade",
        ),
    ] {
        let e = fixture_wall(extra.clone()).expect_err(&extra.to_string());
        assert!(
            e.contains("charts.json")
                && e.contains(&format!("field “{field}”"))
                && e.contains(problem),
            "{extra}: {e}"
        );
    }
    // On any other kind the fields are refused by name.
    let dir = fixtures().remove(0);
    let mut src = sources(&dir);
    let text = src
        .charts
        .replacen("\"whole\": 100", "\"whole\": 100, \"wholes\": {}", 1);
    src.charts = Box::leak(text.into_boxed_str());
    let e = model::parse(&src).unwrap_err().to_string();
    assert!(
        e.contains("“wholes”") && e.contains("only for figure walls"),
        "{e}"
    );
}
