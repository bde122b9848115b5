//! Sharing the link: the system share sheet where there is one, else the clipboard (else
//! the link shown to copy by hand). The link is `share::link`'s: the language's page at the
//! reader's step, or inside an embed the host's page.

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::say;
use crate::client::js::{method, navigator, object, settle};
use crate::share::link::share_link;
use crate::state::{HostNote, StoryState};
use crate::ui_text::{ui, Ui};

/// The page's canonical address, absolute (`<link rel="canonical">`, resolved by the browser).
fn canonical() -> Option<String> {
    let link = document().query_selector("link[rel=canonical]").ok()??;
    Reflect::get(&link, &JsValue::from_str("href"))
        .ok()?
        .as_string()
}

/// The absolute address of a file beside the story's pages (the loader, for the snippet).
pub fn sibling_url(file: &str) -> Option<String> {
    let page = canonical()?;
    let dir = &page[..page.rfind('/')? + 1];
    Some(format!("{dir}{file}"))
}

/// The link to share for `anchor` (a step or chapter id), or the reader's step.
pub fn link(state: StoryState, anchor: Option<&str>) -> String {
    let anchor = anchor.or(state.active_step_id());
    let host = if state.embed {
        state.host_page.with_untracked(|h| h.url.clone())
    } else {
        None
    };
    share_link(&canonical().unwrap_or_default(), anchor, host.as_deref())
}

/// Tells the host page (embed pages) that the reader shared.
pub fn tell_host(
    state: StoryState,
    what: &'static str,
    method: &'static str,
    chart: Option<String>,
) {
    state.tell_host(HostNote::Share {
        what,
        method,
        chart,
    });
}

/// The share button: Web Share where there is one, else the clipboard.
pub fn share_page(state: StoryState, status: Option<Element>) {
    let lang = state.lang;
    let url = link(state, None);
    let nav = navigator();
    if let Some(share) = method(&nav, "share") {
        let data = object(&[
            ("title", state.story.title.get(lang).into()),
            ("url", url.as_str().into()),
        ]);
        if let Ok(p) = share.call1(&nav, &data) {
            settle(
                p,
                Box::new(move |_| tell_host(state, "link", "share", None)),
                Box::new(|_| {}),
            );
            return;
        }
    }
    copy_then(
        url,
        ui(lang, Ui::LinkCopied),
        ui(lang, Ui::CopyThisLink),
        status,
        Box::new(move || tell_host(state, "link", "copy", None)),
    );
}

/// Copies `text`, says `done` in the status line and runs `then`; where the clipboard
/// refuses (or there is none), shows `fallback` and the text to copy by hand.
pub fn copy_then(
    text: String,
    done: &'static str,
    fallback: &'static str,
    status: Option<Element>,
    then: Box<dyn FnOnce()>,
) {
    let nav = navigator();
    let clipboard = Reflect::get(&nav, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let shown = format!("{fallback}{text}");
    match method(&clipboard, "writeText")
        .and_then(|f| f.call1(&clipboard, &JsValue::from_str(&text)).ok())
    {
        Some(p) => {
            let s2 = status.clone();
            settle(
                p,
                Box::new(move |_| {
                    say(status, done.to_owned());
                    then();
                }),
                Box::new(move |_| say(s2, shown)),
            )
        }
        // No clipboard (an old browser, or not allowed): show the text to copy by hand.
        None => say(status, shown),
    }
}
