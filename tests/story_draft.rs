//! `storykit draft` against this story's hand-made data: the draft of the received copy
//! (`stories/luyuan-2023/source/`) finds the figures of `stories/luyuan-2023/metrics.json`, and a Simplified copy drafts
//! a zh-Hant story with the same figures.
//!
//! How it counts. A figure of `metrics.json` is *found* when a drafted figure has the same
//! absolute value (value × scale) and the two source texts overlap (one contains the other,
//! or the drafted source contains the metric's mark); each drafted figure matches at most one
//! metric, in the article's order. Recall = found / metrics. Precision is judged per field:
//! each drafted figure has six fields (value, scale, unit, qualifier, kind, source words);
//! a field is right when it equals the metric's (the unit: the same id, or a unit of the same
//! Chinese counter; the source: one contains the other); an unmatched drafted figure has six
//! wrong fields. Precision = right fields / (6 × drafted figures).
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use std::path::Path;

use luyuan::draft::{self, figures::Figure, Knowledge};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

struct Score {
    found: usize,
    expected: usize,
    right: usize,
    fields: usize,
    misses: Vec<String>,
    wrong: Vec<String>,
}

fn template(units: &Value, id: &str) -> String {
    units["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == id)
        .and_then(|u| u["template"]["zh-Hant"].as_str())
        .unwrap_or(id)
        .to_owned()
}

fn score(figures: &[Figure]) -> Score {
    let metrics = json("stories/luyuan-2023/metrics.json");
    let units = json("stories/luyuan-2023/units.json");
    let metrics = metrics["metrics"].as_array().unwrap();
    let mut used = vec![false; figures.len()];
    let mut s = Score {
        found: 0,
        expected: metrics.len(),
        right: 0,
        fields: 6 * figures.len(),
        misses: vec![],
        wrong: vec![],
    };
    for m in metrics {
        let v = m["value"].as_f64().unwrap() * m["scale"].as_f64().unwrap();
        let src = m["source"].as_str().unwrap();
        let mark = m["mark"]["zh-Hant"].as_str().unwrap();
        let hit = figures.iter().enumerate().find(|(i, f)| {
            !used[*i]
                && (f.absolute() - v).abs() <= 1e-6 * v.abs().max(1.0)
                && (f.source.contains(src) || src.contains(&f.source) || f.source.contains(mark))
        });
        let Some((i, f)) = hit else {
            s.misses.push(format!("{} {v} “{src}”", m["id"]));
            continue;
        };
        used[i] = true;
        s.found += 1;
        let unit_ok = f.unit == m["unit"].as_str().unwrap()
            || template(&units, &f.unit) == template(&units, m["unit"].as_str().unwrap());
        let checks = [
            (
                "value",
                (f.value - m["value"].as_f64().unwrap()).abs() < 1e-9,
            ),
            ("scale", f.scale == m["scale"].as_u64().unwrap()),
            ("unit", unit_ok),
            ("qualifier", f.qualifier == m["qualifier"].as_str().unwrap()),
            ("kind", f.kind == m["kind"].as_str().unwrap()),
            ("source", f.source.contains(src) || src.contains(&f.source)),
        ];
        for (name, ok) in checks {
            if ok {
                s.right += 1;
            } else {
                s.wrong.push(format!(
                    "{} {name}: drafted {:?}",
                    m["id"],
                    match name {
                        "value" => f.value.to_string(),
                        "scale" => f.scale.to_string(),
                        "unit" => f.unit.clone(),
                        "qualifier" => f.qualifier.to_owned(),
                        "kind" => f.kind.to_owned(),
                        _ => f.source.clone(),
                    }
                ));
            }
        }
    }
    for (i, f) in figures.iter().enumerate() {
        if !used[i] {
            s.wrong.push(format!("extra: {} “{}”", f.mark, f.source));
        }
    }
    s
}

fn source() -> String {
    std::fs::read_to_string(root().join("stories/luyuan-2023/source/000_895fd38d52e3d926.txt"))
        .unwrap()
}

#[test]
fn draft_finds_the_figures_of_the_received_copy() {
    let k = Knowledge::project().unwrap();
    let d = draft::draft(&source(), &k);
    let s = score(&d.figures);
    let recall = s.found as f64 / s.expected as f64;
    let precision = s.right as f64 / s.fields as f64;
    println!(
        "recall {}/{} = {:.1} %, precision {}/{} = {:.1} %",
        s.found,
        s.expected,
        recall * 100.0,
        s.right,
        s.fields,
        precision * 100.0
    );
    for m in &s.misses {
        println!("missed: {m}");
    }
    for w in &s.wrong {
        println!("wrong: {w}");
    }
    let p = draft::problems(&d.files);
    assert!(p.is_empty(), "the draft does not validate: {}", p[0]);
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(precision >= 0.90, "precision {precision:.3}");
}

/// The figures as the tests compare them across scripts.
fn facts(figures: &[Figure]) -> Vec<String> {
    figures
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {} {} {}",
                f.value, f.scale, f.unit, f.qualifier, f.kind, f.mark
            )
        })
        .collect()
}

#[test]
fn a_simplified_article_drafts_the_same_zh_hant_story() {
    let k = Knowledge::project().unwrap();
    let cc = draft::convert::Converter::new(&k.exceptions);
    let article =
        std::fs::read_to_string(root().join("stories/luyuan-2023/article.zh-Hant.txt")).unwrap();
    // the title, the intro and the first two sections
    let hant: String = article.lines().take(15).map(|l| format!("{l}\n")).collect();
    let hans = cc.to_hans(&hant);
    assert_ne!(hans, hant);
    let from_hant = draft::draft(&hant, &k);
    let from_hans = draft::draft(&hans, &k);
    assert!(from_hans.simplified_source && !from_hant.simplified_source);
    assert_eq!(facts(&from_hans.figures), facts(&from_hant.figures));
    assert!(
        from_hant.figures.len() > 40,
        "{} figures",
        from_hant.figures.len()
    );
    let text = |d: &draft::Draft| -> Vec<String> {
        d.article
            .sections
            .iter()
            .flat_map(|s| s.steps.clone())
            .collect()
    };
    let (a, b) = (text(&from_hant), text(&from_hans));
    assert_eq!(a.len(), b.len());
    let differ: Vec<(char, char)> = a
        .concat()
        .chars()
        .zip(b.concat().chars())
        .filter(|(x, y)| x != y)
        .collect();
    println!("zh-Hant characters that differ after t2s and s2t: {differ:?}");
    assert!(differ.len() <= 4, "{differ:?}");
    for d in [&from_hant, &from_hans] {
        let p = draft::problems(&d.files);
        assert!(p.is_empty(), "the draft does not validate: {}", p[0]);
    }
}

#[test]
fn every_drafted_chart_lays_out_everywhere() {
    use luyuan::lang::Lang;
    let k = Knowledge::project().unwrap();
    let d = draft::draft(&source(), &k);
    let get = |n: &str| {
        d.files
            .files
            .iter()
            .find(|f| f.0 == n)
            .map(|f| f.1.as_str())
            .unwrap()
    };
    let story = luyuan::model::parse(&luyuan::model::Sources {
        story: get("story.json"),
        metrics: get("metrics.json"),
        charts: get("charts.json"),
        units: get("units.json"),
    })
    .unwrap();
    assert!(story.meta.draft);
    let mut problems = Vec::new();
    for spec in &story.charts {
        for &lang in Lang::published() {
            let c = luyuan::story::charts::chart_data(&story, spec, lang);
            match luyuan::charts::validate(&c) {
                Ok(()) => problems.extend(charts_common::fits_everywhere(&c)),
                Err(e) => problems.push(e.to_string()),
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The drafted folder renders as a story: the preview's render (the prerender reading the
/// folder at run time) writes its three pages and every chart's static pictures.
#[test]
fn the_drafted_folder_renders_its_pages_and_charts() {
    let k = Knowledge::project().unwrap();
    let d = draft::draft(&source(), &k);
    let dir = std::env::temp_dir().join(format!("draft-render-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (story, out) = (dir.join("story"), dir.join("out"));
    std::fs::create_dir_all(&story).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    for (name, text) in &d.files.files {
        std::fs::write(story.join(name), text).unwrap();
    }
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"))
        .arg("--preview")
        .args([&story, &root().join("index.html"), &out])
        .env_remove("STORY_BASE_URL")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for page in ["index.html", "zh-hans.html", "en.html"] {
        assert!(out.join(page).is_file(), "{page}");
    }
    let pictures = std::fs::read_dir(out.join("charts")).unwrap().count();
    assert_eq!(
        pictures,
        d.charts.len() * 3 * 2,
        "every chart in three languages, phone and desktop"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
