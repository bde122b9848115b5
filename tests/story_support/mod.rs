//! Shared by the tests/story_*.rs files, this year's story's own tests (its figures, source
//! article and repairs): its files, read from `stories/luyuan-2023/` whatever the build's
//! `STORY_DIR`, and a walk over every three-language text of the JSON files.
#![allow(dead_code)]

use serde_json::Value;

pub const SOURCE: &str = include_str!("../../stories/luyuan-2023/source/000_895fd38d52e3d926.txt");
pub const ARTICLE: &str = include_str!("../../stories/luyuan-2023/article.zh-Hant.txt");
pub const REPAIRS: &str = include_str!("../../stories/luyuan-2023/repairs.json");
pub const NOT_FIGURES: &str = include_str!("../../stories/luyuan-2023/not_figures.json");
pub const OPENCC_EXCEPTIONS: &str =
    include_str!("../../stories/luyuan-2023/opencc_exceptions.json");

/// The story's four data files in `stories/luyuan-2023/`.
pub const SOURCES: luyuan::model::Sources<'static> = luyuan::model::Sources {
    story: include_str!("../../stories/luyuan-2023/story.json"),
    metrics: include_str!("../../stories/luyuan-2023/metrics.json"),
    charts: include_str!("../../stories/luyuan-2023/charts.json"),
    units: include_str!("../../stories/luyuan-2023/units.json"),
};

/// The data files with their names.
pub fn files() -> [(&'static str, &'static str); 4] {
    files_of(&SOURCES, "stories/luyuan-2023")
}

/// The four files of `src` with their names in the folder `dir`.
pub fn files_of(
    src: &luyuan::model::Sources<'static>,
    dir: &str,
) -> [(&'static str, &'static str); 4] {
    let name = |f: &str| -> &'static str { Box::leak(format!("{dir}/{f}").into_boxed_str()) };
    [
        (name("story.json"), src.story),
        (name("metrics.json"), src.metrics),
        (name("charts.json"), src.charts),
        (name("units.json"), src.units),
    ]
}

/// A three-language text somewhere in the data, with where it is, in words.
pub struct Found {
    pub file: &'static str,
    pub place: String,
    pub hant: String,
    pub hans: String,
    pub en: String,
}

/// Every text object (zh-Hant, zh-Hans, English and any other of the story's languages) of every data file, and every single-language
/// string that is shown (units' English templates, glosses) as an English-only text.
pub fn all_texts() -> Vec<Found> {
    all_texts_of(files())
}

/// Every three-language text of the given files.
pub fn all_texts_of(files: [(&'static str, &'static str); 4]) -> Vec<Found> {
    let mut out = Vec::new();
    for (file, text) in files {
        let v: Value = serde_json::from_str(text).unwrap();
        walk(file, &v, String::new(), &mut out);
    }
    out
}

fn walk(file: &'static str, v: &Value, place: String, out: &mut Vec<Found>) {
    match v {
        Value::Object(m) => {
            // A text: keyed by languages' tags, zh-Hant and zh-Hans among them.
            if m.contains_key("zh-Hant")
                && m.contains_key("zh-Hans")
                && m.keys().all(|k| luyuan::lang::Lang::from_tag(k).is_some())
            {
                let s = |k: &str| m[k].as_str().unwrap_or_default().to_string();
                out.push(Found {
                    file,
                    place,
                    hant: s("zh-Hant"),
                    hans: s("zh-Hans"),
                    en: s("en"),
                });
                return;
            }
            let here = match m.get("id").and_then(Value::as_str) {
                Some(id) => format!("{place} “{id}”"),
                None => place.clone(),
            };
            for (k, x) in m {
                walk(
                    file,
                    x,
                    format!("{here} › {k}")
                        .trim_start_matches(" › ")
                        .to_string(),
                    out,
                );
            }
        }
        Value::Array(a) => {
            // “metrics” › a record is “metric “gdp-growth””.
            let (parent, key) = match place.rsplit_once(" › ") {
                Some((p, k)) => (format!("{p} › "), k.to_string()),
                None => (String::new(), place.clone()),
            };
            let one = key.strip_suffix('s').unwrap_or(&key).to_string();
            for (i, x) in a.iter().enumerate() {
                let p = if x.get("id").is_some() {
                    format!("{parent}{one}")
                } else {
                    format!("{place}[{}]", i + 1)
                };
                walk(file, x, p, out);
            }
        }
        _ => {}
    }
}

/// Every single-language string of the data files that readers may see and that is not part of
/// a three-language text (English unit templates, gloss templates), with where it is.
pub fn other_strings() -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    let u: Value = serde_json::from_str(SOURCES.units).unwrap();
    for unit in u["units"].as_array().unwrap() {
        let id = unit["id"].as_str().unwrap_or_default();
        for k in ["en_one", "en_short"] {
            if let Some(s) = unit.get(k).and_then(Value::as_str) {
                out.push((
                    "stories/luyuan-2023/units.json",
                    format!("unit “{id}” › {k}"),
                    s.to_string(),
                ));
            }
        }
        if let Some(s) = unit
            .get("gloss")
            .and_then(|g| g.get("en"))
            .and_then(Value::as_str)
        {
            out.push((
                "stories/luyuan-2023/units.json",
                format!("unit “{id}” › gloss › en"),
                s.to_string(),
            ));
        }
    }
    out
}

/// The story, which must load.
pub fn story() -> luyuan::model::Story {
    match luyuan::model::parse(&SOURCES) {
        Ok(s) => s,
        Err(e) => panic!("the data does not load: {e}"),
    }
}

/// Collects problems and fails once with all of them, one per line.
pub struct Problems(pub Vec<String>);

impl Problems {
    pub fn new() -> Self {
        Problems(Vec::new())
    }
    pub fn push(&mut self, s: impl Into<String>) {
        self.0.push(s.into());
    }
    pub fn check(self, what: &str) {
        if !self.0.is_empty() {
            panic!(
                "{what}: {} problem(s)\n  {}",
                self.0.len(),
                self.0.join("\n  ")
            );
        }
    }
}
