//! Reads the story's data folder, `STORY_DIR` (default `stories/luyuan-2023/`, relative to the crate root
//! or absolute), and writes two copies of its four files into OUT_DIR, which the model
//! (`src/model/mod.rs`) embeds:
//!
//! * `edited/`: the files as the editor wrote them (natively embedded: tests, the prerender);
//! * `runtime/`: the browser's copy, minified, without what only the prerendered HTML shows
//!   (the article's text, the intro, the source words), and with each figure's quote per
//!   language precomputed by the same function the native side uses (`src/quote.rs`). The
//!   prerender narrows it to each language (`src/model/shipped.rs`) and writes it beside the
//!   pages, where the browser fetches it; `tests/data_runtime.rs` checks that the copies give
//!   the same charts.
//!
//! It also tells the crate the folder's name as the editor knows it (`STORY_DIR_NAME`:
//! `stories/luyuan-2023`, or `STORY_DIR` as given), so that error messages name the files they edited.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

use serde_json::{Map, Value};

#[path = "src/quote.rs"]
mod quote;

/// The story built when `STORY_DIR` is not set (scripts/build.sh and scripts/build-stamp.mjs
/// say the same).
const DEFAULT_STORY_DIR: &str = "stories/luyuan-2023";

/// The story's folder: where it is, and its name in messages.
fn story_dir() -> (PathBuf, String) {
    let setting = env::var("STORY_DIR")
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| DEFAULT_STORY_DIR.to_owned());
    let name = match setting.trim_end_matches('/') {
        "" => "/".to_owned(),
        n => n.to_owned(),
    };
    let root = env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    // `join` keeps an absolute setting as it is.
    (Path::new(&root).join(&setting), name)
}

fn main() {
    println!("cargo:rerun-if-env-changed=STORY_DIR");
    println!("cargo:rerun-if-changed=src/quote.rs");
    let (dir, name) = story_dir();
    println!("cargo:rustc-env=STORY_DIR_NAME={name}");
    println!("cargo:rustc-env=DEFAULT_STORY_DIR={DEFAULT_STORY_DIR}");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let (edited, runtime) = (out.join("edited"), out.join("runtime"));
    for d in [&edited, &runtime] {
        fs::create_dir_all(d).expect("create a folder in OUT_DIR");
    }

    // A file that does not parse is copied as it is: the model's loader names the problem.
    // A file that is missing stops the build here, naming the setting.
    let read = |f: &str| {
        let path = dir.join(format!("{f}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{name}/{f}.json cannot be read ({e}); STORY_DIR names the story's folder")
        });
        fs::write(edited.join(format!("{f}.json")), &text).expect("write the edited data");
        (serde_json::from_str::<Value>(&text).ok(), text)
    };
    let (story, story_text) = read("story");
    // The story's languages: the only locale rows the browser's wasm carries whole
    // (src/locale/mod.rs, `shipped!`).
    println!("cargo::rustc-check-cfg=cfg(story_lang, values(any()))");
    for tag in story.as_ref().map(langs).unwrap_or_default() {
        println!("cargo:rustc-cfg=story_lang=\"{tag}\"");
    }
    let (metrics, metrics_text) = read("metrics");

    let write = |f: &str, v: Option<Value>, original: String| {
        let text = v.map(|v| v.to_string()).unwrap_or(original);
        fs::write(runtime.join(format!("{f}.json")), text).expect("write runtime data");
    };

    let quotes = story
        .as_ref()
        .zip(metrics.as_ref())
        .map(|(s, m)| quotes(s, m));
    write(
        "metrics",
        metrics.map(|m| slim_metrics(m, quotes.as_ref())),
        metrics_text,
    );
    write("story", story.map(slim_story), story_text);
    for f in ["charts", "units"] {
        let (v, text) = read(f);
        write(f, v, text);
    }
}

/// A text the browser does not need: no language (the model reads a missing one as empty).
fn empty_text() -> Value {
    Value::Object(Map::new())
}

/// The story's languages by tag (`story.json` meta `languages`); the first is the one its
/// metrics' source words are written in.
fn langs(story: &Value) -> Vec<&str> {
    story["meta"]["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Metric id → its quote in each language.
fn quotes(story: &Value, metrics: &Value) -> Map<String, Value> {
    // The texts that state each metric: the steps, then the intro's paragraphs.
    let mut stating: Vec<(&Value, &Value)> = Vec::new();
    for s in story["sections"].as_array().into_iter().flatten() {
        for st in s["steps"].as_array().into_iter().flatten() {
            stating.push((&st["figures"], &st["text"]));
        }
    }
    for p in story["intro"]["paragraphs"]
        .as_array()
        .into_iter()
        .flatten()
    {
        stating.push((&p["figures"], &p["text"]));
    }
    let langs = langs(story);
    let mut all = Map::new();
    for m in metrics["metrics"].as_array().into_iter().flatten() {
        let id = m["id"].as_str().unwrap_or_default();
        let text = stating
            .iter()
            .find(|(figures, _)| {
                figures
                    .as_array()
                    .is_some_and(|f| f.iter().any(|x| x == id))
            })
            .map(|(_, t)| *t);
        let mut q = Map::new();
        for (i, &l) in langs.iter().enumerate() {
            let words = if i == 0 {
                m["source"].as_str().map(str::to_owned)
            } else {
                text.and_then(|t| quote::clause_around(t[l].as_str()?, m["mark"][l].as_str()?))
            };
            q.insert(l.into(), Value::String(words.unwrap_or_default()));
        }
        all.insert(id.into(), Value::Object(q));
    }
    all
}

fn slim_metrics(mut m: Value, quotes: Option<&Map<String, Value>>) -> Value {
    for metric in m["metrics"].as_array_mut().into_iter().flatten() {
        let id = metric["id"].as_str().unwrap_or_default().to_owned();
        if let Some(q) = quotes.and_then(|q| q.get(&id)) {
            metric["quote"] = q.clone();
        }
        metric["source"] = Value::String(String::new());
        metric["mark"] = empty_text();
    }
    m
}

/// Keeps the title (shared links and chart cards name the story) and every heading; drops
/// the running text, which the prerendered HTML already holds.
fn slim_story(mut s: Value) -> Value {
    for p in s["intro"]["paragraphs"]
        .as_array_mut()
        .into_iter()
        .flatten()
    {
        p["text"] = empty_text();
    }
    for section in s["sections"].as_array_mut().into_iter().flatten() {
        for st in section["steps"].as_array_mut().into_iter().flatten() {
            st["text"] = empty_text();
        }
    }
    s
}
