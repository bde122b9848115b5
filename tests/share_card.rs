//! A chart card's headline figure, from the story's own charts (the card's layout is
//! unit-tested in `share/card.rs`).

use luyuan::charts::ChartKind;
use luyuan::lang::Lang;
use luyuan::share::card::headline_figure;
use luyuan::story::charts::chart_data;

#[test]
fn the_headline_figure_follows_the_step() {
    let story = luyuan::model::story();
    let spec = story.charts.iter().find(|c| c.metrics.len() >= 3).unwrap();
    let data = chart_data(story, spec, Lang::ZhHant);
    let f = headline_figure(&data, &[2]);
    assert_eq!(
        f,
        format!("{} {}", data.items[2].label, data.items[2].display)
    );
    assert!(headline_figure(&data, &[]).contains(&data.items[1].display));
    let big = story
        .charts
        .iter()
        .find(|c| c.kind == ChartKind::BigNumber)
        .unwrap();
    let big = chart_data(story, big, Lang::En);
    assert_eq!(headline_figure(&big, &[]), "", "the chart shows it already");
}
