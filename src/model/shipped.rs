//! The browser's data, one file per language: the runtime copy of the four data files
//! ([`RUNTIME`](super::RUNTIME)) with every text narrowed to that language, written beside
//! the pages by the prerender and fetched by `boot.js` as the app loads. A page shows one
//! language, so its reader loads that one's words only, and the wasm carries no data.
//!
//! The file is a JSON array of the four documents (story, metrics, charts, units), each
//! minified on a line of its own, so that the browser parses them a file per slice without
//! a second parser: `[story\n,metrics\n,charts\n,units\n]`.

use serde_json::{Map, Value};

use super::Sources;
use crate::lang::Lang;

/// The browser's data in `lang`: `src`'s four files with each text in `lang` only.
pub fn shipped(src: &Sources, lang: Lang) -> Result<String, serde_json::Error> {
    let story: Value = serde_json::from_str(src.story)?;
    let tags: Vec<String> = story["meta"]["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_str().map(str::to_owned))
        .collect();
    let mut lines = Vec::with_capacity(4);
    for text in [src.story, src.metrics, src.charts, src.units] {
        let mut v: Value = serde_json::from_str(text)?;
        let over_words = over_words(&mut v, tags.first());
        let mut v = narrowed(v, &tags, lang.tag());
        restore(&mut v, over_words);
        lines.push(serde_json::to_string(&v)?);
    }
    Ok(format!("[{}\n]", lines.join("\n,")))
}

/// The four files of a shipped text (None when it is not four lines as [`shipped`] writes).
pub fn sources(text: &str) -> Option<Sources<'_>> {
    let mut lines = text.split('\n').map(|l| l.trim_start_matches(['[', ',']));
    let files = Sources {
        story: lines.next()?,
        metrics: lines.next()?,
        charts: lines.next()?,
        units: lines.next()?,
    };
    (lines.next()? == "]" && lines.next().is_none()).then_some(files)
}

/// The file name of `lang`'s data: its content's digest in it, so that a host may cache it
/// for good and a new build's data is never mixed with an old page.
pub fn file_name(lang: Lang, text: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    format!(
        "story-data.{}.{:016x}.json",
        lang.tag().to_ascii_lowercase(),
        h.finish()
    )
}

/// The quotes in the story's first language of the metrics that are "over" a number, taken
/// out of `v`'s metrics by index: their words say how the article writes "over" (1500餘套,
/// `figures::over_as_written`), which every Chinese page follows.
fn over_words(v: &mut Value, first: Option<&String>) -> Vec<(usize, String, Value)> {
    let (Some(first), Some(metrics)) = (first, v.get_mut("metrics").and_then(Value::as_array_mut))
    else {
        return Vec::new();
    };
    metrics
        .iter_mut()
        .enumerate()
        .filter(|(_, m)| m["qualifier"] == "over")
        .filter_map(|(i, m)| {
            let words = m.get_mut("quote")?.as_object_mut()?.remove(first)?;
            Some((i, first.clone(), words))
        })
        .collect()
}

/// Puts the words [`over_words`] took back into the narrowed quotes.
fn restore(v: &mut Value, words: Vec<(usize, String, Value)>) {
    for (i, tag, w) in words {
        if let Some(q) = v["metrics"][i]["quote"].as_object_mut() {
            q.insert(tag, w);
        }
    }
}

/// `v` with each text (an object whose keys are all of the story's language tags) keeping
/// `tag`'s words only; a text that lacks them becomes empty, as the model reads it.
fn narrowed(v: Value, tags: &[String], tag: &str) -> Value {
    match v {
        Value::Object(o) if !o.is_empty() && o.keys().all(|k| tags.contains(k)) => Value::Object(
            o.into_iter()
                .filter(|(k, _)| k == tag)
                .collect::<Map<_, _>>(),
        ),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| (k, narrowed(v, tags, tag)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(|v| narrowed(v, tags, tag)).collect()),
        v => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_keeps_one_language_and_the_rest_stays() {
        let src = Sources {
            story: r#"{"meta":{"languages":["zh-Hant","en"]},"title":{"zh-Hant":"標題","en":"Title"}}"#,
            metrics: r#"{"metrics":[{"id":"m","value":2,"label":{"en":"Firms"},"mark":{}}]}"#,
            charts: r#"{"charts":[]}"#,
            units: r#"{"units":[]}"#,
        };
        let text = shipped(&src, Lang::EN).unwrap();
        let v: Value = serde_json::from_str(&text).expect("the file is JSON");
        assert_eq!(v[0]["title"], serde_json::json!({"en": "Title"}));
        assert_eq!(
            v[0]["meta"]["languages"],
            serde_json::json!(["zh-Hant", "en"])
        );
        assert_eq!(v[1]["metrics"][0]["value"], 2);
        assert_eq!(v[1]["metrics"][0]["mark"], serde_json::json!({}));
        let zh = shipped(&src, Lang::ZH_HANT).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(&zh).unwrap()[1]["metrics"][0]["label"],
            serde_json::json!({})
        );
        let back = sources(&text).expect("four lines");
        assert_eq!(back.charts, r#"{"charts":[]}"#);
        assert!(sources("[{}\n,{}\n]").is_none(), "two files are not four");
    }

    #[test]
    fn the_name_changes_with_the_data() {
        let a = file_name(Lang::ZH_HANT, "[1]");
        assert!(
            a.starts_with("story-data.zh-hant.") && a.ends_with(".json"),
            "{a}"
        );
        assert_ne!(a, file_name(Lang::ZH_HANT, "[2]"));
    }
}
