//! The story's own charts (`data/charts.json` with `data/metrics.json`, read as plain JSON,
//! not through the data model): each names known metrics, is a combination the kit draws,
//! and lays out in every language from a 320 px phone to desktop, at DPR 1 to 3 and at
//! 200 % text, with nothing overlapping or cut off, in the reserved box at 100 % text.
//! A failure names the chart and the field.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::fits_everywhere;
use luyuan::charts::{validate, ChartData, ChartKind, Datum};
use luyuan::lang::Lang;
use serde_json::Value;

fn read(file: &str) -> Value {
    let path = format!("{}/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn text<'a>(v: &'a Value, chart: &str, field: &str, lang: Lang) -> Result<&'a str, String> {
    v[field][lang.tag()]
        .as_str()
        .ok_or_else(|| format!("chart \"{chart}\": {field}.{} missing", lang.tag()))
}

/// The chart in one language, as the story would hand it to the kit.
fn chart_data(c: &Value, metrics: &[Value], lang: Lang) -> Result<ChartData, String> {
    let id = c["id"].as_str().ok_or("a chart without an id")?;
    let kind: ChartKind = serde_json::from_value(c["kind"].clone())
        .map_err(|e| format!("chart \"{id}\": kind: {e}"))?;
    let metric = |mid: &str, field: &str| {
        metrics
            .iter()
            .find(|m| m["id"] == mid)
            .cloned()
            .ok_or_else(|| format!("chart \"{id}\": {field}: unknown metric \"{mid}\""))
    };
    let mut items = Vec::new();
    for (i, mid) in c["metrics"]
        .as_array()
        .ok_or(format!("chart \"{id}\": metrics missing"))?
        .iter()
        .enumerate()
    {
        let field = format!("metrics[{i}]");
        let m = metric(mid.as_str().unwrap_or_default(), &field)?;
        let value = m["value"]
            .as_f64()
            .ok_or(format!("chart \"{id}\": {field}: no value"))?
            * m["scale"].as_f64().unwrap_or(1.0);
        items.push(Datum::new(
            mid.as_str().unwrap_or_default(),
            text(&m, id, "label", lang)?,
            value,
            text(&m, id, "mark", lang)?,
        ));
    }
    let mut d = ChartData::new(id, kind, lang, text(c, id, "title", lang)?, items);
    d.whole = c["whole"].as_f64();
    if let Some(t) = c["total"].as_str() {
        d.whole = metric(t, "total")?["value"].as_f64();
    }
    d.per_cell = c["per_cell"].as_f64();
    validate(&d).map_err(|e| e.to_string())?;
    Ok(d)
}

#[test]
fn every_chart_of_the_story_lays_out_everywhere() {
    let charts = read("charts.json");
    let metrics = read("metrics.json");
    let metrics = metrics["metrics"]
        .as_array()
        .expect("metrics.json: metrics");
    let mut problems = Vec::new();
    let mut count = 0;
    for c in charts["charts"].as_array().expect("charts.json: charts") {
        for lang in Lang::ALL {
            let d = match chart_data(c, metrics, lang) {
                Ok(d) => d,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            count += 1;
            problems.extend(fits_everywhere(&d));
        }
    }
    assert!(count > 0, "no charts found");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
