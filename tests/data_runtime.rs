//! The browser's copy of the data (made by build.rs) gives the browser's islands exactly
//! what the prerender gave them: the same charts, tooltips and step structure. Otherwise a
//! hydrated chart would disagree with its prerendered table. A page's data file
//! (`model::shipped`: the runtime copy in the page's language) gives the same in its language.

use luyuan::lang::Lang;
use luyuan::model::{parse_unchecked, shipped, shipped_sources, Story, EDITED, RUNTIME};
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

/// Each language's data file, parsed as the browser parses it.
fn each_page_data() -> Vec<(Lang, Story)> {
    Lang::published()
        .iter()
        .map(|&lang| {
            let text = shipped(&RUNTIME, lang).expect("the runtime copy is JSON");
            let files = shipped_sources(&text).expect("four files, a line each");
            (
                lang,
                parse_unchecked(&files).expect("the page's data parses"),
            )
        })
        .collect()
}

#[test]
fn a_page_data_file_builds_the_same_charts_in_its_language() {
    let full = parse_unchecked(&EDITED).unwrap();
    for (lang, page) in each_page_data() {
        assert_eq!(full.charts.len(), page.charts.len());
        for spec in &full.charts {
            assert_eq!(
                chart_data(&full, spec, lang),
                chart_data(&page, spec, lang),
                "chart {} in {lang:?}",
                spec.id
            );
        }
        assert_eq!(full.title.get(lang), page.title.get(lang));
        assert_eq!(
            full.meta.site_title.get(lang),
            page.meta.site_title.get(lang)
        );
        assert_eq!(full.meta.languages, page.meta.languages);
        assert_eq!(full.intro.key_figures, page.intro.key_figures);
        for (a, b) in full.sections.iter().zip(&page.sections) {
            let heading = |s: &luyuan::model::Section| {
                s.heading
                    .iter()
                    .map(|t| t.get(lang).to_owned())
                    .collect::<Vec<_>>()
            };
            assert_eq!((&a.id, heading(a)), (&b.id, heading(b)));
            for (x, y) in a.steps.iter().zip(&b.steps) {
                assert_eq!((&x.id, &x.chart, &x.focus), (&y.id, &y.chart, &y.focus));
            }
        }
        for (a, b) in full.metrics.iter().zip(&page.metrics) {
            assert_eq!(
                (&a.id, a.value, a.label.get(lang)),
                (&b.id, b.value, b.label.get(lang))
            );
            assert_eq!(full.format(a, lang), page.format(b, lang));
        }
    }
}

#[test]
fn a_page_data_file_carries_its_language_only() {
    for (lang, page) in each_page_data() {
        let others: Vec<Lang> = Lang::published()
            .iter()
            .copied()
            .filter(|&l| l != lang)
            .collect();
        for m in &page.metrics {
            assert!(
                !m.label.get(lang).is_empty(),
                "{} has its label in {lang:?}",
                m.id
            );
            for &o in &others {
                assert!(
                    m.label.get(o).is_empty(),
                    "{} carries its {o:?} label",
                    m.id
                );
            }
        }
        for c in &page.charts {
            for &o in &others {
                assert!(
                    c.title.get(o).is_empty(),
                    "chart {} carries its {o:?} title",
                    c.id
                );
            }
        }
    }
}
