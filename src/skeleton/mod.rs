//! The walking skeleton's slice: a few real metrics and a paragraph, embedded and parsed.
//! Replaced by `crate::model` (issue 3) once the whole article's data lands.

pub mod chart;
#[cfg(target_arch = "wasm32")]
pub mod canvas;

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slice {
    pub title: String,
    pub paragraph: String,
    pub chart_title: String,
    pub metrics: Vec<SliceMetric>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SliceMetric {
    pub id: String,
    pub label: String,
    pub value: f64,
}

pub const SLICE_FILE: &str = "src/skeleton/slice.json";
const SLICE_JSON: &str = include_str!("slice.json");

/// A data file that does not parse, named by file, line, column and what serde found.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub problem: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.problem)
    }
}

pub fn parse(file: &str, json: &str) -> Result<Slice, DataError> {
    serde_json::from_str(json).map_err(|e| DataError {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        problem: e.to_string(),
    })
}

pub fn slice() -> Result<Slice, DataError> {
    parse(SLICE_FILE, SLICE_JSON)
}
