//! The browser's copy of the data (made by build.rs) gives the browser's islands exactly
//! what the prerender gave them: the same charts, tooltips and step structure. Otherwise a
//! hydrated chart would disagree with its prerendered table.

use luyuan::lang::Lang;
use luyuan::model::{parse_unchecked, EDITED, RUNTIME};
use luyuan::story::charts::chart_data;

#[test]
fn runtime_copy_builds_the_same_charts_in_every_language() {
    let full = parse_unchecked(&EDITED).unwrap();
    let slim = parse_unchecked(&RUNTIME).expect("the runtime copy parses");
    assert_eq!(full.charts, slim.charts);
    for spec in &full.charts {
        for &lang in Lang::published() {
            assert_eq!(
                chart_data(&full, spec, lang),
                chart_data(&slim, spec, lang),
                "chart {} in {lang:?}",
                spec.id
            );
        }
    }
}

#[test]
fn runtime_copy_keeps_what_the_islands_use() {
    let full = parse_unchecked(&EDITED).unwrap();
    let slim = parse_unchecked(&RUNTIME).unwrap();
    assert_eq!(
        full.title, slim.title,
        "shared links and chart cards name the story"
    );
    assert_eq!(full.intro.key_figures, slim.intro.key_figures);
    assert_eq!(full.meta, slim.meta);
    assert_eq!(full.units, slim.units);
    for (a, b) in full.sections.iter().zip(&slim.sections) {
        assert_eq!((&a.id, &a.heading), (&b.id, &b.heading));
        let shape = |s: &luyuan::model::Section| {
            s.steps
                .iter()
                .map(|st| (st.id.clone(), st.chart.clone(), st.focus.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(a), shape(b));
    }
    for (a, b) in full.metrics.iter().zip(&slim.metrics) {
        assert_eq!(
            (&a.id, a.value, a.scale, &a.unit, a.qualifier, &a.label),
            (&b.id, b.value, b.scale, &b.unit, b.qualifier, &b.label)
        );
        for &lang in Lang::published() {
            assert_eq!(full.format(a, lang), slim.format(b, lang));
        }
    }
}

#[test]
fn runtime_copy_carries_no_article_text() {
    let slim = parse_unchecked(&RUNTIME).unwrap();
    assert!(slim.sections.iter().flat_map(|s| &s.steps).all(|st| st
        .text
        .get(Lang::ZH_HANT)
        .is_empty()
        && st.text.get(Lang::EN).is_empty()));
    assert!(
        RUNTIME.story.len() < EDITED.story.len(),
        "{} vs {}",
        RUNTIME.story.len(),
        EDITED.story.len()
    );
}
