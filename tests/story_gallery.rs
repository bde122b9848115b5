//! Every chart of the story at the phone's and the desktop's frame, to look at: with
//! `STORY_GALLERY=dir` it writes one HTML page per language and theme of the SVGs there
//! (`node tests/browser/gallery-shots.mjs dir` screenshots them). Always checks that each
//! renders.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::{render_svg, view, ApproxMeasure, ChartError, Theme, Viewport};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

#[test]
fn story_gallery() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let head = "<!doctype html><meta charset=utf-8><style>body{margin:8px;font:12px sans-serif;display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start;background:#999}figure{margin:0}figcaption{font-weight:bold}svg{display:block}</style>\n";
    for theme in [Theme::Light, Theme::Dark] {
        for lang in [Lang::ZH_HANT, Lang::EN] {
            for (device, w, dpr) in [("phone", 359.0_f64, 2.0_f64), ("desktop", 736.0, 1.0)] {
                let mut html = String::from(head);
                for spec in &story.charts {
                    let d = chart_data(&story, spec, lang);
                    let (ar, min): (f64, f64) = view::reserve(&d);
                    let mut h = if device == "phone" {
                        (0.8 * w).round()
                    } else {
                        (w / ar).max(min * 16.0).min(604.0).round()
                    };
                    let mut r = render_svg(
                        &d,
                        &Viewport::new(w, h, dpr, 16.0),
                        theme,
                        None,
                        &[],
                        None,
                        &ApproxMeasure,
                    );
                    if let Err(ChartError::DoesNotFit {
                        need_css_height, ..
                    }) = r
                    {
                        h = need_css_height;
                        r = render_svg(
                            &d,
                            &Viewport::new(w, h, dpr, 16.0),
                            theme,
                            None,
                            &[],
                            None,
                            &ApproxMeasure,
                        );
                    }
                    let (l, svg) = r.unwrap_or_else(|e| panic!("{} {lang:?}: {e}", spec.id));
                    let svg = svg.replacen(
                        "<svg ",
                        &format!(
                            "<svg style=\"width:{w}px;height:{h}px\" viewBox=\"0 0 {} {}\" ",
                            l.width, l.height
                        ),
                        1,
                    );
                    html.push_str(&format!(
                        "<figure><figcaption>{} ({}) {w}×{h}</figcaption>{svg}</figure>\n",
                        spec.id,
                        spec.kind().name()
                    ));
                }
                if let Ok(dir) = std::env::var("STORY_GALLERY") {
                    std::fs::create_dir_all(&dir).unwrap();
                    std::fs::write(
                        format!("{dir}/{}-{device}-{}.html", lang.tag(), theme.as_str()),
                        html,
                    )
                    .unwrap();
                }
            }
        }
    }
}
