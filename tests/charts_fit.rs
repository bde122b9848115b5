//! Label fitting, measured with a CJK-aware measurer: lines wrap within their width, Chinese
//! breaks between words where the data marks them (U+200B) and after punctuation, never
//! inside a word unless it is wider than the line (and says so), and across phone and
//! desktop widths, DPR 1 to 3 and text at 100 % to 200 %, every text is inside the canvas
//! and no two overlap, and no bar runs into a text.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::layout::{BarRows, Geom, TextRole};
use luyuan::charts::measure::{is_wide, Font};
use luyuan::charts::wrap::{wrap, wrap_balanced};
use luyuan::charts::{
    layout, ApproxMeasure, ChartData, ChartError, ChartKind, Layout, TextMeasure, Viewport,
};
use luyuan::lang::Lang;

fn font(px: f64, lang: Lang) -> Font {
    Font {
        px,
        bold: false,
        lang,
    }
}

#[test]
fn the_measurer_knows_cjk_is_one_em_and_latin_about_half() {
    let m = ApproxMeasure;
    let f = font(16.0, Lang::ZH_HANT);
    assert_eq!(m.width("政策性獎勵補助", &f), 7.0 * 16.0);
    let latin = m.width("subsidies", &f);
    assert!(
        latin > 9.0 * 0.4 * 16.0 && latin < 9.0 * 0.7 * 16.0,
        "{latin}"
    );
    // What plotters' own fallback does without a font: three bytes per CJK character.
    assert_eq!("補".len(), 3);
    assert!(is_wide('補') && is_wide('，') && !is_wide('a') && !is_wide('8'));
}

#[test]
fn chinese_wraps_between_marked_words_within_the_width() {
    let m = ApproxMeasure;
    let f = font(14.0, Lang::ZH_HANT);
    let marked = "家庭\u{200B}無障礙改造\u{200B}完成“十四五”目標，兌現\u{200B}政策性\u{200B}獎勵補助8145萬元。";
    let text = marked.replace('\u{200B}', "");
    let words = [
        "家庭",
        "無障礙改造",
        "完成",
        "“十四五”",
        "目標，",
        "兌現",
        "政策性",
        "獎勵補助",
        "8145萬元。",
    ];
    for max in [80.0, 100.0, 150.0, 300.0] {
        let w = wrap(marked, max, &f, &m);
        assert!(!w.broke_word, "{max}: no word is wider than the line");
        for l in &w.lines {
            assert!(
                m.width(l, &f) <= max,
                "{max}: {l:?} is {} wide",
                m.width(l, &f)
            );
            let first = l.chars().next().unwrap();
            assert!(
                !"，。、；：！？）」』%".contains(first),
                "{max}: line starts with {first:?}"
            );
            assert!(
                !l.ends_with('“'),
                "{max}: line ends with an opening quote: {l:?}"
            );
        }
        assert_eq!(
            w.lines.concat(),
            text,
            "nothing lost or added, no mark drawn"
        );
        for word in words {
            assert!(
                w.lines.iter().any(|l| l.contains(word)),
                "{max}: “{word}” is cut: {:?}",
                w.lines
            );
        }
    }
}

#[test]
fn a_chinese_run_wider_than_the_line_is_cut_and_says_so() {
    let m = ApproxMeasure;
    let f = font(14.0, Lang::ZH_HANT);
    // Unmarked, a run is one piece: it breaks only when it cannot fit, between characters.
    let whole = wrap("高新技術企業", 7.0 * 14.0, &f, &m);
    assert_eq!(whole.lines, ["高新技術企業"]);
    let narrow = wrap("新認定國家高新技術企業", 5.0 * 14.0, &f, &m);
    assert!(narrow.broke_word, "{:?}", narrow.lines);
    assert_eq!(narrow.lines.concat(), "新認定國家高新技術企業");
    // Marked, it breaks at the marks.
    let marked = wrap(
        "新認定\u{200B}國家\u{200B}高新技術\u{200B}企業",
        5.0 * 14.0,
        &f,
        &m,
    );
    assert!(!marked.broke_word);
    assert_eq!(marked.lines, ["新認定國家", "高新技術", "企業"]);
    // Punctuation ends a phrase; a mark measures nothing.
    let clause = wrap("中車長客、皓月集團", 5.0 * 14.0, &f, &m);
    assert_eq!(clause.lines, ["中車長客、", "皓月集團"]);
    assert_eq!(m.width("高新\u{200B}技術", &f), 4.0 * 14.0);
}

#[test]
fn latin_wraps_at_spaces_and_cuts_only_a_word_too_long_for_a_line() {
    let m = ApproxMeasure;
    let f = font(16.0, Lang::EN);
    let w = wrap("Taxes and fees cut, deferred or refunded", 120.0, &f, &m);
    assert!(!w.broke_word);
    assert!(w
        .lines
        .iter()
        .all(|l| m.width(l, &f) <= 120.0 && !l.starts_with(' ') && !l.ends_with(' ')));
    assert_eq!(
        w.lines.join(" "),
        "Taxes and fees cut, deferred or refunded"
    );
    let long = wrap("Antidisestablishmentarianism", 80.0, &f, &m);
    assert!(long.broke_word && long.lines.len() > 1);
    assert!(long.lines.iter().all(|l| m.width(l, &f) <= 80.0));
}

#[test]
fn a_hyphenated_word_breaks_after_its_hyphen_not_inside_a_part() {
    let m = ApproxMeasure;
    let f = font(16.0, Lang::EN);
    let w = wrap("Investment-seeking trips", 110.0, &f, &m);
    assert!(!w.broke_word, "{:?}", w.lines);
    assert_eq!(w.lines[0], "Investment-");
    assert!(w.lines[1].starts_with("seeking"), "{:?}", w.lines);
    // Where it fits, the word stays whole, with no space after its hyphen.
    let one = wrap("Investment-seeking", 400.0, &f, &m);
    assert_eq!(one.lines, vec!["Investment-seeking".to_string()]);
    // A leading minus is no break.
    let minus = wrap("-3.5%", 400.0, &f, &m);
    assert_eq!(minus.lines, vec!["-3.5%".to_string()]);
}

#[test]
fn balanced_wrapping_evens_out_the_lines() {
    let m = ApproxMeasure;
    let f = font(14.0, Lang::ZH_HANT);
    let text = "政策性\u{200B}獎勵\u{200B}補助";
    let greedy = wrap(text, 6.5 * 14.0, &f, &m);
    assert_eq!(greedy.lines, ["政策性獎勵", "補助"]);
    let even = wrap_balanced(text, 6.5 * 14.0, &f, &m);
    assert_eq!(even.lines.len(), 2);
    assert!(
        even.lines.iter().all(|l| l.chars().count() >= 3),
        "{:?}",
        even.lines
    );
}

/// Lays out as the page does: at the reserved height, or grown to what the labels need.
fn lay(chart: &ChartData, w: f64, dpr: f64, font_px: f64) -> (Layout, bool) {
    let (ar, min_rem) = luyuan::charts::view::reserve(chart);
    let h = (w / ar).max(min_rem * font_px).round();
    match layout(chart, &Viewport::new(w, h, dpr, font_px), &ApproxMeasure) {
        Ok(l) => (l, false),
        Err(ChartError::DoesNotFit {
            need_css_height, ..
        }) if need_css_height.is_finite() => {
            let l = layout(
                chart,
                &Viewport::new(w, need_css_height, dpr, font_px),
                &ApproxMeasure,
            )
            .unwrap_or_else(|e| panic!("{} at {w} grown to {need_css_height}: {e}", chart.id));
            (l, true)
        }
        Err(e) => panic!(
            "{} {:?} {w}px dpr {dpr} font {font_px}: {e}",
            chart.id, chart.lang
        ),
    }
}

#[test]
fn nothing_overlaps_or_is_cut_off_from_320_px_to_desktop_at_any_dpr_and_text_size() {
    let mut grown = Vec::new();
    let mut checked = 0;
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            for w in [320.0, 360.0, 375.0, 414.0, 768.0, 1024.0, 1280.0] {
                for dpr in [1.0, 2.0, 3.0] {
                    for font_px in [16.0, 20.0, 24.0, 32.0] {
                        let (l, g) = lay(&chart, w, dpr, font_px);
                        if g {
                            grown.push((chart.id.clone(), lang, w, font_px));
                        }
                        let ctx = format!("{} {lang:?} {w}px dpr {dpr} font {font_px}", chart.id);
                        if let Err(e) = check_fit(&l, &chart) {
                            panic!("{ctx}: {e}");
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3 * all(Lang::EN).len() * 7 * 3 * 4);
    // At the default text size the reserved box is enough: no growing, no layout shift.
    let at_default: Vec<_> = grown.iter().filter(|g| g.3 == 16.0).collect();
    assert!(at_default.is_empty(), "grew at 100 % text: {at_default:?}");
}

#[test]
fn fonts_strokes_and_margins_scale_with_the_dpr_and_the_root_font_size() {
    let chart = support(Lang::ZH_HANT);
    let at = |dpr: f64, font_px: f64| {
        layout(
            &chart,
            &Viewport::new(375.0, 420.0, dpr, font_px),
            &ApproxMeasure,
        )
        .unwrap()
    };
    let one = at(1.0, 16.0);
    for dpr in [2.0, 3.0] {
        let l = at(dpr, 16.0);
        assert_eq!(
            (l.width, l.height),
            ((375.0 * dpr) as u32, (420.0 * dpr) as u32)
        );
        for (a, b) in one.texts.iter().zip(&l.texts) {
            assert_eq!(a.text, b.text, "same lines at every DPR");
            assert!(
                (b.font.px - a.font.px * dpr).abs() <= 1.0,
                "font {} at DPR {dpr} vs {}",
                b.font.px,
                a.font.px
            );
            assert!(
                (b.x - a.x * dpr).abs() <= 2.0 * dpr,
                "x {} vs {}",
                b.x,
                a.x * dpr
            );
        }
    }
    let big = layout(
        &chart,
        &Viewport::new(375.0, 840.0, 1.0, 32.0),
        &ApproxMeasure,
    )
    .unwrap();
    let label = |l: &Layout| {
        l.texts
            .iter()
            .find(|t| t.role == TextRole::Label)
            .unwrap()
            .font
            .px
    };
    assert_eq!(
        label(&big),
        2.0 * label(&one),
        "200 % text doubles the chart's text"
    );
}

#[test]
fn vertical_bars_turn_horizontal_when_they_get_too_thin() {
    let chart = support_bars(Lang::ZH_HANT);
    let (wide, _) = lay(&chart, 640.0, 1.0, 16.0);
    assert!(matches!(wide.geom, Geom::Columns(_)));
    assert_eq!(wide.kind, ChartKind::Bars);
    let (phone, _) = lay(&chart, 320.0, 2.0, 32.0);
    assert!(
        matches!(phone.geom, Geom::Rows(_)),
        "200 % text on a phone: rows"
    );
    let mut many = chart.clone();
    many.items = (0..10)
        .map(|i| {
            luyuan::charts::Datum::new(
                &format!("i{i}"),
                &format!("項目{i}"),
                1.0 + i as f64,
                &format!("{}", 1 + i),
            )
        })
        .collect();
    let (ten, _) = lay(&many, 375.0, 3.0, 16.0);
    assert!(
        matches!(ten.geom, Geom::Rows(_)),
        "ten columns on a phone are too thin"
    );
}

#[test]
fn a_figure_wider_than_the_phone_moves_under_its_label() {
    // "81.45 million yuan" at 200 % text does not fit beside a bar on a 320 px phone.
    let chart = support(Lang::EN);
    let (l, _) = lay(&chart, 320.0, 1.0, 32.0);
    let Geom::Rows(BarRows { rows, .. }) = &l.geom else {
        panic!()
    };
    let fig = l
        .texts
        .iter()
        .find(|t| t.item == Some(0) && t.role == TextRole::Value)
        .unwrap();
    let label_bottom = l
        .texts
        .iter()
        .filter(|t| t.item == Some(0) && t.role == TextRole::Label)
        .map(|t| t.rect().3)
        .fold(0.0, f64::max);
    assert!(
        fig.y >= label_bottom && fig.rect().3 <= rows[0].y0,
        "figure between its label and its bar"
    );
}
