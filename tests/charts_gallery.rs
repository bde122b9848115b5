//! Renders every sample chart at phone and desktop sizes, in each language, light and dark.
//! Always checks that each renders; with `CHARTS_GALLERY=dir` it also writes an HTML page of
//! the SVGs there, to look at (e.g. a headless Chromium screenshot).
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;
use charts_common::SAMPLE_LANGS;

use charts_common::*;
use luyuan::charts::{render_svg, ApproxMeasure, Theme};

#[test]
fn gallery() {
    let sizes = [
        (320.0, 2.0, 16.0),
        (320.0, 1.0, 32.0),
        (375.0, 3.0, 16.0),
        (640.0, 1.0, 16.0),
    ];
    let head = "<!doctype html><meta charset=utf-8><style>body{font:12px sans-serif;display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start;background:#888}figure{margin:0}svg{display:block}</style>\n";
    let mut pages: Vec<(String, String)> = Vec::new();
    for lang in SAMPLE_LANGS {
        for chart in all(lang) {
            let mut html = String::from(head);
            for (i, &(w, dpr, font)) in sizes.iter().enumerate() {
                let theme = if i == 2 { Theme::Dark } else { Theme::Light };
                let (lo, hi) = luyuan::charts::view::reserve(&chart);
                let mut h = (w / lo).max(hi * font).round();
                let mut r = render_svg(
                    &chart,
                    &vp(w, h, dpr, font),
                    theme,
                    None,
                    &[],
                    None,
                    &ApproxMeasure,
                );
                // As the page does: grow the box to what the labels need.
                if let Err(luyuan::charts::ChartError::DoesNotFit {
                    need_css_height, ..
                }) = r
                {
                    h = need_css_height;
                    r = render_svg(
                        &chart,
                        &vp(w, h, dpr, font),
                        theme,
                        None,
                        &[],
                        None,
                        &ApproxMeasure,
                    );
                }
                let (layout, svg) =
                    r.unwrap_or_else(|e| panic!("{} {lang:?} {w}@{dpr} {font}px: {e}", chart.id));
                let svg = svg.replacen(
                    "<svg ",
                    &format!(
                        "<svg style=\"width:{w}px;height:{h}px\" viewBox=\"0 0 {} {}\" ",
                        layout.width, layout.height
                    ),
                    1,
                );
                html.push_str(&format!("<figure><figcaption>{} {} {w}×{h} dpr {dpr} font {font}</figcaption>{svg}</figure>\n", chart.id, lang.tag()));
            }
            pages.push((format!("{}-{}", chart.id, lang.tag()), html));
        }
    }
    if let Ok(dir) = std::env::var("CHARTS_GALLERY") {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, html) in pages {
            std::fs::write(format!("{dir}/{name}.html"), html).unwrap();
        }
    }
}
