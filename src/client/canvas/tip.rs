//! The tooltip's DOM: its three lines for an item, placed beside the item's anchor.

use web_sys::HtmlElement;

use crate::charts::tooltip::{place_tip, TipText};

/// Fills the tooltip with `t` and places it at `anchor` inside a box of `bounds` (CSS px).
pub fn show_tip(
    tip: &HtmlElement,
    t: TipText,
    anchor: Option<(f64, f64)>,
    bounds: Option<(f64, f64)>,
) {
    tip.set_text_content(None);
    let doc = leptos::prelude::document();
    for (class, text) in [
        ("chart-tip-label", t.label),
        ("chart-tip-value", t.display),
        ("chart-tip-detail", t.detail),
    ] {
        if text.is_empty() {
            continue;
        }
        if let Ok(el) = doc.create_element("span") {
            el.set_class_name(class);
            el.set_text_content(Some(&text));
            let _ = tip.append_child(&el);
        }
    }
    tip.set_hidden(false);
    if let (Some(a), Some(bounds)) = (anchor, bounds) {
        let size = (
            f64::from(tip.offset_width()),
            f64::from(tip.offset_height()),
        );
        let (x, y) = place_tip(a, size, bounds, 8.0);
        let st = tip.style();
        let _ = st.set_property("left", &format!("{x}px"));
        let _ = st.set_property("top", &format!("{y}px"));
    }
}
