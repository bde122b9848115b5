//! The chart box: how large a chart is on the story's page, from the page's size, by rules
//! known at build time; and the two design sizes the build draws every chart at (its static
//! pictures). The stylesheets follow these rules (`style/charts.css`'s custom properties,
//! checked by `tests/page_constants.rs`), so the build draws a chart for the box a reader
//! sees, and the tests lay every chart out in it.
//!
//! - **Phone** (narrower than [`DESKTOP_MIN`]): the graphic's width less its padding
//!   ([`PHONE_PAD`]), and [`PHONE_RATIO`] as tall as wide but at least [`PHONE_MIN_REM`], the
//!   same for every chart, so the sticky graphic keeps its height while the steps change its
//!   chart (359 × 272 CSS px on a 375 × 667 phone, 304 × 272 on a 320 × 568 one). In landscape or on a tablet the height is capped at [`PHONE_CAP_VH`] %
//!   of the viewport and [`PHONE_CAP_REM`] rem, and the width follows (same proportions).
//! - **Desktop**: the width of the graphic's column, at most [`DESKTOP_MAX`]; the height the
//!   chart's proportions give (its kind's reserve, as laid out in the 1280 × 800 design page,
//!   written exactly into the figure's `--chart-ar`), at least its minimum, at most the
//!   viewport's height less [`DESKTOP_CAP`] (the top bar, the caption and the button).
//!
//! The design sizes are [`chart_box`] at 375 × 667 and 1280 × 800; at other sizes the static
//! picture shows scaled uniformly (letterboxed where a short window caps a desktop box),
//! until the live canvas takes over.

use super::kinds;
use super::spec::ChartData;
use super::tween::fixed;
use super::viewport::Viewport;
use crate::lang::Lang;

/// Viewports at least this wide (CSS px) lay the story out for the desktop.
pub const DESKTOP_MIN: f64 = 900.0;
/// A phone's chart box: height = this × width.
pub const PHONE_RATIO: f64 = 0.75;
/// … and at least this tall (rem; capped as below): four long English figures, each whole on
/// its line, on a 320 px phone.
pub const PHONE_MIN_REM: f64 = 17.0;
/// The phone graphic's padding on each side (CSS px, 0.5 rem).
pub const PHONE_PAD: f64 = 8.0;
/// A phone box is at most this share of the viewport's height (%)…
pub const PHONE_CAP_VH: f64 = 50.0;
/// … and at most this tall (rem).
pub const PHONE_CAP_REM: f64 = 30.0;
/// The desktop chart's widest (CSS px, 46 rem).
pub const DESKTOP_MAX: f64 = 736.0;
/// A desktop box is at most the viewport's height less this (CSS px): the top bar (52 px),
/// the caption and the button (9 rem).
pub const DESKTOP_CAP: f64 = 52.0 + 144.0;
/// The root font size the rules assume (CSS px).
pub const FONT_PX: f64 = 16.0;
/// The device pixel ratio the static pictures are laid out at: a phone's, and a laptop's.
pub const DPR: f64 = 2.0;

/// The chart box (CSS px) on a page of `vw` × `vh` CSS px at 100 % text.
pub fn chart_box(chart: &ChartData, vw: f64, vh: f64) -> (f64, f64) {
    if vw < DESKTOP_MIN {
        let cap = (vh * PHONE_CAP_VH / 100.0).min(PHONE_CAP_REM * FONT_PX);
        let w = (vw - 2.0 * PHONE_PAD).min(cap / PHONE_RATIO);
        (w, (w * PHONE_RATIO).max(PHONE_MIN_REM * FONT_PX).min(cap))
    } else {
        let w = desktop_width(vw);
        let (dw, dh) = desktop_design_box(chart);
        let min = kinds::of(chart.kind).reserve(chart).1 * FONT_PX;
        let cap = vh - DESKTOP_CAP;
        (w, (w * dh / dw).max(min.min(cap)).min(cap))
    }
}

/// The graphic's column on a desktop page `vw` wide: the story's grid (84 rem at most, 2 rem
/// padding, a 26 rem text column, a 2 rem gap), at most [`DESKTOP_MAX`].
fn desktop_width(vw: f64) -> f64 {
    let column = (vw.min(1344.0) - 64.0 - 416.0 - 32.0).max(0.0);
    column.min(DESKTOP_MAX)
}

/// The desktop box in the 1280 × 800 design page, whole CSS px: the kind's proportions,
/// at least its minimum, at most the cap.
fn desktop_design_box(chart: &ChartData) -> (f64, f64) {
    let (vw, vh) = Design::Desktop.page();
    let w = desktop_width(vw);
    let (ar, min_rem) = kinds::of(chart.kind).reserve(chart);
    (
        w,
        (w / ar)
            .max(min_rem * FONT_PX)
            .min(vh - DESKTOP_CAP)
            .round(),
    )
}

/// The figure's `style`: the desktop box's exact proportions (`736/491`, so the box in the
/// browser is the design box to the pixel) and its minimum height (see style/charts.css;
/// the phone box's proportions are the same for every chart).
pub fn box_style(chart: &ChartData) -> String {
    let (w, h) = desktop_design_box(chart);
    let min_rem = kinds::of(chart.kind).reserve(chart).1;
    let min = fixed((min_rem * 10.0).round() as u64, 1);
    format!("--chart-ar:{w}/{h};--chart-min:{min}rem")
}

/// One of the two layouts of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Design {
    Phone,
    Desktop,
}

impl Design {
    pub const ALL: [Design; 2] = [Design::Phone, Design::Desktop];

    pub fn name(self) -> &'static str {
        match self {
            Design::Phone => "phone",
            Design::Desktop => "desktop",
        }
    }

    /// The page size (CSS px) whose chart box is this layout's design size.
    pub fn page(self) -> (f64, f64) {
        match self {
            Design::Phone => (375.0, 667.0),
            Design::Desktop => (1280.0, 800.0),
        }
    }

    /// The media query under which the page has this layout, for a `<picture>`'s
    /// `<source>`; the phone's picture is the fallback `<img>`, so it needs none.
    pub fn media(self) -> Option<String> {
        match self {
            Design::Phone => None,
            Design::Desktop => Some(format!("(min-width: {DESKTOP_MIN}px)")),
        }
    }
}

/// The file of a chart's static picture in a language and layout, relative to the pages
/// (so the story works at any sub-path). The one place its name is made.
pub fn static_src(chart_id: &str, lang: Lang, design: Design) -> String {
    format!(
        "charts/{chart_id}-{}-{}.svg",
        lang.tag().to_ascii_lowercase(),
        design.name()
    )
}

/// The viewport a chart is laid out for at its design size: the box at [`DPR`] and the
/// default text size; its CSS size is the one the browser reports for that box (whole
/// device pixels, as a resize observer gives them).
pub fn design_viewport(chart: &ChartData, design: Design) -> Viewport {
    let (vw, vh) = design.page();
    let (w, h) = chart_box(chart, vw, vh);
    let device = |css: f64| (css * DPR).round() / DPR;
    Viewport::new(device(w), device(h), DPR, FONT_PX)
}

/// The custom properties of `style/charts.css`'s `:root` that copy these rules (name,
/// value), for the test that keeps them equal.
pub fn css_properties() -> Vec<(&'static str, String)> {
    vec![
        ("--chart-phone-ratio", format!("{PHONE_RATIO}")),
        ("--chart-phone-min", format!("{PHONE_MIN_REM}rem")),
        (
            "--chart-phone-cap",
            format!("min({PHONE_CAP_VH}vh, {PHONE_CAP_REM}rem)"),
        ),
        (
            "--chart-desktop-max",
            format!("{}rem", DESKTOP_MAX / FONT_PX),
        ),
        (
            "--chart-desktop-gap",
            format!("{}rem", (DESKTOP_CAP - 52.0) / FONT_PX),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_375_by_667_phone_has_a_359_by_272_box() {
        let chart = ChartData::new("x", crate::model::ChartKind::Hbars, Lang::EN, "", vec![]);
        let (w, h) = chart_box(&chart, 375.0, 667.0);
        assert_eq!((w, h.round()), (359.0, 272.0));
        let vp = design_viewport(&chart, Design::Phone);
        assert_eq!((vp.css_width, vp.css_height), (359.0, 272.0));
    }

    #[test]
    fn landscape_caps_the_height_and_keeps_the_ratio() {
        let chart = ChartData::new("x", crate::model::ChartKind::Hbars, Lang::EN, "", vec![]);
        let (w, h) = chart_box(&chart, 667.0, 375.0);
        assert!((h - 187.5).abs() < 1e-9, "{h}");
        assert!((h / w - PHONE_RATIO).abs() < 1e-9);
    }

    #[test]
    fn file_names_are_relative_and_name_id_language_and_layout() {
        assert_eq!(
            static_src("sample-gdp", Lang::ZH_HANT, Design::Phone),
            "charts/sample-gdp-zh-hant-phone.svg"
        );
        assert_eq!(
            static_src("sample-gdp", Lang::EN, Design::Desktop),
            "charts/sample-gdp-en-desktop.svg"
        );
    }
}
