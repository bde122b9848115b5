//! Each chart kind, drawn to SVG natively: marks in proportion to the values, every label
//! there (Chinese included), every figure exactly as the formatter gave it, per language.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::layout::{BarRows, Geom, RankScale, Rings, StripForm};
use luyuan::charts::spec::{Datum, Scale};
use luyuan::charts::theme::SERIES;
use luyuan::charts::{render_svg, ApproxMeasure, ChartData, Theme};
use luyuan::lang::Lang;
use luyuan::model::ChartKind;

/// The accent: single-series marks.
const ACCENT: &str = "#168A5E";
const VERMILLION: &str = "#D55E00";

fn svg(chart: &ChartData, w: f64, h: f64) -> (luyuan::charts::Layout, String) {
    render_svg(
        chart,
        &vp(w, h, 1.0, 16.0),
        Theme::Light,
        None,
        &[],
        None,
        &ApproxMeasure,
    )
    .unwrap_or_else(|e| panic!("{}: {e}", chart.id))
}

/// All the texts drawn, in order, without spaces (labels wrap across lines).
fn joined(svg: &str) -> String {
    texts(svg)
        .iter()
        .map(|t| t.text.as_str())
        .collect::<String>()
        .replace(' ', "")
}

fn assert_words(chart: &ChartData, svg: &str) {
    let all = joined(svg);
    for d in &chart.items {
        assert!(
            all.contains(&d.label.replace(' ', "")),
            "{} ({:?}): label {:?} missing in {all:?}",
            chart.id,
            chart.lang,
            d.label
        );
        assert!(
            all.contains(&d.display.replace(' ', "")),
            "{} ({:?}): figure {:?} missing in {all:?}",
            chart.id,
            chart.lang,
            d.display
        );
    }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn every_kind_shows_its_labels_and_figures_in_every_language() {
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            let (_, s) = svg(&chart, 640.0, 480.0);
            assert_words(&chart, &s);
        }
    }
    // The Chinese labels are drawn as Chinese, in each script.
    let (_, hant) = svg(&support(Lang::ZH_HANT), 640.0, 480.0);
    assert!(joined(&hant).contains("政策性獎勵補助") && joined(&hant).contains("8145萬元"));
    let (_, hans) = svg(&support(Lang::ZH_HANS), 640.0, 480.0);
    assert!(joined(&hans).contains("政策性奖励补助") && joined(&hans).contains("8145万元"));
    // With the system CJK fonts for the script (never a Latin-only stack: no boxes).
    assert!(hant.contains("PingFang TC") && hant.contains("Noto Sans CJK TC"));
    assert!(hans.contains("PingFang SC") && hans.contains("Noto Sans CJK SC"));
}

#[test]
fn vertical_bars_are_as_tall_as_their_values() {
    let chart = support_bars(Lang::ZH_HANT);
    let (layout, s) = svg(&chart, 640.0, 480.0);
    assert!(
        matches!(layout.geom, Geom::Columns(_)),
        "wide enough for columns"
    );
    let bars = rects_of(&s, ACCENT);
    assert_eq!(bars.len(), 4, "{bars:?}");
    let max = bars.iter().map(|r| r.h).fold(0.0, f64::max);
    for (r, d) in bars.iter().zip(&chart.items) {
        let want = d.value / 1e9 * max;
        assert!(close(r.h, want, 1.5), "{}: {} px, want {want}", d.id, r.h);
    }
    // Same baseline, left to right in order, all inside the canvas.
    assert!(bars
        .windows(2)
        .all(|w| close(w[0].y + w[0].h, w[1].y + w[1].h, 1.0) && w[0].x < w[1].x));
    assert!(bars
        .iter()
        .all(|r| r.x >= 0.0 && r.x + r.w <= 640.0 && r.y >= 0.0 && r.y + r.h <= 480.0));
}

#[test]
fn horizontal_bars_are_as_long_as_their_values() {
    for lang in SAMPLE_LANGS {
        let chart = support(lang);
        let (_, s) = svg(&chart, 375.0, 420.0);
        let bars = rects_of(&s, ACCENT);
        assert_eq!(bars.len(), 4, "{lang:?}");
        let max = bars.iter().map(|r| r.w).fold(0.0, f64::max);
        for (r, d) in bars.iter().zip(&chart.items) {
            assert!(
                close(r.w, d.value / 1e9 * max, 1.5),
                "{lang:?} {}: {} px",
                d.id,
                r.w
            );
        }
        // One start (the zero line), top to bottom in order.
        assert!(bars.windows(2).all(|w| w[0].x == w[1].x && w[0].y < w[1].y));
        // The figure sits right after its bar, on the bar's line.
        let t = texts(&s);
        for (r, d) in bars.iter().zip(&chart.items) {
            let v = t
                .iter()
                .find(|t| t.text == d.display)
                .expect("figure drawn");
            assert!(
                v.x > r.x + r.w && v.x < r.x + r.w + 16.0,
                "{}: figure at {} after bar end {}",
                d.id,
                v.x,
                r.x + r.w
            );
        }
    }
}

#[test]
fn growth_bars_leave_the_zero_line_both_ways() {
    let chart = investment(Lang::ZH_HANT, true);
    let (layout, s) = svg(&chart, 375.0, 420.0);
    let Geom::Rows(BarRows {
        zero_x, zero_line, ..
    }) = layout.geom
    else {
        panic!("rows")
    };
    assert!(zero_line);
    let up = rects_of(&s, ACCENT);
    let down = rects_of(&s, VERMILLION);
    assert_eq!((up.len(), down.len()), (3, 1));
    let scale = up[1].w / 175.3;
    for (r, v) in up.iter().zip([18.7, 175.3, 28.6]) {
        assert!(
            close(r.x, zero_x.floor(), 1.0),
            "positive bars start at zero"
        );
        assert!(close(r.w, v * scale, 1.5), "{v}: {} px", r.w);
    }
    assert!(
        close(down[0].x + down[0].w, zero_x.floor(), 1.0),
        "negative bar ends at zero"
    );
    assert!(close(down[0].w, 12.5 * scale, 1.5));
    // The signed figures as given.
    let all = joined(&s);
    for f in ["+18.7%", "+175.3%", "+28.6%", "−12.5%"] {
        assert!(all.contains(f), "{f}");
    }
    // Without a fall there is no room kept left of zero.
    let (l2, _) = svg(&investment(Lang::EN, false), 375.0, 420.0);
    let Geom::Rows(BarRows { zero_x: z2, .. }) = l2.geom else {
        panic!()
    };
    assert!(z2 < 10.0, "zero at the left edge: {z2}");
}

/// The share of a turn an arc polygon covers (its outer edge runs first, from 12 o'clock).
fn arc_share(pts: &[(f64, f64)], centre: (f64, f64)) -> f64 {
    let last = pts[pts.len() / 2 - 1];
    let a = (last.0 - centre.0).atan2(centre.1 - last.1);
    let a = if a < -1e-6 {
        a + std::f64::consts::TAU
    } else {
        a
    };
    if a < 0.01 {
        1.0
    } else {
        a / std::f64::consts::TAU
    }
}

#[test]
fn gauges_fill_their_share_of_one_whole() {
    let chart = gauges(Lang::ZH_HANT);
    let (layout, s) = svg(&chart, 640.0, 400.0);
    let Geom::Gauges(Rings { cells, .. }) = &layout.geom else {
        panic!("gauges")
    };
    assert_eq!(cells.len(), 3);
    let arcs = polygons_of(&s, ACCENT);
    assert_eq!(arcs.len(), 3, "one value arc per gauge");
    for ((pts, c), share) in arcs.iter().zip(cells).zip([0.93, 0.61, 1.0]) {
        let got = arc_share(pts, (c.cx, c.cy));
        assert!(close(got, share, 0.01), "arc {got} want {share}");
    }
    assert!(joined(&s).contains("100%"));
    // A ring is a share of one whole: 147 % of a target is refused (it is a progress bar).
    let mut past = gauges(Lang::EN);
    past.items[2].value = 147.0;
    assert!(luyuan::charts::validate(&past).is_err());
}

#[test]
fn waffle_squares_count_the_people() {
    let chart = welfare(Lang::ZH_HANS);
    let (layout, s) = svg(&chart, 375.0, 700.0);
    let Geom::Waffle(g) = &layout.geom else {
        panic!("waffle")
    };
    assert_eq!(g.unit, 100.0);
    assert_eq!(g.cells, 132, "13,159 people at 100 a square");
    for (i, d) in chart.items.iter().enumerate() {
        // Squares of the item's colour, not its key swatch (a pattern, drawn in the
        // square's own colour outside forced colours, is smaller than a square).
        let n = rects_of(&s, &SERIES[i].hex())
            .iter()
            .filter(|r| (r.w - r.h).abs() < 0.5 && r.w >= g.size.round() - 0.5)
            .filter(|r| {
                !g.swatches
                    .iter()
                    .any(|k| (k.0 - r.x).abs() < 1.0 && (k.1 - r.y).abs() < 1.0)
            })
            .count();
        let want = d.value / 100.0;
        assert!(
            (n as f64 - want).abs() <= 1.0,
            "{}: {n} squares for {want}",
            d.id
        );
    }
    assert!(
        joined(&s).contains("每格=100人"),
        "the key says what a square is"
    );
}

#[test]
fn rank_marks_the_place_on_a_scale_of_all_places() {
    for lang in SAMPLE_LANGS {
        let chart = rank(lang);
        let (layout, s) = svg(&chart, 375.0, 200.0);
        let Geom::Rank(RankScale { x0, x1, whole, .. }) = layout.geom else {
            panic!("rank")
        };
        assert_eq!(whole, 68);
        let track = rects_of(&s, &Theme::Light.palette().track.hex());
        // One slot per place; the marked place's slot is its mark (nothing drawn under it).
        assert_eq!(track.len(), 67, "one slot per place but the marked one");
        let marker = rects_of(&s, ACCENT);
        assert_eq!(marker.len(), 1);
        let cx = marker[0].x + marker[0].w / 2.0;
        let want = x0 + 8.5 / 68.0 * (x1 - x0);
        assert!(close(cx, want, 2.0), "marker at {cx}, 9th place at {want}");
        let all = joined(&s);
        assert!(all.contains("68") && all.contains(&chart.items[0].display.replace(' ', "")));
    }
}

#[test]
fn big_number_shows_the_figure_as_given() {
    for lang in SAMPLE_LANGS {
        let chart = big(lang);
        let (_, s) = svg(&chart, 320.0, 200.0);
        let t = texts(&s);
        // On one line, or an English one on two at a word break.
        let display = &chart.items[0].display;
        let fig = t
            .iter()
            .find(|t| display.starts_with(t.text.as_str()))
            .expect("figure");
        let lines: Vec<&str> = t
            .iter()
            .filter(|x| x.size == fig.size)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(&lines.join(" "), display, "the figure whole");
        let label = t
            .iter()
            .find(|t| chart.items[0].label.starts_with(&t.text))
            .expect("label");
        assert!(
            fig.size > label.size * 1.5,
            "the figure is big: {} vs {}",
            fig.size,
            label.size
        );
        assert_eq!(rects_of(&s, ACCENT).len(), 1, "the accent rule");
    }
}

#[test]
fn focus_dims_the_other_marks() {
    let chart = support(Lang::EN);
    let (_, s) = render_svg(
        &chart,
        &vp(375.0, 420.0, 1.0, 16.0),
        Theme::Dark,
        None,
        &[2],
        None,
        &ApproxMeasure,
    )
    .unwrap();
    assert_eq!(
        rects_of(&s, &Theme::Dark.palette().accent().hex()).len(),
        1,
        "only the focused bar keeps the (dark page's) accent"
    );
    assert_eq!(rects_of(&s, &Theme::Dark.palette().dim.hex()).len(), 3);
    assert!(
        s.contains(&Theme::Dark.palette().bg.hex()),
        "dark background"
    );
}

#[test]
fn a_tween_frame_draws_marks_at_the_current_values() {
    let chart = support(Lang::ZH_HANT);
    let v = vp(375.0, 420.0, 1.0, 16.0);
    let (_, rest) = render_svg(&chart, &v, Theme::Light, None, &[], None, &ApproxMeasure).unwrap();
    let half: Vec<f64> = chart.items.iter().map(|d| d.value / 2.0).collect();
    let (_, mid) = render_svg(
        &chart,
        &v,
        Theme::Light,
        Some(&half),
        &[],
        None,
        &ApproxMeasure,
    )
    .unwrap();
    for (a, b) in rects_of(&rest, ACCENT).iter().zip(rects_of(&mid, ACCENT)) {
        assert!(close(b.w, a.w / 2.0, 1.0), "{} vs {}", b.w, a.w);
    }
}

#[test]
fn a_wall_s_key_to_its_symbols_goes_where_the_symbols_do() {
    for lang in SAMPLE_LANGS {
        let key = [
            "每個圖形代表一個項目",
            "每个图形代表一个项目",
            "Each symbol is one project",
        ][lang.index()];
        let chart = wall(lang).with_hint(key);
        let hint = chart.hint.replace(' ', "");
        // Wide: the symbols are drawn, and their key under them.
        let (wide, s) = svg(&chart, 736.0, 500.0);
        assert!(symbol_count(&wide) > 0, "{lang:?}: symbols on a desktop");
        assert!(
            joined(&s).contains(&hint),
            "{lang:?}: the key with its symbols"
        );
        // A phone's box that has no room for the symbols: no key either.
        let (narrow, s) = svg(&chart, 304.0, 228.0);
        assert_eq!(symbol_count(&narrow), 0, "{lang:?}: no room for symbols");
        assert!(!joined(&s).contains(&hint), "{lang:?}: a key to no symbols");
    }
}

/// How many figures of a wall draw their symbols.
fn symbol_count(l: &luyuan::charts::Layout) -> usize {
    match &l.geom {
        Geom::Wall(w) => w.cells.iter().filter(|c| c.symbols.is_some()).count(),
        _ => panic!("not a wall"),
    }
}

#[test]
fn a_wall_draws_the_whole_and_the_grade_scale_its_figures_are_measured_against() {
    for lang in SAMPLE_LANGS {
        let grades: Vec<String> = ["I", "II", "III", "IV", "V", "VI"]
            .iter()
            .map(|g| g.to_string())
            .collect();
        let chart = ChartData::new(
            "sample-measured",
            ChartKind::Figures,
            lang,
            "Water and spending",
            vec![
                Datum::new("water", "Water quality", 4.0, "Class IV")
                    .with_scale(Scale::Grades(grades.clone())),
                Datum::new("cut", "Cut in spending", 25.0, "25%").with_scale(Scale::Whole(100.0)),
                Datum::new("audits", "Audits", 29.0, "29"),
            ],
        );
        for (w, h) in [(304.0, 420.0), (736.0, 420.0)] {
            let (layout, s) = svg(&chart, w, h);
            let Geom::Wall(wall) = &layout.geom else {
                panic!("a wall")
            };
            // The track: a quarter in the accent, the rest of the whole in the track colour.
            let track = rects_of(&s, &Theme::Light.palette().track.hex());
            let accent = rects_of(&s, ACCENT);
            let strip = wall.cells[1].strip.as_ref().expect("the cut's track");
            assert!(matches!(strip.form, StripForm::Track { whole } if whole == 100.0));
            let (x, y, len, _) = strip.bar;
            let part = accent
                .iter()
                .find(|r| close(r.x, x, 0.5) && close(r.y, y, 0.5));
            let part = part.expect("the filled part").w;
            assert!(
                close(part, len / 4.0, 1.0),
                "{lang:?} {w}: a quarter filled"
            );
            let rest = track
                .iter()
                .find(|r| close(r.x, x + part, 0.5) && close(r.y, y, 0.5));
            assert!(
                close(rest.expect("the rest").w, len - part, 0.5),
                "{lang:?} {w}: the rest of the whole"
            );
            // The scale: six segments, the fourth in the accent, each grade named under it.
            let scale = wall.cells[0].strip.as_ref().expect("the grade scale");
            let (x0, y0, span, _) = scale.bar;
            let on_scale = |r: &&SvgRect| {
                close(r.y, y0, 0.5) && r.x >= x0 - 0.5 && r.x + r.w <= x0 + span + 0.5
            };
            let marked: Vec<_> = accent.iter().filter(on_scale).collect();
            let rest: Vec<_> = track.iter().filter(on_scale).collect();
            assert_eq!(
                (marked.len(), rest.len()),
                (1, 5),
                "{lang:?} {w}: one grade marked of six"
            );
            let fourth = rest.iter().filter(|r| r.x < marked[0].x).count();
            assert_eq!(fourth, 3, "{lang:?} {w}: the fourth grade is marked");
            let names: Vec<String> = texts(&s).into_iter().map(|t| t.text).collect();
            for g in &grades {
                assert!(names.contains(g), "{lang:?} {w}: grade {g} named");
            }
            // Nothing else of the wall goes under the strip.
            for t in layout
                .texts
                .iter()
                .filter(|t| t.item == Some(0) && t.y < y0)
            {
                assert!(
                    t.y + t.font.line_height() <= y0 + 0.5,
                    "{lang:?} {w}: {:?} runs into the scale",
                    t.text
                );
            }
        }
    }
}
