//! Chartability's data density (critical): a chart shows no more items than its kind can
//! show legibly (`charts::validate::max_items`, per kind); a chart with one more is refused
//! with an error naming the chart and the field, and every chart of the story keeps within.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::*;
use luyuan::charts::validate::max_items;
use luyuan::charts::{validate, ChartError};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

#[test]
fn a_chart_with_more_items_than_its_kind_shows_is_refused() {
    for mut c in [
        support(Lang::EN),
        investment(Lang::EN, false),
        gauges(Lang::EN),
        progress(Lang::EN),
        pictogram(Lang::EN),
        rank(Lang::EN),
    ] {
        validate(&c).unwrap_or_else(|e| panic!("{}: {e}", c.id));
        let max = max_items(c.kind);
        assert!((1..=12).contains(&max), "{}: at most {max} items", c.id);
        let first = c.items[0].clone();
        while c.items.len() <= max {
            let mut d = first.clone();
            d.id = format!("{}-{}", d.id, c.items.len());
            d.label = format!("{} {}", d.label, c.items.len());
            c.items.push(d);
        }
        match validate(&c) {
            Err(ChartError::Invalid { chart, field, .. }) => {
                assert_eq!((chart.as_str(), field.as_str()), (c.id.as_str(), "items"));
            }
            other => panic!("{}: {} items accepted: {other:?}", c.id, c.items.len()),
        }
    }
}

#[test]
fn every_chart_of_the_story_keeps_within_its_kind() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    for spec in &story.charts {
        let d = chart_data(&story, spec, Lang::EN);
        assert!(
            d.items.len() <= max_items(d.kind),
            "{}: {} items",
            d.id,
            d.items.len()
        );
    }
}
