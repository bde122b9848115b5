//! The charts before the app: every chart of the story drawn at build time, in its final
//! state, by the kit's own layout and drawing code (`charts::render_static`), as SVG files
//! beside the pages, one per language and layout (`charts::design::static_src`), which each
//! figure shows in a `<picture>` until its canvas is drawn; and the style rules that show,
//! at the first paint, the chart of the step a link opens at (`#economy-2`), before any
//! script (the hash never reaches the server, so the prerendered `.current` chart is each
//! chapter's first).

use crate::charts::design::{design_viewport, static_src, Design};
use crate::charts::{render_static, ApproxMeasure, ChartError};
use crate::lang::Lang;
use crate::model::Story;
use crate::story::chapter::{parts, section_charts};
use crate::story::charts::chart_data;

/// Every static picture of the story: (path relative to the pages, SVG document). Fails,
/// naming the chart, when one does not lay out at its design size.
pub fn static_charts(story: &Story) -> Result<Vec<(String, String)>, ChartError> {
    let mut files = Vec::new();
    for spec in &story.charts {
        for lang in Lang::ALL {
            let chart = chart_data(story, spec, lang);
            for design in Design::ALL {
                let svg = render_static(&chart, &design_viewport(&chart, design), &ApproxMeasure)?;
                files.push((static_src(&chart.id, lang, design), svg));
            }
        }
    }
    Ok(files)
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
