//! Checks of a chart description: what every kind needs (an id, items within the kind's
//! limit, each with an id, a label, a figure and a finite value; sizes not negative), then
//! the kind's own checks. Run it in a native test over every chart the story makes, so a
//! bad spec fails at test time with the chart and the field named; layout runs it too.

use super::kinds;
use super::spec::{invalid, kind_name, ChartData, ChartError};
use crate::model::ChartKind;

/// The most items a kind shows legibly on a 320 px phone.
pub fn max_items(kind: ChartKind) -> usize {
    kinds::of(kind).max_items()
}

/// Checks a chart description; the first problem names the chart and the field.
pub fn validate(c: &ChartData) -> Result<(), ChartError> {
    let bad = |field: &str, reason: String| Err(invalid(c, field, reason));
    let kind = kinds::of(c.kind);
    let name = kind_name(c.kind);
    if c.id.is_empty() {
        return bad("id", "is empty".into());
    }
    if c.items.is_empty() {
        return bad("items", format!("a {name} chart needs at least one item"));
    }
    let max = kind.max_items();
    if c.items.len() > max {
        return bad(
            "items",
            format!(
                "{} items; a {name} chart shows at most {max}",
                c.items.len()
            ),
        );
    }
    if let Some(w) = c.whole {
        if !w.is_finite() || w <= 0.0 {
            return bad("whole", format!("{w} is not a positive number"));
        }
    }
    for (i, d) in c.items.iter().enumerate() {
        let field = |f: &str| format!("items[{i}].{f}");
        if d.id.is_empty() {
            return bad(&field("id"), "is empty".into());
        }
        if c.items[..i].iter().any(|e| e.id == d.id) {
            return bad(&field("id"), format!("\"{}\" appears twice", d.id));
        }
        if d.label.trim().is_empty() {
            return bad(&field("label"), "is empty".into());
        }
        if d.display.trim().is_empty() {
            return bad(&field("display"), "is empty".into());
        }
        if !d.value.is_finite() {
            return bad(&field("value"), format!("{} is not a number", d.value));
        }
        if d.value < 0.0 && !kind.signed() {
            return bad(
                &field("value"),
                format!(
                    "{} is negative; a {name} chart draws sizes (use growth)",
                    d.value
                ),
            );
        }
    }
    kind.check(c)
}
