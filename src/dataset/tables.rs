//! The data files' contents. CSV: UTF-8 with a byte-order mark (so Excel on Chinese Windows
//! reads it as UTF-8), RFC 4180 quoting (labels hold commas and quotes), CRLF line ends,
//! numbers unformatted (`full_number`); one header row, then one row per metric. JSON: the
//! same records, with the story's name, credit and data version.

use serde_json::{json, Map, Value};

use super::number::full_number;
use super::{chart_file, story_csv_file, story_json_file};
use crate::lang::{Lang, Text};
use crate::model::{ChartSpec, Metric, Story};

/// A chart's CSV: one row per item the chart shows, a label column per language
/// (`label_zh-Hant`, … from the locale table).
pub fn chart_columns() -> Vec<String> {
    columns(
        &["id"],
        &["value", "unit", "measure", "basis", "qualifier", "source"],
    )
}

/// The whole data set's CSV: one row per metric of the story. `charts`: the ids of the
/// charts that show it, separated by spaces (none for a figure only the text states).
pub fn story_columns() -> Vec<String> {
    columns(
        &["id", "chapter"],
        &[
            "value",
            "unit",
            "scale",
            "measure",
            "basis",
            "qualifier",
            "source",
            "charts",
        ],
    )
}

/// `before`, a `label_<tag>` column per language, then `after`.
fn columns(before: &[&str], after: &[&str]) -> Vec<String> {
    let labels = Lang::published()
        .iter()
        .map(|l| format!("label_{}", l.tag()));
    before
        .iter()
        .map(|c| c.to_string())
        .chain(labels)
        .chain(after.iter().map(|c| c.to_string()))
        .collect()
}

const BOM: &str = "\u{feff}";

/// The ids of the charts that show `metric`, in the story's order of charts.
pub fn charts_showing<'a>(story: &'a Story, metric: &str) -> Vec<&'a str> {
    story
        .charts
        .iter()
        .filter(|c| c.metrics.iter().any(|m| m == metric))
        .map(|c| c.id.as_str())
        .collect()
}

fn qualifier(m: &Metric) -> String {
    match serde_json::to_value(m.qualifier) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// What the figure is compared with, as the article says (empty where it says nothing).
fn basis(m: &Metric) -> &'static str {
    m.compare.as_ref().map_or("", |c| c.basis.name())
}

/// A text in every language, as the label columns hold it.
fn labels(t: &Text) -> impl Iterator<Item = String> + '_ {
    Lang::published()
        .iter()
        .copied()
        .map(|l| t.get(l).to_owned())
}

/// Rows as CSV (`columns` first).
fn csv(columns: &[String], rows: &[Vec<String>]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(BOM.as_bytes().to_vec());
    // Writing into memory cannot fail; a row of another length would be a bug here.
    w.write_record(columns).expect("CSV header");
    for row in rows {
        w.write_record(row).expect("CSV row");
    }
    let bytes = w.into_inner().expect("CSV in memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 text")
}

/// The CSV of the chart `spec`: exactly the figures it shows, in its order.
pub fn chart_csv(story: &Story, spec: &ChartSpec) -> String {
    let rows: Vec<Vec<String>> = story
        .chart_metrics(spec)
        .into_iter()
        .map(|m| {
            std::iter::once(m.id.clone())
                .chain(labels(&m.label))
                .chain([
                    full_number(m.value, m.scale),
                    m.unit.clone(),
                    m.measure().name().to_owned(),
                    basis(m).to_owned(),
                    qualifier(m),
                    m.source.clone(),
                ])
                .collect()
        })
        .collect();
    csv(&chart_columns(), &rows)
}

/// The whole data set as CSV: every metric, in the order of the metrics file.
pub fn story_csv(story: &Story) -> String {
    let rows: Vec<Vec<String>> = story
        .metrics
        .iter()
        .map(|m| {
            [m.id.clone(), m.section.clone()]
                .into_iter()
                .chain(labels(&m.label))
                .chain([
                    full_number(m.value, m.scale),
                    m.unit.clone(),
                    m.scale.to_string(),
                    m.measure().name().to_owned(),
                    basis(m).to_owned(),
                    qualifier(m),
                    m.source.clone(),
                    charts_showing(story, &m.id).join(" "),
                ])
                .collect()
        })
        .collect();
    csv(&story_columns(), &rows)
}

/// A full number as a JSON number: an integer when it is one.
fn json_number(full: &str) -> Value {
    match full.parse::<i64>() {
        Ok(i) => Value::from(i),
        Err(_) => full.parse::<f64>().map_or(Value::Null, Value::from),
    }
}

fn text(t: &Text) -> Value {
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// The whole data set as JSON: the story's name and credit, what each field means, and
/// every metric (the CSV's rows, with `label` and `charts` as an object and a list).
pub fn story_json(story: &Story) -> String {
    let meta = &story.meta;
    let metrics: Vec<Value> = story
        .metrics
        .iter()
        .map(|m| {
            json!({
                "id": m.id,
                "chapter": m.section,
                "label": text(&m.label),
                "value": json_number(&full_number(m.value, m.scale)),
                "unit": m.unit,
                "scale": m.scale,
                "measure": m.measure().name(),
                "basis": m.compare.as_ref().map(|c| c.basis.name()),
                "qualifier": qualifier(m),
                "source": m.source,
                "charts": charts_showing(story, &m.id),
            })
        })
        .collect();
    let fields: Map<String, Value> = [
        ("id", "the figure's stable id"),
        ("chapter", "the id of the chapter whose text states it"),
        ("label", "what it is, in zh-Hant, zh-Hans and en"),
        (
            "value",
            "the full number: the stated number × scale, unrounded",
        ),
        ("unit", "the unit's id (yuan, percent, mu …)"),
        (
            "scale",
            "1, 10000 (萬) or 100000000 (億): how the article states it",
        ),
        (
            "measure",
            "level (the figure itself), or a change of one: growth (per cent), reduction \
             (a cut, in per cent of what was), change-in-points (percentage points), \
             change-in-rank (places); a change is never a level",
        ),
        (
            "basis",
            "what a change or a figure is measured against, as the article says: \
             year-before, earlier-period, target, total, peers or record; empty (null) where \
             the article does not say",
        ),
        (
            "qualifier",
            "exact, over, or-more, nearly, about or expected, as the article says",
        ),
        (
            "source",
            "the article's exact words (zh-Hant) that state it",
        ),
        ("charts", "the ids of the charts that show it"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), Value::from(v)))
    .collect();
    let doc = json!({
        "slug": meta.slug,
        "title": text(&story.title),
        "site_title": text(&meta.site_title),
        "credit": text(&meta.credit),
        "publisher": text(&meta.publisher),
        "data_version": meta.data_version,
        "updated": meta.updated,
        "fields": fields,
        "metrics": metrics,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// Every data file of the story: path (relative to the story's folder) and contents.
/// Fails when a chart's file would be the data set's (a chart id equal to the slug).
pub fn files(story: &Story) -> Result<Vec<(String, String)>, String> {
    let slug = &story.meta.slug;
    if let Some(c) = story.charts.iter().find(|c| &c.id == slug) {
        return Err(format!(
            "chart “{}” has the story's slug as its id: its data file would be the whole data set's; rename the chart",
            c.id
        ));
    }
    let mut out: Vec<(String, String)> = story
        .charts
        .iter()
        .map(|c| (chart_file(&c.id), chart_csv(story, c)))
        .collect();
    out.push((story_csv_file(slug), story_csv(story)));
    out.push((story_json_file(slug), story_json(story)));
    Ok(out)
}
