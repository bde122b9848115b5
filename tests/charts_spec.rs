//! Bad input: a chart description that cannot be drawn fails with a message naming the chart
//! and the field; layout and drawing never panic, whatever the size or the numbers (in wasm
//! a panic would kill the page), they return an error and the page shows the table.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::{
    layout, render_svg, validate, ApproxMeasure, ChartData, ChartError, ChartKind, Datum, Theme,
    Viewport,
};
use luyuan::lang::Lang;

fn invalid(c: &ChartData) -> (String, String) {
    match validate(c) {
        Err(ChartError::Invalid { chart, field, .. }) => (chart, field),
        other => panic!("{}: expected a field error, got {other:?}", c.id),
    }
}

#[test]
fn bad_specs_name_the_chart_and_the_field() {
    let mut c = support(Lang::ZH_HANT);
    c.items[1].value = -3.0;
    assert_eq!(
        invalid(&c),
        ("sample-figures".into(), "items[1].value".into())
    );
    let msg = validate(&c).unwrap_err().to_string();
    assert!(
        msg.contains("sample-figures") && msg.contains("items[1].value") && msg.contains("growth"),
        "{msg}"
    );

    let mut c = support(Lang::EN);
    c.items[2].value = f64::NAN;
    assert_eq!(invalid(&c).1, "items[2].value");

    let mut c = support(Lang::EN);
    c.items[3].id = c.items[0].id.clone();
    assert_eq!(invalid(&c).1, "items[3].id");

    let mut c = support(Lang::EN);
    c.items[0].display.clear();
    assert_eq!(invalid(&c).1, "items[0].display");

    let mut c = rank(Lang::EN);
    c.whole = None;
    assert_eq!(invalid(&c).1, "whole", "a rank needs its number of places");
    let mut c = rank(Lang::EN);
    c.items[0].value = 69.0;
    assert_eq!(invalid(&c).1, "items[0].value");
    let mut c = rank(Lang::EN);
    c.items[0].value = 9.5;
    assert_eq!(invalid(&c).1, "items[0].value");

    let c = welfare(Lang::EN).with_per_cell(10.0);
    assert_eq!(
        invalid(&c).1,
        "per_cell",
        "1,316 squares do not fit a phone"
    );
    let c = welfare(Lang::EN).with_whole(100.0);
    assert_eq!(invalid(&c).1, "whole", "parts larger than the whole");

    let mut c = gauges(Lang::EN);
    c.items = (0..5)
        .map(|i| Datum::new(&format!("g{i}"), "x", 1.0, "1%"))
        .collect();
    assert_eq!(invalid(&c).1, "items", "five gauges");
    let c = ChartData::new("empty", ChartKind::Bars, Lang::EN, "Nothing", vec![]);
    assert_eq!(invalid(&c).1, "items");
    let c = ChartData::new(
        "",
        ChartKind::Bars,
        Lang::EN,
        "No id",
        vec![Datum::new("a", "A", 1.0, "1")],
    );
    assert_eq!(invalid(&c).1, "id");

    for lang in SAMPLE_LANGS {
        for c in all(lang) {
            assert_eq!(validate(&c), Ok(()), "{}", c.id);
        }
    }
}

#[test]
fn layout_refuses_what_it_cannot_draw_instead_of_panicking() {
    let c = support(Lang::ZH_HANT);
    let v = |w, h, dpr, f| layout(&c, &Viewport::new(w, h, dpr, f), &ApproxMeasure);
    assert!(matches!(
        v(0.0, 300.0, 1.0, 16.0),
        Err(ChartError::Viewport(_))
    ));
    assert!(matches!(
        v(f64::NAN, 300.0, 1.0, 16.0),
        Err(ChartError::Viewport(_))
    ));
    assert!(matches!(
        v(300.0, 300.0, 0.0, 16.0),
        Err(ChartError::Viewport(_))
    ));
    assert!(matches!(
        v(300.0, 300.0, 1.0, f64::INFINITY),
        Err(ChartError::Viewport(_))
    ));
    assert!(
        matches!(
            v(40.0, 300.0, 1.0, 16.0),
            Err(ChartError::DoesNotFit { .. })
        ),
        "40 px wide"
    );
    match v(320.0, 60.0, 1.0, 16.0) {
        Err(ChartError::DoesNotFit {
            need_css_height, ..
        }) => assert!(need_css_height > 60.0 && need_css_height < 400.0),
        other => panic!("{other:?}"),
    }
    // A layout for another size is refused by draw, not drawn wrong.
    let l = v(320.0, 400.0, 1.0, 16.0).unwrap();
    let mut s = String::new();
    let area = plotters::prelude::IntoDrawingArea::into_drawing_area(
        plotters::prelude::SVGBackend::with_string(&mut s, (321, 400)),
    );
    let rest: Vec<f64> = c.items.iter().map(|d| d.value).collect();
    let paint = luyuan::charts::Paint {
        palette: luyuan::charts::Theme::Light.palette(),
        values: &rest,
        focus: &[],
        active: None,
    };
    assert!(matches!(
        luyuan::charts::draw(&area, &c, &l, &paint),
        Err(ChartError::Draw(_))
    ));
    let short = luyuan::charts::Paint {
        values: &rest[..2],
        ..paint
    };
    let mut s2 = String::new();
    let area = plotters::prelude::IntoDrawingArea::into_drawing_area(
        plotters::prelude::SVGBackend::with_string(&mut s2, (320, 400)),
    );
    assert!(matches!(
        luyuan::charts::draw(&area, &c, &l, &short),
        Err(ChartError::Draw(_))
    ));
}

#[test]
fn no_size_or_number_makes_it_panic() {
    // A small deterministic generator: sizes from 1 to 3000 px, DPR 0.5 to 4, fonts 4 to 90,
    // values from tiny to huge, for every kind.
    let mut seed: u64 = 0x2023_0707;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut drawn = 0;
    for round in 0..400 {
        let lang = SAMPLE_LANGS[round % SAMPLE_LANGS.len()];
        let mut c = all(lang)[round % 7].clone();
        let scale = 10f64.powf(next() * 24.0 - 12.0);
        if !matches!(c.kind, ChartKind::Rank) {
            for d in &mut c.items {
                d.value *= scale;
            }
            if let Some(w) = c.whole.as_mut() {
                *w *= scale;
            }
            if let Some(p) = c.per_cell.as_mut() {
                *p *= scale;
            }
        }
        let vp = Viewport::new(
            1.0 + next() * 3000.0,
            1.0 + next() * 3000.0,
            0.5 + next() * 3.5,
            4.0 + next() * 86.0,
        );
        let half: Vec<f64> = c.items.iter().map(|d| d.value * next()).collect();
        if let Ok((_, svg)) = render_svg(
            &c,
            &vp,
            Theme::Dark,
            Some(&half),
            &[0],
            Some(0),
            &ApproxMeasure,
        ) {
            assert!(svg.starts_with("<svg"));
            drawn += 1;
        }
    }
    assert!(drawn > 100, "most of them draw: {drawn}");
}
