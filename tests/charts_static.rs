//! The static pictures the build draws of every chart (`charts::render_static` at the two
//! design sizes of `charts::design`): every chart of the story lays out at both, in every
//! language, with nothing overlapping or cut off; a picture is the light drawing with the
//! dark scheme's colours beside it; its texts stand on the baseline the canvas uses.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::{check_fit, texts};
use luyuan::charts::design::{design_viewport, Design, DPR};
use luyuan::charts::measure::BASELINE_EM;
use luyuan::charts::theme::Theme;
use luyuan::charts::{layout, render_static, ApproxMeasure};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

#[test]
fn every_chart_of_the_story_draws_at_both_design_sizes() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let mut count = 0;
    for spec in &story.charts {
        for &lang in Lang::published() {
            let d = chart_data(&story, spec, lang);
            for design in Design::ALL {
                let vp = design_viewport(&d, design);
                let at = format!("{} {lang:?} {}", d.id, design.name());
                let l = match layout(&d, &vp, &ApproxMeasure) {
                    Ok(l) => l,
                    Err(e) => {
                        problems.push(format!("{at}: {e}"));
                        continue;
                    }
                };
                if let Err(e) = check_fit(&l, &d) {
                    problems.push(format!("{at}: {e}"));
                }
                match render_static(&d, &vp, &ApproxMeasure) {
                    Ok(svg) => {
                        let (w, h) = vp.device_size();
                        assert!(svg.contains(&format!("viewBox=\"0 0 {w} {h}\"")), "{at}");
                        assert_eq!(texts(&svg).len(), l.texts.len(), "{at}: every text drawn");
                        count += 1;
                    }
                    Err(e) => problems.push(format!("{at}: {e}")),
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(count, story.charts.len() * Lang::published().len() * 2);
}

#[test]
fn a_picture_follows_the_readers_colour_scheme() {
    let story = luyuan::model::story();
    let d = chart_data(story, &story.charts[0], Lang::ZH_HANT);
    let svg = render_static(&d, &design_viewport(&d, Design::Phone), &ApproxMeasure).unwrap();
    let (light, dark) = (
        Theme::Light.palette().bg.hex(),
        Theme::Dark.palette().bg.hex(),
    );
    let media = svg
        .find("@media (prefers-color-scheme:dark)")
        .expect("a dark scheme");
    assert!(svg[..media].contains(&light) && svg[media..].contains(&dark));
    assert!(
        !svg.contains("fill=\"#"),
        "colours are classes, so the scheme can change them"
    );
    assert!(svg.contains("Noto Sans CJK TC") && svg.contains("xml:lang=\"zh-Hant\""));
}

/// Under forced colours (Windows High Contrast) a picture takes the system colours, as the
/// live canvas does; with more contrast, its notes and marks out of focus reach 7:1.
#[test]
fn a_picture_follows_forced_colours_and_more_contrast() {
    let story = luyuan::model::story();
    for spec in &story.charts {
        let d = chart_data(story, spec, Lang::EN);
        let svg = render_static(&d, &design_viewport(&d, Design::Phone), &ApproxMeasure)
            .unwrap_or_else(|e| panic!("{e}"));
        let forced = svg
            .find("@media (forced-colors:active){")
            .unwrap_or_else(|| panic!("{}: no forced-colours rules", d.id));
        let rules = &svg[forced
            ..svg[forced..]
                .find("}</style>")
                .map_or(svg.len(), |e| forced + e)];
        assert!(
            !rules.contains('#'),
            "{}: a fixed colour under forced colours: {rules}",
            d.id
        );
        assert!(
            rules.contains("fill:Canvas}") && rules.contains("CanvasText"),
            "{}: {rules}",
            d.id
        );
        let more = svg
            .find("@media (prefers-contrast:more){")
            .unwrap_or_else(|| panic!("{}: no more-contrast rules", d.id));
        let muted = Theme::Light.more_contrast().muted.hex();
        if svg.contains(&Theme::Light.palette().muted.hex()) {
            assert!(
                svg[more..].contains(&muted),
                "{}: notes keep their light grey",
                d.id
            );
        }
    }
    let p = luyuan::charts::theme::Palette::system([
        luyuan::charts::theme::Rgb(0, 0, 0),
        luyuan::charts::theme::Rgb(255, 255, 255),
        luyuan::charts::theme::Rgb(26, 235, 255),
        luyuan::charts::theme::Rgb(63, 242, 63),
    ]);
    assert!(p.one_ink() && !Theme::Light.palette().one_ink());
}

#[test]
fn texts_stand_on_the_canvas_baseline() {
    let story = luyuan::model::story();
    let d = chart_data(story, &story.charts[1], Lang::EN);
    let vp = design_viewport(&d, Design::Desktop);
    let l = layout(&d, &vp, &ApproxMeasure).unwrap();
    let svg = render_static(&d, &vp, &ApproxMeasure).unwrap();
    // Drawn grouped by font, so in another order than laid out: each found by its words.
    let drawn = texts(&svg);
    assert_eq!(drawn.len(), l.texts.len());
    for t in &l.texts {
        let y = (t.y.round() + t.font.px * BASELINE_EM).round();
        assert!(
            drawn
                .iter()
                .any(|s| s.text == t.text && s.size == t.font.px && s.y == y),
            "{}: in its own size, on the baseline {y}",
            t.text
        );
    }
    assert_eq!(vp.dpr, DPR);
}
