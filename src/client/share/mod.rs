//! The glue of sharing, kept thin: one click listener for every share control (found by the
//! class names of `share::button::parts`, see there why one listener), the embed snippets'
//! absolute addresses and their copy buttons (`code.rs`), Escape on the card. What is shared where: the link (`link.rs`), a
//! chart's card (`card.rs`) sent as a file or downloaded (`send.rs`), and WeChat's
//! long-press card (`wechat.rs`). The rules (which link, what the card holds and where) are
//! plain Rust in `share/link.rs`, `share/card.rs` and `story/chapter.rs`.

mod card;
mod code;
mod link;
mod send;
mod wechat;

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::embed::bar::{embed_snippet, CODE, PANEL as STORY_PANEL};
use crate::embed::chart;
use crate::share::button::parts;
use crate::state::StoryState;

/// Starts the glue. Called once, after hydration.
pub fn start(state: StoryState) {
    let doc = document();
    if let (Some(url), Ok(Some(code))) = (
        link::sibling_url("embed.js"),
        doc.query_selector(&format!(".{STORY_PANEL} .{CODE} code")),
    ) {
        code.set_text_content(Some(&embed_snippet(&url, state.lang)));
    }
    let on_click = window_event_listener(leptos::ev::click, move |ev| on_click(state, &ev));
    let on_key = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() == "Escape" {
            wechat::close_overlay();
        }
    });
    on_cleanup(move || {
        on_click.remove();
        on_key.remove();
    });
}

fn on_click(state: StoryState, ev: &web_sys::MouseEvent) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let hit = |class: &str| target.closest(&format!(".{class}")).ok().flatten();
    if let Some(button) = hit(parts::SHARE_LINK) {
        link::share_page(state, status_of(&button));
    } else if let Some(button) = hit(parts::SHARE_CHART) {
        card::share_chart(state, &button, f64::from(ev.page_y()));
    } else if hit(parts::CARD_CLOSE).is_some() {
        wechat::close_overlay();
    } else if let Some(summary) = hit(chart::parts::OPEN) {
        code::fill_chart_snippet(state, &summary);
    } else if let Some(button) = hit(parts::COPY) {
        code::copy(state, &button);
    }
}

/// The status line beside a control.
fn status_of(control: &Element) -> Option<Element> {
    control
        .parent_element()?
        .query_selector(&format!(":scope > .{}", parts::STATUS))
        .ok()?
}

/// Shows `text` in a status line for a few seconds.
fn say(status: Option<Element>, text: String) {
    let Some(status) = status else { return };
    status.set_text_content(Some(&text));
    let _ = status.class_list().add_1("shown");
    set_timeout(
        move || {
            if status.text_content().as_deref() == Some(text.as_str()) {
                status.set_text_content(None);
                let _ = status.class_list().remove_1("shown");
            }
        },
        Duration::from_millis(4000),
    );
}
