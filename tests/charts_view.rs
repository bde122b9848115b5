//! `<ChartFigure>`'s markup, as prerendered (run with `--features ssr`, as the prerender
//! is): the canvas is an image with a summary, the same figures are in a real table, the box
//! reserves its size from the data, and the words are the page's language.
#![cfg(feature = "ssr")]

mod charts_common;

use charts_common::*;
use leptos::prelude::*;
use luyuan::charts::{ChartData, ChartFigure};
use luyuan::lang::Lang;

fn render(data: ChartData) -> String {
    let owner = Owner::new_root(None);
    owner.with(|| view! { <ChartFigure data=data/> }.to_html())
}

#[test]
fn the_figure_has_an_image_a_table_and_a_caption() {
    let chart = support(Lang::ZH_HANT).with_summary("惠企政策：助企融資10億元最多");
    let html = render(chart.clone());
    for needle in [
        "<figure data-kind=\"hbars\" data-state=\"static\" data-table=\"closed\" class=\"chart\"",
        "style=\"--chart-ar:736/414;--chart-min:22.0rem",
        "<canvas role=\"img\"",
        "role=\"img\"",
        "tabindex=\"0\"",
        "aria-label=\"惠企政策：助企融資10億元最多\"",
        "<table id=\"chart-sample-figures-table\" class=\"chart-table\">",
        "<div class=\"chart-tip\" aria-hidden=\"true\" hidden>",
        "<caption>惠企政策的錢</caption>",
        // A space between cells: the page's text does not run them together.
        "<th scope=\"col\">項目</th> <th scope=\"col\">數值</th> <th scope=\"col\">說明</th>",
        "aria-controls=\"chart-sample-figures-table\"",
        "aria-expanded=\"false\"",
        "顯示數據表",
        "<span class=\"chart-note\">單位：元；2023年</span>",
        "aria-live=\"polite\"",
    ] {
        assert!(html.contains(needle), "missing {needle:?} in\n{html}");
    }
    // A figure's number and unit are kept together by a span (UnitRuns); the words are the row's.
    let rows = html
        .replace("<span class=\"nobr\">", "")
        .replace("</span>", "")
        .replace("<!>", "");
    for d in &chart.items {
        let row = format!(
            "<th scope=\"row\">{}</th> <td>{}</td> <td>{}</td>",
            d.label, d.display, d.detail
        );
        assert!(rows.contains(&row), "missing row {row:?} in {rows}");
    }
    assert_eq!(html.matches("<tr>").count(), 1 + chart.items.len());
}

#[test]
fn every_language_has_its_own_words() {
    let en = render(support(Lang::EN));
    assert!(
        en.contains("Show table")
            && en.contains(">Figure</th>")
            && en.contains("<span class=\"nobr\">81.45 million</span> yuan")
    );
    let hans = render(support(Lang::ZH_HANS));
    assert!(
        hans.contains("显示数据表") && hans.contains("政策性奖励补助") && hans.contains("8145万元")
    );
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut chart = support(Lang::EN);
    chart.items[0].label = "<script>alert(1)</script>".into();
    chart.summary = "\"quoted\" & <b>".into();
    let html = render(chart);
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains("aria-label=\"\"quoted"));
}
