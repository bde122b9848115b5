//! Where the story's chart text breaks: in every chart, language and width from a 320 px
//! phone to desktop, at DPR 1 to 3 and the browser's default text size, no line parts a
//! number from its unit (8145萬元, 81.45 million yuan) and no Chinese word or phrase is cut
//! (高新技術企業 breaks only where the data marks it, U+200B), and no drawn text carries a
//! break mark. A failure names the chart, the text and the width: mark the text in the data
//! (docs/data.md) or shorten it.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::breaks::unit_runs;
use luyuan::charts::{design, layout, ApproxMeasure, ChartData, ChartError, Layout, Viewport};
use luyuan::lang::{unmarked, Lang, BREAK_MARK};
use luyuan::story::charts::chart_data;

const WIDTHS: [f64; 14] = [
    320.0, 340.0, 360.0, 375.0, 390.0, 414.0, 430.0, 480.0, 600.0, 768.0, 1024.0, 1280.0, 1440.0,
    1920.0,
];

/// Lays out as the page does: in the chart's box, grown once if it asks for more height.
fn lay(d: &ChartData, vw: f64, dpr: f64) -> Result<Layout, ChartError> {
    let vh = if vw < 900.0 {
        vw * 16.0 / 9.0
    } else {
        vw * 10.0 / 16.0
    };
    let (w, h) = design::chart_box(d, vw, vh);
    match layout(d, &Viewport::new(w, h, dpr, 16.0), &ApproxMeasure) {
        Err(ChartError::DoesNotFit {
            need_css_height, ..
        }) if need_css_height.is_finite() => layout(
            d,
            &Viewport::new(w, need_css_height, dpr, 16.0),
            &ApproxMeasure,
        ),
        other => other,
    }
}

/// The texts the kit wraps, named: items' labels, figures and notes, the reference's, the
/// takeaway and the hint.
fn wrapped_texts(d: &ChartData) -> Vec<(&'static str, &str)> {
    let mut out = vec![("takeaway", d.takeaway.as_str()), ("hint", d.hint.as_str())];
    for item in d.items.iter().chain(&d.reference) {
        out.extend([
            ("label", item.label.as_str()),
            ("figure", item.display.as_str()),
            ("note", item.note.as_str()),
        ]);
    }
    out.retain(|(_, t)| !t.is_empty());
    out
}

/// The runs of `text` that no line may cut: in Chinese every run (a word or phrase between
/// break points, a number with its unit), in a language spaced into words a number with its
/// unit (a word cut in two is `charts_story`'s).
fn whole_runs(text: &str, lang: Lang) -> Vec<String> {
    unit_runs(text)
        .into_iter()
        .filter(|(run, _, glued)| *glued || (!lang.locale().spaced && run.chars().count() > 1))
        .map(|(run, _, _)| run)
        .collect()
}

/// The problems of one layout: runs cut between lines, marks drawn.
fn cut_runs(d: &ChartData, l: &Layout, at: &str) -> Vec<String> {
    let lines: Vec<&str> = l.texts.iter().map(|t| t.text.as_str()).collect();
    let mut problems: Vec<String> = lines
        .iter()
        .filter(|line| line.contains(BREAK_MARK))
        .map(|line| format!("{at}: “{line}” draws a break mark"))
        .collect();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let drawn = squeeze(&lines.concat());
    for (what, text) in wrapped_texts(d) {
        // A text the layout left out (a hint under marks that need its room) is not cut.
        if !drawn.contains(&squeeze(&unmarked(text))) {
            continue;
        }
        for run in whole_runs(text, d.lang) {
            if !lines.iter().any(|line| line.contains(run.as_str())) {
                problems.push(format!(
                    "{at}: “{run}” of the {what} “{}” is cut",
                    unmarked(text)
                ));
            }
        }
    }
    problems
}

#[test]
fn no_line_cuts_a_chinese_word_or_parts_a_number_from_its_unit() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            for vw in WIDTHS {
                for dpr in [1.0, 2.0, 3.0] {
                    let at = format!("chart “{}” {lang:?} {vw} px page, DPR {dpr}", d.id);
                    match lay(&d, vw, dpr) {
                        Ok(l) => problems.extend(cut_runs(&d, &l, &at)),
                        Err(e) => problems.push(format!("{at}: {e}")),
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 0, "no charts laid out");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems (mark the text's word breaks with \\u200b, docs/data.md):\n{}",
        problems.len(),
        problems
            .iter()
            .take(80)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
