//! Errors in the data files, told in words a graphics editor understands: which file, which
//! record, which field, and what is wrong.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A problem in one of the data files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// The file, e.g. "stories/luyuan-2023/metrics.json".
    pub file: String,
    /// The record, e.g. `metric “gdp-growth”`, when known.
    pub record: Option<String>,
    /// The field of the record, e.g. "unit", when known.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub problem: String,
    /// For a JSON syntax error: line and column in the file (from 1).
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl DataError {
    pub fn new(file: &str, problem: impl Into<String>) -> DataError {
        DataError {
            file: file.to_string(),
            record: None,
            field: None,
            problem: problem.into(),
            line: None,
            column: None,
        }
    }

    pub fn at(
        file: &str,
        record: impl Into<String>,
        field: &str,
        problem: impl Into<String>,
    ) -> DataError {
        DataError {
            file: file.to_string(),
            record: Some(record.into()),
            field: if field.is_empty() {
                None
            } else {
                Some(field.to_string())
            },
            problem: problem.into(),
            line: None,
            column: None,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
            if let Some(col) = self.column {
                write!(f, ", column {col}")?;
            }
        }
        if let Some(r) = &self.record {
            write!(f, ", {r}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field “{field}”")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for DataError {}

/// A rule of one record broken, naming its field: what a record's conversion after
/// parsing (`#[serde(try_from)]`, e.g. a chart's fields by kind) tells serde. serde carries
/// it as text; [`check_record`] reads the field back out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldRule {
    pub field: &'static str,
    pub problem: &'static str,
}

impl fmt::Display for FieldRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field `{}`: {}", self.field, self.problem)
    }
}

/// The field and problem of a [`FieldRule`] message.
fn field_rule_of(msg: &str) -> Option<(String, String)> {
    let rest = msg.strip_prefix("field `")?;
    let (field, problem) = rest.split_once("`: ")?;
    Some((field.to_string(), problem.to_string()))
}

/// How a record is named in messages: `metric “gdp-growth”`, or `metric no. 3` without an id.
pub(crate) fn record_name(kind: &str, v: &Value, index: usize) -> String {
    match v.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => format!("{kind} “{id}”"),
        _ => format!("{kind} no. {} (it has no id)", index + 1),
    }
}

/// A JSON syntax error, with line and column.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn syntax_error(file: &str, e: &serde_json::Error) -> DataError {
    let mut d = DataError::new(
        file,
        format!(
            "the file is not valid JSON here: {}",
            strip_position(&e.to_string())
        ),
    );
    d.line = Some(e.line());
    d.column = Some(e.column());
    d
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The allowed names of serde's "unknown field/variant `x`, expected one of `a`, `b`"
/// (the ticked names after the first), as a list for a reader.
fn allowed(names: &[String]) -> String {
    names
        .iter()
        .skip(1)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Turns serde's message into plain words, and names the field when the message does.
pub(crate) fn plain_words(msg: &str) -> (Option<String>, String) {
    let msg = strip_position(msg);
    if let Some((field, problem)) = field_rule_of(&msg) {
        return (Some(field), problem);
    }
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(|x| x.to_string())
            .collect()
    };
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let f = ticked(rest).into_iter().next();
        return (f, "is missing: every record of this kind needs it".into());
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let names = ticked(rest);
        let f = names.first().cloned();
        let allowed = allowed(&names);
        return (
            f,
            format!(
                "is not a field of this record (check the spelling; the fields are: {allowed})"
            ),
        );
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        let bad = names.first().cloned().unwrap_or_default();
        let allowed = allowed(&names);
        return (
            None,
            format!("“{bad}” is not one of the allowed values ({allowed})"),
        );
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let rest = rest
            .replace("expected f64", "expected a number")
            .replace("expected u64", "expected a whole number")
            .replace("expected u32", "expected a whole number")
            .replace("expected u16", "expected a whole number")
            .replace("expected u8", "expected a whole number")
            .replace("a string", "text in quotes")
            .replace("expected a boolean", "expected true or false");
        return (None, format!("has the wrong type: found {rest}"));
    }
    if let Some(rest) = msg.strip_prefix("invalid value: ") {
        return (None, format!("has a wrong value: {rest}"));
    }
    if let Some(rest) = msg.strip_prefix("invalid length ") {
        return (None, format!("has the wrong number of items: {rest}"));
    }
    (None, msg)
}

/// Tries to read `v` as a `T`; on failure, finds the field at fault by taking each field out
/// in turn and seeing whether the error moves to it.
pub(crate) fn check_record<T: DeserializeOwned>(
    file: &str,
    record: &str,
    v: &Value,
) -> Result<(), DataError> {
    let err = match serde_json::from_value::<T>(v.clone()) {
        Ok(_) => return Ok(()),
        Err(e) => e.to_string(),
    };
    // A rule of the record itself names its field, present or missing.
    if let Some((field, problem)) = field_rule_of(&strip_position(&err)) {
        return Err(DataError::at(file, record, &field, problem));
    }
    let (named, problem) = plain_words(&err);
    let Value::Object(map) = v else {
        return Err(DataError::at(file, record, "", problem));
    };
    // A field of this record named by the message (an unknown top-level field).
    if let Some(f) = &named {
        if map.contains_key(f) {
            return Err(DataError::at(file, record, f, problem));
        }
        // A field this record itself lacks: giving it any value changes the error.
        if err.starts_with("missing field") {
            let mut with = map.clone();
            with.insert(f.clone(), Value::Null);
            let same = match serde_json::from_value::<T>(Value::Object(with)) {
                Ok(_) => false,
                Err(e) => e.to_string().starts_with(&format!("missing field `{f}`")),
            };
            if !same {
                return Err(DataError::at(file, record, f, problem));
            }
        }
    }
    // Otherwise the fault is inside one of the fields: find which by taking each out in turn.
    for key in map.keys() {
        let mut without = map.clone();
        without.remove(key);
        let culprit = match serde_json::from_value::<T>(Value::Object(without)) {
            Ok(_) => true,
            Err(e2) => e2
                .to_string()
                .starts_with(&format!("missing field `{key}`")),
        };
        if culprit {
            let problem = match &named {
                Some(inner) => format!("“{inner}” {problem}"),
                None => problem,
            };
            return Err(DataError::at(file, record, key, problem));
        }
    }
    // A missing top-level field.
    Err(DataError::at(
        file,
        record,
        named.as_deref().unwrap_or(""),
        problem,
    ))
}

/// Checks every element of the array `v[key]` as a `T`, naming records by their id.
pub(crate) fn check_list<T: DeserializeOwned>(
    file: &str,
    parent: Option<&str>,
    kind: &str,
    v: &Value,
    key: &str,
) -> Result<(), DataError> {
    let rec = |r: String| match parent {
        Some(p) => format!("{p}, {r}"),
        None => r,
    };
    match v.get(key) {
        None => Err(DataError::at(
            file,
            rec(String::from("the file")),
            key,
            "is missing",
        )),
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check_record::<T>(file, &rec(record_name(kind, item, i)), item)?;
            }
            Ok(())
        }
        Some(_) => Err(DataError::at(
            file,
            rec(String::from("the file")),
            key,
            "must be a list in square brackets [ … ]",
        )),
    }
}
