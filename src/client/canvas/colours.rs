//! The colours a chart is drawn in: its theme's palette, the more-contrast one when the
//! reader asks for more contrast, or under forced colours (Windows High Contrast) the
//! reader's system colours, read from the computed style of an element styled with them
//! (`.chart-sys` in `style/charts.css`), never hard-coded.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::charts::theme::{Palette, Rgb, SYSTEM_COLOURS};
use crate::charts::Theme;

/// The media queries that change the palette; the glue redraws when either changes.
pub const FORCED: &str = "(forced-colors: active)";
pub const MORE: &str = "(prefers-contrast: more)";

/// The class of the element whose computed colours are the system's (`style/charts.css`).
pub const PROBE: &str = "chart-sys";

fn matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|l| l.matches())
}

/// The palette to draw in now, for the page's `theme`.
pub fn palette(theme: Theme) -> Palette {
    if matches(FORCED) {
        if let Some(p) = system() {
            return p;
        }
    }
    if matches(MORE) {
        return theme.more_contrast();
    }
    theme.palette()
}

/// `rgb(r, g, b)` or `rgba(r, g, b, a)`, as `getComputedStyle` gives a colour.
pub fn parse_rgb(s: &str) -> Option<Rgb> {
    let inner = s.trim().split_once('(')?.1.trim_end_matches(')');
    let mut parts = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(crate::client::js::number);
    let mut c = || {
        parts
            .next()
            .flatten()
            .map(|v| v.round().clamp(0.0, 255.0) as u8)
    };
    Some(Rgb(c()?, c()?, c()?))
}

/// The system colours (`SYSTEM_COLOURS`: Canvas, CanvasText, Highlight, GrayText) as the
/// browser resolves them now.
fn system() -> Option<Palette> {
    let w = web_sys::window()?;
    let doc = w.document()?;
    let probe: HtmlElement = match doc.query_selector(&format!(".{PROBE}")).ok()? {
        Some(el) => el.dyn_into().ok()?,
        None => {
            let el: HtmlElement = doc.create_element("span").ok()?.dyn_into().ok()?;
            el.set_class_name(PROBE);
            el.set_attribute("aria-hidden", "true").ok()?;
            doc.body()?.append_child(&el).ok()?;
            el
        }
    };
    let style = w.get_computed_style(&probe).ok()??;
    // One property per system colour, in SYSTEM_COLOURS' order.
    let props = [
        "background-color",
        "color",
        "border-top-color",
        "border-bottom-color",
    ];
    debug_assert_eq!(props.len(), SYSTEM_COLOURS.len());
    let mut cs = [Rgb(0, 0, 0); 4];
    for (c, p) in cs.iter_mut().zip(props) {
        *c = parse_rgb(&style.get_property_value(p).ok()?)?;
    }
    Some(Palette::system(cs))
}
