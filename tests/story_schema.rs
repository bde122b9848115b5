//! The data files parse into typed records, unknown fields are rejected, every reference
//! resolves, and a bad edit gives a message naming the file, the record and the field.

#[path = "story_support/mod.rs"]
mod support;

use luyuan::charts::ChartKind;
use luyuan::lang::Lang;
use luyuan::model::{self, parse, DataError, Sources};

fn with(file: &str, from: &str, to: &str) -> Sources<'static> {
    let mut s = support::SOURCES;
    let edit = |t: &'static str| -> &'static str {
        assert!(t.contains(from), "test setup: “{from}” is not in {file}");
        Box::leak(t.replacen(from, to, 1).into_boxed_str())
    };
    match file {
        "story" => s.story = edit(s.story),
        "metrics" => s.metrics = edit(s.metrics),
        "charts" => s.charts = edit(s.charts),
        "units" => s.units = edit(s.units),
        _ => unreachable!(),
    }
    s
}

fn error_of(src: Sources) -> DataError {
    match parse(&src) {
        Ok(_) => panic!("a broken copy was accepted"),
        Err(e) => e,
    }
}

/// All the problems validation finds in a copy that parses.
fn problems_of(src: Sources) -> Vec<String> {
    let s = model::parse_unchecked(&src).unwrap_or_else(|e| panic!("the copy should parse: {e}"));
    model::validate(&s).iter().map(|e| e.to_string()).collect()
}

fn any_says(problems: &[String], parts: &[&str]) {
    assert!(
        problems.iter().any(|m| parts.iter().all(|p| m.contains(p))),
        "no problem says all of {parts:?}; the problems are:\n  {}",
        problems.join("\n  ")
    );
}

fn says(e: &DataError, parts: &[&str]) {
    let msg = e.to_string();
    for p in parts {
        assert!(
            msg.contains(p),
            "the message\n  {msg}\nshould contain “{p}”"
        );
    }
}

#[test]
fn data_loads_and_validates() {
    let s = support::story();
    assert!(model::problems().is_empty(), "{:?}", model::problems());
    assert_eq!(model::story(), &s);
    assert_eq!(
        s.sections.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        [
            "economy",
            "reform",
            "city",
            "countryside",
            "ecology",
            "livelihoods",
            "governance"
        ]
    );
    assert!(s.metrics.len() >= 150, "{} metrics", s.metrics.len());
    assert!((3..=5).contains(&s.intro.key_figures.len()));
    assert_eq!(s.meta.credit.get(Lang::ZH_HANT), "來源：長春日報");
    assert_eq!(s.meta.credit.get(Lang::ZH_HANS), "来源：长春日报");
    assert_eq!(s.meta.credit.get(Lang::EN), "Source: Changchun Daily");
}

#[test]
fn lookups_work() {
    let s = support::story();
    let m = s.metric("crop-area").expect("crop-area");
    assert_eq!((m.value, m.scale), (8.7, 10_000));
    assert_eq!(m.absolute(), 87_000.0);
    assert_eq!(s.chart("reform-rank").unwrap().kind(), ChartKind::Rank);
    assert_eq!(s.unit("mu").unwrap().id, "mu");
    assert_eq!(s.step("economy-2").unwrap().chart, "econ-support");
    assert_eq!(s.section("city").unwrap().steps.len(), 9);
    assert!(s.metric("nope").is_none() && s.chart("nope").is_none());
    let c = s.chart("econ-support").unwrap();
    assert_eq!(s.chart_metrics(c).len(), 4);
    assert_eq!(s.key_figures().len(), s.intro.key_figures.len());
    assert_eq!(
        s.format(s.metric("industrial-output").unwrap(), Lang::ZH_HANT),
        "突破500億元"
    );
    assert_eq!(
        s.format_short(s.metric("policy-rewards").unwrap(), Lang::EN),
        "81.45m yuan"
    );
}

#[test]
fn corrections_note_can_say_none() {
    let s = support::story();
    if s.meta.corrections.is_empty() {
        assert_eq!(
            s.meta.corrections_note(Lang::EN),
            vec![("", s.meta.no_corrections.get(Lang::EN))]
        );
    }
    let src = with(
        "story",
        "\"corrections\": []",
        r#""corrections": [{"date": "2024-01-05", "text": {"zh-Hant": "更正", "zh-Hans": "更正", "en": "Corrected"}}]"#,
    );
    let s2 = parse(&src).unwrap();
    assert_eq!(
        s2.meta.corrections_note(Lang::EN),
        vec![("2024-01-05", "Corrected")]
    );
    let bad = with(
        "story",
        "\"corrections\": []",
        r#""corrections": [{"date": "5 Jan", "text": {"zh-Hant": "更正", "zh-Hans": "更正", "en": "Corrected"}}]"#,
    );
    says(
        &error_of(bad),
        &[
            "stories/luyuan-2023/story.json",
            "correction no. 1",
            "field “date”",
            "YYYY-MM-DD",
        ],
    );
}

#[test]
fn json_syntax_error_names_line_and_column() {
    let e = error_of(with(
        "metrics",
        "\"section\": \"economy\",",
        "\"section\": \"economy\"",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "line ",
            "column ",
            "not valid JSON",
        ],
    );
    assert!(e.line.is_some() && e.column.is_some());
}

#[test]
fn unknown_field_is_rejected_with_its_name() {
    let e = error_of(with(
        "metrics",
        "\"qualifier\": \"expected\",",
        "\"qualifier\": \"expected\", \"lable\": 1,",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “gdp-growth”",
            "field “lable”",
            "not a field",
        ],
    );
}

#[test]
fn unknown_language_key_names_the_field() {
    let e = error_of(with(
        "metrics",
        "\"zh-Hant\": \"地區生產總值增速\",",
        "\"zh-hant\": \"地區生產總值增速\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “gdp-growth”",
            "field “label”",
            "unknown language “zh-hant”",
            "the kit's languages are zh-Hant, zh-Hans, en",
        ],
    );
}

#[test]
fn a_text_in_a_language_the_story_does_not_publish_is_named() {
    let problems = problems_of(with(
        "metrics",
        "\"zh-Hant\": \"地區生產總值增速\",",
        "\"zh-Hant\": \"地區生產總值增速\", \"ko\": \"지역내총생산 성장률\",",
    ));
    any_says(
        &problems,
        &[
            "metric “gdp-growth”",
            "field “label”",
            "a ko text, but the story is not published in ko",
        ],
    );
    let problems = problems_of(with(
        "story",
        "\"languages\": [\"zh-Hant\", \"zh-Hans\", \"en\"]",
        "\"languages\": [\"zh-Hant\", \"zh-Hans\", \"en\", \"ko\"]",
    ));
    any_says(&problems, &["field “site_title”", "the ko text is empty"]);
}

#[test]
fn missing_field_is_named() {
    let e = error_of(with(
        "metrics",
        "\"unit\": \"percent\",\n      \"kind\": \"growth\",\n      \"qualifier\": \"expected\",",
        "\"kind\": \"growth\",\n      \"qualifier\": \"expected\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “gdp-growth”",
            "field “unit”",
            "missing",
        ],
    );
}

#[test]
fn wrong_type_is_named() {
    let e = error_of(with("metrics", "\"value\": 7,", "\"value\": \"7\","));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “gdp-growth”",
            "field “value”",
            "wrong type",
            "number",
        ],
    );
}

#[test]
fn unknown_kind_lists_allowed_values() {
    let e = error_of(with(
        "metrics",
        "\"kind\": \"growth\",",
        "\"kind\": \"growht\",",
    ));
    says(
        &e,
        &["metric “gdp-growth”", "field “kind”", "growht", "pp-change"],
    );
    let e = error_of(with(
        "charts",
        "\"kind\": \"big-number\"",
        "\"kind\": \"pie\"",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/charts.json",
            "chart “econ-gdp”",
            "field “kind”",
            "pie",
        ],
    );
}

#[test]
fn nested_step_errors_name_the_step() {
    let e = error_of(with(
        "story",
        "\"chart\": \"econ-support\",",
        "\"chart\": \"econ-support\", \"colour\": \"red\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/story.json",
            "step “economy-2”",
            "field “colour”",
        ],
    );
}

#[test]
fn unknown_unit_is_named() {
    let e = error_of(with(
        "metrics",
        "\"unit\": \"percent\",",
        "\"unit\": \"percnt\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “gdp-growth”",
            "field “unit”",
            "percnt",
        ],
    );
}

#[test]
fn broken_reference_is_named() {
    let e = error_of(with(
        "story",
        "\"chart\": \"econ-support\",",
        "\"chart\": \"econ-suport\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/story.json",
            "step “economy-2”",
            "field “chart”",
            "econ-suport",
        ],
    );
    let p = problems_of(with(
        "charts",
        "\"metrics\": [\"gdp-growth\"]",
        "\"metrics\": [\"gdp-grow\"]",
    ));
    any_says(
        &p,
        &[
            "stories/luyuan-2023/charts.json",
            "chart “econ-gdp”",
            "field “metrics”",
            "gdp-grow",
        ],
    );
    any_says(
        &p,
        &[
            "stories/luyuan-2023/story.json",
            "step “economy-1”",
            "field “focus”",
        ],
    );
}

#[test]
fn duplicate_id_is_rejected() {
    let e = error_of(with(
        "metrics",
        "\"id\": \"gdp-growth\",",
        "\"id\": \"gdp-lead-quarters\",",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "gdp-lead-quarters",
            "field “id”",
            "unique",
        ],
    );
}

#[test]
fn unlike_units_never_share_an_axis() {
    let p = problems_of(with(
        "charts",
        "\"metrics\": [\"land-released\", \"land-sold\"",
        "\"metrics\": [\"car-parks\", \"land-sold\"",
    ));
    any_says(
        &p,
        &[
            "stories/luyuan-2023/charts.json",
            "chart “city-land”",
            "field “metrics”",
            "cannot share an axis",
            "car-parks in car-parks",
        ],
    );
}

#[test]
fn mark_must_be_in_the_step_text() {
    let e = error_of(with(
        "metrics",
        "\"en\": \"81.45 million yuan\"",
        "\"en\": \"81.45 million\u{a0}yuan\"",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/metrics.json",
            "metric “policy-rewards”",
            "field “mark”",
            "en mark",
            "step “economy-2”",
        ],
    );
}

#[test]
fn every_figure_must_be_shown() {
    // Take the only mention of subsidised-loans out of its step (no chart draws it).
    let src = with(
        "story",
        "\"policy-rewards\", \"subsidised-loans\", ",
        "\"policy-rewards\", ",
    );
    let e = error_of(src);
    says(&e, &["metric “subsidised-loans”", "not shown anywhere"]);
}

#[test]
fn qualifier_must_match_the_words() {
    let e = error_of(with(
        "metrics",
        "\"qualifier\": \"over\",\n      \"label\": {\n        \"zh-Hant\": \"規上工業總產值\"",
        "\"qualifier\": \"exact\",\n      \"label\": {\n        \"zh-Hant\": \"規上工業總產值\"",
    ));
    says(
        &e,
        &["metric “industrial-output”", "field “qualifier”", "over"],
    );
}

#[test]
fn scale_must_be_wan_or_yi() {
    let e = error_of(with("metrics", "\"scale\": 10000,", "\"scale\": 1000,"));
    says(
        &e,
        &["stories/luyuan-2023/metrics.json", "field “scale”", "萬"],
    );
}

#[test]
fn placeholder_is_not_blank() {
    let p = luyuan::model::Story::placeholder();
    for &l in Lang::published() {
        assert!(!p.title.get(l).is_empty());
        assert!(!p.meta.credit.get(l).is_empty());
        assert!(!p.intro.paragraphs[0].text.get(l).is_empty());
    }
}

#[test]
fn a_chart_has_exactly_the_fields_of_its_kind() {
    // A field of another kind: a full ring's value on horizontal bars, a square's worth on
    // a big number.
    let e = error_of(with(
        "charts",
        "\"kind\": \"hbars\",",
        "\"kind\": \"hbars\", \"whole\": 100,",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/charts.json",
            "chart “city-land”",
            "field “whole”",
            "only for gauges",
        ],
    );
    assert_eq!(e.field.as_deref(), Some("whole"));
    let e = error_of(with(
        "charts",
        "\"kind\": \"big-number\"",
        "\"kind\": \"big-number\", \"per_cell\": 5",
    ));
    says(
        &e,
        &["chart “econ-gdp”", "field “per_cell”", "only for waffle"],
    );
    let e = error_of(with(
        "charts",
        "\"kind\": \"hbars\",",
        "\"kind\": \"hbars\", \"target\": 100,",
    ));
    says(
        &e,
        &["chart “city-land”", "field “target”", "only for progress"],
    );
    // A field its kind needs: the rank's total, the waffle's square.
    let e = error_of(with(
        "charts",
        "},\n      \"total\": \"dev-zones-total\"",
        "}",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/charts.json",
            "chart “reform-rank”",
            "field “total”",
            "needs the metric id of the total",
        ],
    );
    assert_eq!(e.field.as_deref(), Some("total"));
    let e = error_of(with("charts", "\n      \"icon\": \"person\",", ""));
    says(
        &e,
        &["chart “live-welfare”", "field “icon”", "needs its symbol"],
    );
    // The other kind's field on a chart that also lacks its own: either is named, never
    // another field.
    let e = error_of(with(
        "charts",
        "\"total\": \"dev-zones-total\"",
        "\"per_cell\": 5",
    ));
    says(&e, &["chart “reform-rank”"]);
    assert!(
        matches!(e.field.as_deref(), Some("total" | "per_cell")),
        "{e}"
    );
}

#[test]
fn a_chapter_opens_with_one_of_its_own_figures() {
    let e = error_of(with(
        "story",
        "\"key_figure\": \"fiscal-revenue-growth\"",
        "\"key_figure\": \"afforestation\"",
    ));
    says(
        &e,
        &[
            "stories/luyuan-2023/story.json",
            "section “economy”",
            "field “key_figure”",
            "afforestation",
        ],
    );
}

#[test]
fn a_change_labelled_as_a_level_is_refused() {
    let e = error_of(with(
        "metrics",
        "\"zh-Hant\": \"區本級\\u200b財政收入\\u200b增長\"",
        "\"zh-Hant\": \"區本級\\u200b財政收入\"",
    ));
    says(
        &e,
        &[
            "metric “fiscal-revenue-growth”",
            "field “label”",
            "reads as a level",
            "growth",
        ],
    );
    // A level whose label says growth.
    let p = problems_of(with(
        "metrics",
        "\"zh-Hant\": \"肉牛全鏈產值\"",
        "\"zh-Hant\": \"肉牛全鏈產值增長\"",
    ));
    any_says(
        &p,
        &["metric “beef-chain-output”", "field “label”", "says growth"],
    );
}

#[test]
fn a_step_whose_chart_draws_none_of_its_figures_is_named() {
    let p = problems_of(with(
        "story",
        "\"chart\": \"gov-safety\",\n          \"focus\": [\"safety-areas\"],",
        "\"chart\": \"gov-oversight\",\n          \"focus\": [],",
    ));
    any_says(
        &p,
        &[
            "step “governance-2”",
            "field “chart”",
            "gov-oversight",
            "safety-areas",
        ],
    );
    // A step that names no figure holds the chart on view, and says so.
    let p = problems_of(with(
        "story",
        "\"chart\": \"hold\"",
        "\"chart\": \"city-cleanup\"",
    ));
    any_says(
        &p,
        &["step “city-9”", "field “chart”", "names no figure", "hold"],
    );
    let s = support::story();
    let held = s.step("city-9").unwrap();
    assert!(held.holds && held.chart == s.step("city-8").unwrap().chart);
}

#[test]
fn a_takeaway_about_a_figure_the_chart_does_not_draw_is_refused() {
    let p = problems_of(with(
        "charts",
        "\"zh-Hant\": \"耕種收\\u200b綜合機械化率達93%\"",
        "\"zh-Hant\": \"8.7萬畝農作物喜獲豐收\"",
    ));
    any_says(
        &p,
        &[
            "chart “rural-mechanisation”",
            "field “takeaway”",
            "8.7",
            "does not draw",
        ],
    );
}

#[test]
fn a_break_mark_stands_only_between_chinese_characters() {
    // Where it is: accepted, and no part of the text.
    assert!(problems_of(support::SOURCES).is_empty());
    let s = support::story();
    let label = &s.metric("high-tech-firms").unwrap().label;
    assert_eq!(label.get(Lang::ZH_HANT), "新認定國家高新技術企業");
    assert_eq!(
        label.marked(Lang::ZH_HANT),
        "新認定\u{200B}國家\u{200B}高新技術\u{200B}企業"
    );
    // In English, or at the end of a text, it is a slip.
    for (from, to) in [
        (
            "\"en\": \"The fastest in five years\"",
            "\"en\": \"The fastest\\u200b in five years\"",
        ),
        (
            "\"zh-Hant\": \"近五年最快\"",
            "\"zh-Hant\": \"近五年最快\\u200b\"",
        ),
    ] {
        let p = problems_of(with("charts", from, to));
        any_says(
            &p,
            &[
                "chart “econ-gdp”",
                "field “takeaway”",
                "break mark",
                "between two Chinese",
            ],
        );
    }
}
