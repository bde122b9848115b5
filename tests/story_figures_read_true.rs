//! Every figure reads as what it is: a change (growth, a cut, a change in points or places) is
//! shown as a change wherever a reader meets it, in three languages — its value signed by the
//! formatter, its label naming the change — in each chart's marks, table, tooltip, live
//! announcement and alt text, the hero's key figures, the chapter openers, and the downloads.
//! And each step's chart draws one of the figures its text states. Over the story given
//! (`STORY_DIR`): no id of this year's story is named here.
#![cfg(feature = "ssr")]

use luyuan::charts::tooltip::{live_text, tip_text};
use luyuan::dataset;
use luyuan::html::escape;
use luyuan::lang::{unmarked, Lang};
use luyuan::model::{self, Measure, Metric, Qualifier, Story};
use luyuan::page;
use luyuan::story::charts::chart_data;

/// Words that name a change, written independently of the validation's list.
const CHANGE_WORDS: [&str; 19] = [
    "增長", "增长", "增速", "提高", "上升", "躍升", "跃升", "壓縮", "压缩", "壓減", "压减", "下降",
    "高於", "高于", "growth", "rise", "cut", "gain", "above",
];

fn story() -> &'static Story {
    model::story()
}

/// A change as formatted: a sign on its number (after a qualifier word such as 預計 or over).
fn signed(shown: &str) -> bool {
    shown.contains('+') || shown.contains('\u{2212}')
}

fn names_change(label: &str) -> bool {
    let l = label.to_lowercase();
    CHANGE_WORDS.iter().any(|w| l.contains(w))
}

fn changes() -> Vec<&'static Metric> {
    story()
        .metrics
        .iter()
        .filter(|m| m.measure().is_change())
        .collect()
}

#[test]
fn the_story_has_changes_to_check() {
    assert!(
        !changes().is_empty(),
        "no change figures in this story: the tests below would check nothing"
    );
}

#[test]
fn a_change_is_signed_and_labelled_as_a_change_by_the_formatter() {
    let s = story();
    for m in changes() {
        for &lang in Lang::published() {
            let f = s.format(m, lang);
            assert!(signed(&f), "{} in {lang:?}: “{f}” reads as a level", m.id);
            assert!(signed(&s.format_short(m, lang)), "{} short", m.id);
            let label = m.label.get(lang);
            assert!(
                names_change(label),
                "{} in {lang:?}: the label “{label}” beside “{f}” reads as a level",
                m.id
            );
        }
        if m.measure() == Measure::Reduction {
            assert!(s.format(m, Lang::EN).contains('\u{2212}'), "a cut is minus");
        }
    }
    for m in s.metrics.iter().filter(|m| !m.measure().is_change()) {
        for &lang in Lang::published() {
            let f = s.format(m, lang);
            assert!(
                !f.starts_with('+'),
                "{}: a level is never signed: {f}",
                m.id
            );
        }
    }
}

#[test]
fn every_chart_shows_a_change_as_a_change_in_its_marks_table_tooltip_and_alt_text() {
    let s = story();
    let mut checked = 0;
    for spec in &s.charts {
        for &lang in Lang::published() {
            let data = chart_data(s, spec, lang);
            let items = data.items.iter().chain(data.reference.iter());
            for d in items {
                let Some(m) = s.metric(&d.id) else { continue };
                if !m.measure().is_change() {
                    continue;
                }
                checked += 1;
                let what = format!("chart {} ({lang:?}), {}", spec.id, m.id);
                assert_eq!(d.display, s.format(m, lang), "{what}: the mark's figure");
                assert!(signed(&d.display), "{what}: “{}”", d.display);
                assert!(names_change(&d.label), "{what}: the label “{}”", d.label);
            }
            for (i, d) in data.items.iter().enumerate() {
                let Some(m) = s.metric(&d.id) else { continue };
                if !m.measure().is_change() {
                    continue;
                }
                let tip = tip_text(&data, i).unwrap();
                assert!(signed(&tip.display) && names_change(&tip.label), "tooltip");
                let live = live_text(&data, i);
                assert!(
                    live.contains(&d.display) && live.contains(&unmarked(&d.label)),
                    "{live}"
                );
                assert!(
                    data.summary.contains(&d.display),
                    "chart {}: the alt text “{}” lacks “{}”",
                    spec.id,
                    data.summary,
                    d.display
                );
            }
        }
    }
    assert!(checked > 0, "no chart draws a change");
}

#[test]
fn the_pages_show_changes_as_changes_in_the_hero_the_openers_and_the_tables() {
    let s = story();
    for &lang in Lang::published() {
        let html = page::render_body(lang, false);
        for id in &s.intro.key_figures {
            let m = s.metric(id).unwrap();
            if m.measure().is_change() {
                let want = format!("kf-value\">{}</span>", escape(&s.format(m, lang)));
                assert!(html.contains(&want), "{lang:?} hero: {want}");
            }
        }
        for sec in &s.sections {
            let Some(m) = sec.key_figure.as_deref().and_then(|id| s.metric(id)) else {
                continue;
            };
            if m.measure().is_change() {
                let value = format!("cf-value\">{}</span>", escape(&s.format(m, lang)));
                let label = format!("cf-label\">{}</span>", escape(m.label.get(lang)));
                assert!(html.contains(&value), "{lang:?} {}: {value}", sec.id);
                assert!(html.contains(&label), "{lang:?} {}: {label}", sec.id);
                assert!(names_change(m.label.get(lang)));
            }
        }
        // Every chart's table writes a change as the marks do.
        for m in changes() {
            if dataset::charts_showing(s, &m.id).is_empty() {
                continue;
            }
            let f = escape(&s.format(m, lang));
            assert!(html.contains(&*f), "{lang:?}: no table shows “{f}”");
        }
    }
}

#[test]
fn the_downloads_say_which_figures_are_changes() {
    let s = story();
    let csv = dataset::story_csv(s);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let measure = header
        .iter()
        .position(|c| *c == "measure")
        .expect("a measure column");
    assert!(header.contains(&"basis"), "a basis column");
    let json: serde_json::Value = serde_json::from_str(&dataset::story_json(s)).unwrap();
    for (m, r) in s.metrics.iter().zip(json["metrics"].as_array().unwrap()) {
        assert_eq!(r["measure"], m.measure().name(), "{}", m.id);
    }
    // Reading the CSV back: the change figures' rows say so.
    let mut rdr =
        csv::ReaderBuilder::new().from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    for (row, m) in rdr.records().zip(&s.metrics) {
        let row = row.unwrap();
        assert_eq!(&row[measure], m.measure().name(), "{}", m.id);
        assert_eq!(m.measure().is_change(), &row[measure] != "level");
    }
}

#[test]
fn each_step_that_names_figures_shows_a_chart_that_draws_one() {
    let s = story();
    for sec in &s.sections {
        for st in &sec.steps {
            if st.figures.is_empty() {
                continue;
            }
            let chart = s.chart(&st.chart).expect("the step's chart");
            let drawn = chart_data(s, chart, Lang::ZH_HANT);
            let ids: Vec<&str> = drawn
                .items
                .iter()
                .chain(drawn.reference.iter())
                .map(|d| d.id.as_str())
                .collect();
            assert!(
                st.figures.iter().any(|f| ids.contains(&f.as_str())),
                "step {} names {:?} but its chart {} draws {:?}",
                st.id,
                st.figures,
                chart.id,
                ids
            );
        }
    }
}

#[test]
fn the_story_passes_every_check() {
    let problems: Vec<String> = model::problems().iter().map(|e| e.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn chart_and_text_write_each_figure_the_same_way() {
    // In Chinese the figure a chart shows is the words the text highlights (its mark), less
    // the change's sign: 8145萬元, 1500餘套, 突破500億元, 近100萬平方米 (a change's mark says
    // 增長35%, the chart +35%).
    let s = story();
    let mut differ = Vec::new();
    for m in &s.metrics {
        for lang in [Lang::ZH_HANT, Lang::ZH_HANS] {
            let f = s.format(m, lang);
            let mut unsigned: String = f
                .chars()
                .filter(|c| *c != '+' && *c != '\u{2212}')
                .map(numeral_digit)
                .collect();
            // 預計 belongs to the clause (預計全年同比增長7%), not to the number.
            if m.qualifier == Qualifier::Expected {
                unsigned = unsigned.replace("預計", "").replace("预计", "");
            }
            // 兩個季度 and 2個季度 are one way of writing: the chart sets digits.
            let mark: String = m.mark.get(lang).chars().map(numeral_digit).collect();
            if !mark.contains(|c: char| c.is_ascii_digit()) {
                // Stated in words alone (清零, 億元以上: one 億): nothing to compare.
                continue;
            }
            if !mark.contains(&unsigned) {
                differ.push(format!(
                    "{} ({lang:?}): the chart writes “{f}”, the text “{mark}”",
                    m.id
                ));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} figures:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// A Chinese numeral from one to nine as its digit (兩 as 2); any other character as it is.
fn numeral_digit(c: char) -> char {
    match "一二三四五六七八九".chars().position(|n| n == c) {
        Some(i) => char::from(b'1' + i as u8),
        None if c == '兩' || c == '两' => '2',
        None => c,
    }
}
