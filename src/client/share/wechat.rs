//! WeChat's in-app browser has no Web Share and drops blob downloads: there a chart's card
//! is shown full screen, to be saved with a long press. In an embed "full screen" is the
//! part of the iframe in the host's viewport (or around the button), never beyond the
//! story's end.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::share::button::parts;
use crate::state::StoryState;

/// Whether the page runs in WeChat's browser.
pub fn in_wechat() -> bool {
    window()
        .navigator()
        .user_agent()
        .is_ok_and(|ua| ua.contains("MicroMessenger"))
}

/// Shows the card (`src`, a data URL) full screen, `click_y` where the reader tapped.
pub fn show_overlay(state: StoryState, src: &str, title: &str, click_y: f64) {
    let doc = document();
    let Some(overlay) = doc.get_element_by_id(parts::CARD_OVERLAY) else {
        return;
    };
    if state.embed {
        let doc_h = doc
            .document_element()
            .map_or(0.0, |e| e.get_bounding_client_rect().height());
        let (top, height) = match state.host_view.get_untracked() {
            Some(v) => ((-v.top).max(0.0), v.height),
            None => ((click_y - 320.0).max(0.0), 640.0),
        };
        let height = height.min(doc_h);
        let top = top.min(doc_h - height).max(0.0);
        if let Some(el) = overlay.dyn_ref::<HtmlElement>() {
            let style = el.style();
            let _ = style.set_property("position", "absolute");
            let _ = style.set_property("top", &format!("{top}px"));
            let _ = style.set_property("bottom", "auto");
            let _ = style.set_property("height", &format!("{height}px"));
        }
    }
    if let Ok(Some(img)) = overlay.query_selector("img") {
        let _ = img.set_attribute("src", src);
        let _ = img.set_attribute("alt", title);
    }
    let _ = overlay.remove_attribute("hidden");
    if let Some(close) = overlay
        .query_selector(&format!(".{}", parts::CARD_CLOSE))
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        let _ = close.focus();
    }
}

pub fn close_overlay() {
    let Some(overlay) = document().get_element_by_id(parts::CARD_OVERLAY) else {
        return;
    };
    let _ = overlay.set_attribute("hidden", "");
    if let Ok(Some(img)) = overlay.query_selector("img") {
        let _ = img.remove_attribute("src");
    }
}
