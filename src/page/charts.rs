//! The charts before the app: every chart of the story drawn at build time, in its final
//! state, by the kit's own layout and drawing code (`charts::render_static`), as SVG files
//! beside the pages, one per language and layout (`charts::design::static_src`), which each
//! figure shows in a `<picture>` until its canvas is drawn; and the style rules that show,
//! at the first paint, the chart of the step a link opens at (`#economy-2`), before any
//! script (the hash never reaches the server, so the prerendered `.current` chart is each
//! chapter's first).

use std::collections::{hash_map::DefaultHasher, BTreeMap};
use std::hash::{Hash, Hasher};

use crate::charts::design::{design_viewport, static_src, Design};
use crate::charts::record::record;
use crate::charts::{layout, render_static, ApproxMeasure, ChartError, Paint, Theme, Viewport};
use crate::lang::Lang;
use crate::model::{ChartSpec, Story};
use crate::share::card::headline_figure;
use crate::share::font::{CardFonts, GlyphMeasure};
use crate::share::og_image::chart_preview_png;
use crate::share::preview_card::{chart_preview_card, ChartPreviewText};
use crate::story::chapter::{parts, section_charts};
use crate::story::charts::chart_data;

/// Every static picture of the story: (path relative to the pages, SVG document). Fails,
/// naming the chart, when one does not lay out at its design size.
pub fn static_charts(story: &Story) -> Result<Vec<(String, String)>, ChartError> {
    static_charts_changed(story, &mut BTreeMap::new())
}

/// The static pictures that differ from those `drawn` lists (each picture's path and a key
/// of the chart and size it was drawn from), which then lists them all: the preview draws
/// again only what an edit changed.
pub fn static_charts_changed(
    story: &Story,
    drawn: &mut BTreeMap<String, u64>,
) -> Result<Vec<(String, String)>, ChartError> {
    let mut todo = Vec::new();
    for spec in &story.charts {
        for &lang in Lang::published() {
            let chart = chart_data(story, spec, lang);
            for design in Design::ALL {
                let vp = design_viewport(&chart, design);
                let path = static_src(&chart.id, lang, design);
                let mut h = DefaultHasher::new();
                format!("{chart:?}{vp:?}").hash(&mut h);
                let key = h.finish();
                if drawn.get(&path) != Some(&key) {
                    drawn.insert(path.clone(), key);
                    todo.push((path, chart.clone(), vp));
                }
            }
        }
    }
    // A share per core.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = todo.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let drawing: Vec<_> = todo
            .chunks(share)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(path, chart, vp)| {
                            Ok((path.clone(), render_static(chart, vp, &ApproxMeasure)?))
                        })
                        .collect::<Result<Vec<_>, ChartError>>()
                })
            })
            .collect();
        let mut files = Vec::new();
        for d in drawing {
            files.extend(d.join().expect("a thread drawing charts")?);
        }
        Ok(files)
    })
}

/// A chart page's link preview (1200×630 PNG, `og_image::chart_file_name`): the story's
/// name, the chart's title, its figure and the credit beside the chart itself, drawn at rest
/// by the kit, in its phone layout scaled to the card's chart box.
pub fn chart_preview(story: &Story, spec: &ChartSpec, fonts: CardFonts) -> Result<Vec<u8>, String> {
    let lang = fonts.lang;
    let chart = chart_data(story, spec, lang);
    let figure = headline_figure(&chart, &[]);
    let text = ChartPreviewText {
        lang,
        eyebrow: story.meta.site_title.get(lang),
        title: spec.title.get(lang),
        figure: &figure,
        credit: story.meta.credit.get(lang),
    };
    let mut card = chart_preview_card(&text, &GlyphMeasure(fonts));
    let (bx, by, bw, bh) = card.chart.ok_or("no chart box")?;
    let design = design_viewport(&chart, Design::Phone);
    let dpr = (bw / design.css_width).min(bh / design.css_height);
    let vp = Viewport::new(design.css_width, design.css_height, dpr, design.font_px);
    let laid = layout(&chart, &vp, &ApproxMeasure).map_err(|e| e.to_string())?;
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let paint = Paint {
        palette: Theme::Light.palette(),
        values: &rest,
        focus: &[],
        active: None,
    };
    let shapes = record(&chart, &laid, &paint).map_err(|e| e.to_string())?;
    // Centred in its box.
    let (w, h) = (f64::from(laid.width), f64::from(laid.height));
    card.chart = Some((bx + (bw - w) / 2.0, by + (bh - h) / 2.0, w, h));
    chart_preview_png(&card, &shapes, fonts)
}

/// Before the app runs (`<html>` has no `data-app` yet), a step that is the URL's target
/// shows its chart in its chapter's graphic instead of the chapter's first: one rule per
/// chart of a graphic. The app's step engine then takes over (`.current`).
pub fn target_rules(story: &Story) -> String {
    let before_app = ":root:not([data-app])";
    let (scrolly, slot, step) = (parts::SCROLLY, parts::GRAPHIC_SLOT, parts::STEP);
    let mut ids: Vec<&str> = Vec::new();
    for section in &story.sections {
        for id in section_charts(section) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let shown = |tail: &str| {
        ids.iter()
            .map(|id| {
                format!(
                    "{before_app} .{scrolly}:has(.{step}[data-chart=\"{id}\"]:target) .{slot}[data-chart=\"{id}\"]{tail}"
                )
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "<style>{before_app} .{scrolly}:has(.{step}:target) .{slot}.current{{visibility:hidden}}\
         {before_app} .{scrolly}:has(.{step}:target) .{slot}.current .{pic}{{display:none}}\
         {}{{visibility:visible}}{}{{display:block}}</style>",
        shown(""),
        shown(&format!(" .{}", crate::charts::view::parts::STATIC)),
        pic = crate::charts::view::parts::STATIC,
    )
}
