//! The active step in the URL's hash (`replaceState`, no history entries), written once the
//! reader settles: Safari allows only 100 `replaceState` calls in 30 seconds.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

#[derive(Default)]
pub struct HashWriter {
    timer: Option<TimeoutHandle>,
}

impl HashWriter {
    /// Writes `#id` (or no hash, for no step) 300 ms from now, unless called again before.
    pub fn write_later(&mut self, id: Option<&'static str>) {
        if let Some(t) = self.timer.take() {
            t.clear();
        }
        self.timer = set_timeout_with_handle(move || write(id), Duration::from_millis(300)).ok();
    }
}

fn write(id: Option<&str>) {
    let w = window();
    let Ok(history) = w.history() else { return };
    let location = w.location();
    let url = match id {
        Some(id) => format!("#{id}"),
        None => format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        ),
    };
    if location.hash().unwrap_or_default() != url {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
