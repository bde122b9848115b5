//! The walking skeleton's slice: data parses, the chart draws in proportion, bad data is
//! named by file, line and column.

use luyuan::skeleton::{self, chart::draw_bars};
use plotters::prelude::*;

fn bar_heights(svg: &str) -> Vec<f64> {
    // Bars are the rects filled with the bar colour; plotters writes x, y, width, height.
    svg.lines()
        .filter(|l| l.contains("<rect") && l.contains("#1F6F50"))
        .map(|l| {
            let attr = |name: &str| -> f64 {
                let start = l.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
                l[start..].split('"').next().unwrap().parse().unwrap()
            };
            attr("height")
        })
        .collect()
}

#[test]
fn slice_parses_into_typed_structs() {
    let slice = skeleton::slice().expect("slice.json parses");
    assert!(slice.title.contains("綠園區"));
    assert_eq!(slice.metrics.len(), 3);
    assert_eq!(slice.metrics[1].value, 175.3);
}

#[test]
fn chart_has_one_bar_per_metric_in_proportion_with_chinese_labels() {
    let slice = skeleton::slice().unwrap();
    let items: Vec<(String, f64)> = slice.metrics.iter().map(|m| (m.label.clone(), m.value)).collect();
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (600, 400)).into_drawing_area();
        draw_bars(&area, &items, 1.0).unwrap();
        area.present().unwrap();
    }
    let heights = bar_heights(&svg);
    assert_eq!(heights.len(), items.len(), "{svg}");
    for (h, (_, v)) in heights.iter().zip(&items) {
        let expected = heights[1] * v / items[1].1;
        assert!((h - expected).abs() <= 1.0, "bar {h} should be {expected}");
    }
    for (label, _) in &items {
        assert!(svg.contains(label.as_str()), "label {label} missing");
    }
}

#[test]
fn malformed_json_names_file_line_and_column() {
    let err = skeleton::parse("slice.json", "{\n  \"title\": \"x\",\n  \"paragraph\": 3\n}").unwrap_err();
    assert_eq!((err.file.as_str(), err.line, err.column), ("slice.json", 3, 16));
    assert!(err.to_string().starts_with("slice.json:3:16: invalid type"), "{err}");
}

#[test]
fn incomplete_json_names_the_missing_field() {
    let err = skeleton::parse("slice.json", r#"{"title": "x", "paragraph": "y", "metrics": []}"#).unwrap_err();
    assert!(err.to_string().contains("missing field `chart_title`"), "{err}");
}

#[test]
fn unknown_fields_are_rejected() {
    let json = r#"{"title": "x", "paragraph": "y", "chart_title": "z", "metrics": [], "colour": 1}"#;
    assert!(skeleton::parse("slice.json", json).unwrap_err().to_string().contains("unknown field `colour`"));
}
