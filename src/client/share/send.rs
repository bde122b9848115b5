//! A card's PNG sent on: as a file where Web Share takes files, else downloaded.

use std::time::Duration;

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, Element, HtmlCanvasElement, HtmlElement};

use super::link::tell_host;
use super::say;
use crate::client::js::{method, navigator, object, once_with, settle};
use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// Shares `canvas` as `{slug}-{chart}.png` with the chart's `title` and `url`, or
/// downloads it and says so in `status`.
pub fn send_card(
    state: StoryState,
    canvas: &HtmlCanvasElement,
    chart: String,
    title: String,
    url: String,
    status: Option<Element>,
) {
    let name = crate::share::card::picture_name(&state.story.meta.slug, &chart);
    let on_blob = once_with(Box::new(move |blob: JsValue| {
        let Ok(blob) = blob.dyn_into::<Blob>() else {
            return;
        };
        let nav = navigator();
        if let (Some(file), Some(share)) = (file(&blob, &name), method(&nav, "share")) {
            let data = object(&[
                ("files", Array::of1(&file).into()),
                ("title", title.as_str().into()),
                ("text", format!("{title}\n{url}").into()),
            ]);
            let can = method(&nav, "canShare")
                .and_then(|f| f.call1(&nav, &data).ok())
                .is_some_and(|v| v.is_truthy());
            if can {
                if let Ok(p) = share.call1(&nav, &data) {
                    let (id, blob2, name2) = (chart.clone(), blob.clone(), name.clone());
                    settle(
                        p,
                        Box::new(move |_| tell_host(state, "chart", "share", Some(id))),
                        Box::new(move |e| {
                            // Cancelled by the reader: nothing. Refused (no gesture left): download.
                            let aborted = Reflect::get(&e, &"name".into())
                                .ok()
                                .and_then(|n| n.as_string())
                                .as_deref()
                                == Some("AbortError");
                            if !aborted {
                                download(state, &blob2, &name2, chart, status);
                            }
                        }),
                    );
                    return;
                }
            }
        }
        download(state, &blob, &name, chart, status);
    }));
    let _ = canvas.to_blob(on_blob.unchecked_ref());
}

fn file(blob: &Blob, name: &str) -> Option<JsValue> {
    let ctor: Function = Reflect::get(&window(), &"File".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args = Array::of3(
        &Array::of1(blob),
        &JsValue::from_str(name),
        &object(&[("type", "image/png".into())]),
    );
    Reflect::construct(&ctor, &args).ok()
}

fn download(state: StoryState, blob: &Blob, name: &str, chart: String, status: Option<Element>) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    if let Ok(a) = a.dyn_into::<HtmlElement>() {
        a.click();
    }
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    say(status, ui(state.lang, Ui::ImageDownloaded).to_owned());
    tell_host(state, "chart", "download", Some(chart));
}
