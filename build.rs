//! Writes the browser's copy of the data into OUT_DIR: the story's JSON files, minified,
//! without what only the prerendered HTML shows (the article's text, the intro, the source
//! words), and with each figure's quote per language precomputed by the same function the
//! native side uses (`src/quote.rs`). The wasm embeds this copy; natively the full files are
//! embedded. `tests/data_runtime.rs` checks that both give the same charts.

use std::{env, fs, path::Path};

use serde_json::{Map, Value};

#[path = "src/quote.rs"]
mod quote;

const FILES: [&str; 4] = ["story", "metrics", "charts", "units"];
const LANGS: [&str; 3] = ["zh-Hant", "zh-Hans", "en"];

fn main() {
    for f in FILES {
        println!("cargo:rerun-if-changed=data/{f}.json");
    }
    println!("cargo:rerun-if-changed=src/quote.rs");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("runtime");
    fs::create_dir_all(&out).expect("create OUT_DIR/runtime");

    // A file that does not parse is left as it is: the model's loader names the problem.
    let read = |f: &str| {
        let text = fs::read_to_string(format!("data/{f}.json")).unwrap_or_default();
        (serde_json::from_str::<Value>(&text).ok(), text)
    };
    let (story, story_text) = read("story");
    let (metrics, metrics_text) = read("metrics");

    let write = |f: &str, v: Option<Value>, original: String| {
        let text = v.map(|v| v.to_string()).unwrap_or(original);
        fs::write(out.join(format!("{f}.json")), text).expect("write runtime data");
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

fn empty_text() -> Value {
    let mut t = Map::new();
    for l in LANGS {
        t.insert(l.into(), Value::String(String::new()));
    }
    Value::Object(t)
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
        for l in LANGS {
            let words = if l == "zh-Hant" {
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
