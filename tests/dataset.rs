//! The downloadable data ("Get the data", `luyuan::dataset`): the whole data set's CSV and
//! JSON hold every metric of the story's `metrics.json` and agree with each other and with
//! it; each chart's CSV holds exactly the figures the chart shows (as `chart_data` builds
//! them for the page); the CSV is UTF-8 with a byte-order mark, RFC 4180, CRLF. For the
//! build's story and every fixture story. `metrics.json` and `charts.json` are read here as
//! plain JSON, not through the model, so the model cannot agree with itself by mistake.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use luyuan::dataset::{self, chart_columns, story_columns};
use luyuan::lang::{unmarked, Lang, Text, BREAK_MARK};
use luyuan::model::{self, Sources, Story, EDITED};
use luyuan::story::charts::chart_data;
use serde_json::Value;

/// A CSV file's records (the header first), read by the `csv` crate as a spreadsheet
/// would: after checking the byte-order mark and that every line ends in CRLF.
fn read_csv(name: &str, text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("{name}: no byte-order mark"));
    assert!(body.ends_with("\r\n"), "{name}: the last line ends in CRLF");
    // Outside quoted fields every line feed follows a carriage return.
    let mut quoted = false;
    let mut previous = '\0';
    for c in body.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => assert_eq!(previous, '\r', "{name}: a line ends in LF alone"),
            _ => {}
        }
        previous = c;
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{name}: {e}"))
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// `value × scale` of a metric of `metrics.json`, and the CSV's text of it.
fn same_number(csv: &str, m: &Value, what: &str) {
    assert!(
        csv.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-'),
        "{what}: “{csv}” is not a plain number"
    );
    assert!(
        !csv.contains('.') || !csv.ends_with('0'),
        "{what}: “{csv}” has trailing zeros"
    );
    let full = m["value"].as_f64().unwrap() * m["scale"].as_f64().unwrap();
    let got: f64 = csv.parse().unwrap();
    assert!(
        (got - full).abs() <= 1e-9 * full.abs().max(1.0),
        "{what}: {got} for {full}"
    );
}

/// A text of the data files as the downloads give it: without the line breaking's marks,
/// which are no part of the data.
fn plain(text: &Value) -> Value {
    match text {
        Value::Object(t) => t
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(unmarked(s(v)))))
            .collect(),
        other => other.clone(),
    }
}

/// The ids of the charts of `charts.json` that show metric `id`.
fn charts_of(charts: &[Value], id: &str) -> Vec<String> {
    charts
        .iter()
        .filter(|c| c["metrics"].as_array().unwrap().iter().any(|m| m == id))
        .map(|c| s(&c["id"]).to_owned())
        .collect()
}

fn check(name: &str, story: &Story, metrics_json: &str, charts_json: &str) {
    let metrics: Value = serde_json::from_str(metrics_json).unwrap();
    let metrics = metrics["metrics"].as_array().unwrap();
    let charts: Value = serde_json::from_str(charts_json).unwrap();
    let charts = charts["charts"].as_array().unwrap();
    let slug = &story.meta.slug;
    let files = dataset::files(story).unwrap_or_else(|e| panic!("{name}: {e}"));
    let file = |path: String| -> &str {
        files
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, t)| t.as_str())
            .unwrap_or_else(|| panic!("{name}: no {path}"))
    };
    assert_eq!(
        files.len(),
        charts.len() + 2,
        "{name}: a CSV per chart and the data set's two files"
    );
    for (path, text) in &files {
        assert!(
            !text.contains(BREAK_MARK),
            "{name}: {path} has a break mark"
        );
    }

    // The whole data set, as CSV.
    let rows = read_csv(name, file(dataset::story_csv_file(slug)));
    assert_eq!(rows[0], story_columns(), "{name}: the data set's header");
    assert_eq!(rows.len() - 1, metrics.len(), "{name}: one row per metric");
    let columns = story_columns();
    let col = |c: &str| columns.iter().position(|k| k == c).unwrap();
    for (row, m) in rows[1..].iter().zip(metrics) {
        let id = s(&m["id"]);
        let what = format!("{name} CSV {id}");
        assert_eq!(row[col("id")], id);
        assert_eq!(row[col("chapter")], s(&m["section"]), "{what}");
        for &l in Lang::published() {
            assert_eq!(
                row[col(&format!("label_{}", l.tag()))],
                unmarked(s(&m["label"][l.tag()])),
                "{what}"
            );
        }
        same_number(&row[col("value")], m, &what);
        assert_eq!(row[col("unit")], s(&m["unit"]), "{what}");
        assert_eq!(row[col("scale")], m["scale"].to_string(), "{what}");
        assert_eq!(
            row[col("measure")],
            measure_of(m),
            "{what}: a change is never a level"
        );
        assert_eq!(row[col("basis")], basis_of(m), "{what}");
        assert_eq!(row[col("qualifier")], s(&m["qualifier"]), "{what}");
        assert_eq!(
            row[col("source")],
            s(&m["source"]),
            "{what}: the source words verbatim"
        );
        assert_eq!(
            row[col("charts")],
            charts_of(charts, id).join(" "),
            "{what}"
        );
    }

    // The same, as JSON, and the CSV and the JSON agree.
    let json: Value = serde_json::from_str(file(dataset::story_json_file(slug))).unwrap();
    assert_eq!(json["slug"], slug.as_str());
    let records = json["metrics"].as_array().unwrap();
    assert_eq!(
        records.len(),
        metrics.len(),
        "{name}: JSON, one record per metric"
    );
    for ((r, m), row) in records.iter().zip(metrics).zip(&rows[1..]) {
        let id = s(&m["id"]);
        let what = format!("{name} JSON {id}");
        assert_eq!(r["id"], m["id"]);
        assert_eq!(r["chapter"], m["section"], "{what}");
        assert_eq!(r["label"], plain(&m["label"]), "{what}");
        assert_eq!(r["unit"], m["unit"], "{what}");
        assert_eq!(r["scale"], m["scale"], "{what}");
        assert_eq!(r["qualifier"], m["qualifier"], "{what}");
        assert_eq!(r["measure"], measure_of(m), "{what}");
        assert_eq!(
            r["basis"], m["compare"]["basis"],
            "{what}: the basis, or null"
        );
        assert_eq!(r["source"], m["source"], "{what}");
        let listed: Vec<String> = r["charts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| s(c).to_owned())
            .collect();
        assert_eq!(listed, charts_of(charts, id), "{what}");
        // The JSON number is the CSV's.
        assert!(r["value"].is_number(), "{what}");
        let csv_value: f64 = row[col("value")].parse().unwrap();
        assert_eq!(
            r["value"].as_f64().unwrap(),
            csv_value,
            "{what}: CSV and JSON agree"
        );
        for (field, key) in [
            ("fields", "value"),
            ("fields", "qualifier"),
            ("fields", "measure"),
            ("fields", "basis"),
        ] {
            assert!(
                json[field][key].is_string(),
                "{name}: the JSON says what {key} is"
            );
        }
    }

    // Each chart: exactly the figures it shows, in its order, as the page shows them.
    for (spec, c) in story.charts.iter().zip(charts) {
        assert_eq!(spec.id, s(&c["id"]));
        let what = format!("{name} chart {}", spec.id);
        let rows = read_csv(&what, file(dataset::chart_file(&spec.id)));
        assert_eq!(rows[0], chart_columns(), "{what}: header");
        let ids: Vec<&str> = c["metrics"].as_array().unwrap().iter().map(s).collect();
        let got: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(got, ids, "{what}: one row per item, in the chart's order");
        let shown = chart_data(story, spec, Lang::ZH_HANT);
        let columns = chart_columns();
        let col = |k: &str| columns.iter().position(|c| c == k).unwrap();
        for (row, item) in rows[1..].iter().zip(&shown.items) {
            let m = metrics.iter().find(|m| m["id"] == row[0].as_str()).unwrap();
            assert_eq!(row[0], item.id, "{what}");
            let v: f64 = row[col("value")].parse().unwrap();
            assert!(
                (v - item.value).abs() <= 1e-9 * v.abs().max(1.0),
                "{what}: {v} vs {}",
                item.value
            );
            same_number(&row[col("value")], m, &what);
            for &l in Lang::published() {
                let data = chart_data(story, spec, l);
                let label = &data.items.iter().find(|i| i.id == row[0]).unwrap().label;
                assert_eq!(
                    &row[col(&format!("label_{}", l.tag()))],
                    &unmarked(label),
                    "{what}: the label the chart shows"
                );
            }
            assert_eq!(row[col("unit")], s(&m["unit"]), "{what}");
            assert_eq!(row[col("measure")], measure_of(m), "{what}");
            assert_eq!(row[col("basis")], basis_of(m), "{what}");
            assert_eq!(row[col("qualifier")], s(&m["qualifier"]), "{what}");
            assert_eq!(row[col("source")], s(&m["source"]), "{what}");
        }
    }
}

#[test]
fn the_build_s_story_downloads_as_it_is_shown() {
    let story = model::load().unwrap();
    check(model::STORY_DIR, &story, EDITED.metrics, EDITED.charts);
}

#[test]
fn every_fixture_story_downloads_as_it_is_shown() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|d| d.join("story.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let read = |f: &str| -> &'static str {
            Box::leak(
                std::fs::read_to_string(dir.join(f))
                    .unwrap()
                    .into_boxed_str(),
            )
        };
        let src = Sources {
            story: read("story.json"),
            metrics: read("metrics.json"),
            charts: read("charts.json"),
            units: read("units.json"),
        };
        let story = model::parse(&src).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        check(&dir.display().to_string(), &story, src.metrics, src.charts);
    }
}

#[test]
fn labels_with_commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says() {
    let story = model::load().unwrap();
    let text = dataset::story_csv(&story);
    // A label of the story's with a comma (if it has one) is quoted, quotes doubled.
    if let Some(tricky) = story
        .metrics
        .iter()
        .find(|m| m.label.get(Lang::EN).contains(','))
    {
        assert!(
            text.contains(&format!(
                "\"{}\"",
                tricky.label.get(Lang::EN).replace('"', "\"\"")
            )),
            "{}",
            tricky.label.get(Lang::EN)
        );
    }
    // And any other text would be: a story whose label has a quote and a line break.
    let mut odd = story.clone();
    let label: Vec<(Lang, String)> = odd.metrics[0]
        .label
        .langs()
        .map(|l| (l, odd.metrics[0].label.get(l).to_owned()))
        .collect();
    odd.metrics[0].label = Text::from_pairs(label.iter().map(|(l, s)| {
        (
            *l,
            if *l == Lang::EN {
                "a \"quoted\",\nlabel"
            } else {
                s.as_str()
            },
        )
    }));
    let rows = read_csv("odd", &dataset::story_csv(&odd));
    assert_eq!(
        rows[1][story_columns()
            .iter()
            .position(|c| c == "label_en")
            .unwrap()],
        "a \"quoted\",\nlabel"
    );
    assert!(dataset::story_csv(&odd).contains("\"a \"\"quoted\"\",\nlabel\""));
}

#[test]
fn a_chart_named_like_the_story_is_refused() {
    let mut story = model::load().unwrap();
    story.charts[0].id = story.meta.slug.clone();
    let e = dataset::files(&story).unwrap_err();
    assert!(e.contains(&story.meta.slug), "{e}");
}

/// The `measure` a data user must read, from the metric's kind as written in the data file
/// (independently of the model's mapping).
fn measure_of(m: &Value) -> &'static str {
    match m["kind"].as_str().unwrap() {
        "growth" => "growth",
        "reduction" => "reduction",
        "pp-change" => "change-in-points",
        "rank-change" => "change-in-rank",
        _ => "level",
    }
}

/// The `basis` column: the data file's `compare.basis`, empty where the article gives none.
fn basis_of(m: &Value) -> &str {
    m["compare"]["basis"].as_str().unwrap_or("")
}

/// The columns docs/publishing.md promises a newsroom are the files' columns, in order.
#[test]
fn the_publishing_doc_lists_the_columns_the_files_have() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/publishing.md"))
            .expect("docs/publishing.md");
    let listed = |file: &str| -> Vec<String> {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{file}` |")))
            .unwrap_or_else(|| panic!("docs/publishing.md: no row for {file}"));
        let last = row.trim_end_matches('|').rsplit('|').next().unwrap_or("");
        // `label_<tag>` stands for one column per language of the story.
        last.split(',')
            .map(|c| c.trim().trim_matches('`').to_owned())
            .flat_map(|c| match c.as_str() {
                "label_<tag>" => Lang::published()
                    .iter()
                    .map(|l| format!("label_{}", l.tag()))
                    .collect(),
                _ => vec![c],
            })
            .collect()
    };
    assert_eq!(listed("data/<chart id>.csv"), chart_columns());
    assert_eq!(listed("data/<slug>.csv"), story_columns());
}
