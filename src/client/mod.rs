//! The browser side (`hydrate` only): the glue between the prerendered page and the
//! browser. The page is prerendered whole; here only its islands hydrate (`islands.rs`),
//! and the glue starts: how the story is shown (`display.rs`), the step engine
//! (`scroll/`), the charts' canvases (`canvas/`), sharing (`share/`), an embed page's host
//! (`embed.rs`), on the hooks of `hooks/`. A chart's own page starts less: its chart, its
//! settings and the embed glue (`chart_page.rs`). Its pieces never call into each other: they talk
//! through the signals of `StoryState`. The article's text is never rebuilt in the browser:
//! that keeps start-up short on a slow phone.

pub mod canvas;
mod chart_page;
mod count_up;
mod display;
mod embed;
pub mod hooks;
mod islands;
mod js;
mod scroll;
mod share;

use leptos::prelude::*;

use crate::app::bars::{EmbedBar, TopBar};
use crate::app::islands::ids;
use crate::lang::Lang;
use crate::model;
use crate::state::StoryState;
use crate::story::announce::Announcer;
use crate::story::hero::KeyFigures;
use crate::story::suggest::LangSuggest;
use count_up::use_count_up;
use islands::island;

pub use chart_page::start as start_chart;

/// Runs `start` once the page's data file has arrived: `boot.js` fetches it beside the
/// app's script and wasm and leaves the promise of its text on `window.storyData`. When it
/// fails, `boot.js` shows the plain article; without it, the start fails here.
pub fn with_data(start: Box<dyn FnOnce()>) {
    let promise = js_sys::Reflect::get(&window(), &"storyData".into()).unwrap_or_default();
    if js::method(&promise, "then").is_none() {
        wasm_bindgen::throw_str("story: the page gave no data file (window.storyData)");
    }
    js::settle(
        promise,
        Box::new(move |text| {
            // A host that answers a missing file with a page of its own: not the build's data.
            if !model::receive(text.as_string().unwrap_or_default()) {
                cannot_start("story: the page's data file is not the one the build wrote");
            }
            start();
        }),
        Box::new(|_| {}),
    );
}

/// Tells `boot.js` that the app cannot start (it shows the plain article and the notice),
/// and stops here: `why` goes to the console as the exception.
pub(crate) fn cannot_start(why: &str) -> ! {
    if let Ok(e) = web_sys::Event::new("story:failed") {
        let _ = document().dispatch_event(&e);
    }
    wasm_bindgen::throw_str(why)
}

/// Stops the start if the page's data did not parse (`model::problems`).
fn data_parsed() {
    if let Some(p) = model::problems().first() {
        cannot_start(&format!("story: {p}"));
    }
}

/// Starts the story on the prerendered page of `lang` (its embed page when `embed`), in
/// slices, a task each (`js::in_slices`), so that no long task holds a slow phone as the
/// reader starts: the story's data, the islands and the glue, the step engine;
/// then the app has started (`started`) and the charts hydrate, one per task. The slices are
/// small because the engine compiles the wasm lazily: the first call of a function compiles
/// it, in the task that calls it, and each slice brings its own code.
pub fn start(lang: Lang, embed: bool) {
    let root = Owner::new_root(None);
    let owner = root.clone();
    std::mem::forget(root);
    // The data is parsed in the first slices, a file each; the state is made in the next.
    let state = std::rc::Rc::new(std::cell::OnceCell::new());
    let get = {
        let state = state.clone();
        move || *state.get().expect("an earlier slice made the state")
    };
    let mut slices = model::parse_in_slices();
    slices.extend::<[Box<dyn FnOnce()>; 10]>([
        Box::new(move || {
            data_parsed();
            let _ = state.set(StoryState::new(lang, model::story(), embed));
        }),
        // The first hydration starts Leptos' executor, which every effect after it needs: the
        // smallest islands first, so that the code all islands share compiles apart from the
        // bar's.
        Box::new({
            let get = get.clone();
            move || island(ids::ANNOUNCER, get(), || view! { <Announcer/> })
        }),
        Box::new({
            let get = get.clone();
            move || island(ids::SUGGEST, get(), || view! { <LangSuggest/> })
        }),
        Box::new({
            let get = get.clone();
            move || {
                let state = get();
                if embed {
                    island(ids::BAR, state, || view! { <EmbedBar/> });
                } else {
                    island(ids::BAR, state, || view! { <TopBar/> });
                }
            }
        }),
        Box::new({
            let get = get.clone();
            move || display::start(get())
        }),
        Box::new({
            let get = get.clone();
            move || {
                let state = get();
                if embed {
                    embed::start(state);
                }
                share::start(state);
            }
        }),
        Box::new({
            let get = get.clone();
            move || {
                let state = get();
                let reduced = state.reduced_motion.get_untracked();
                island(ids::KEY_FIGURES, state, move || {
                    view! { <KeyFigures count=use_count_up(reduced)/> }
                });
            }
        }),
        Box::new({
            let get = get.clone();
            move || scroll::start(get())
        }),
        Box::new({
            let get = get.clone();
            move || islands::show_active(get())
        }),
        Box::new(move || islands::charts(get(), Box::new(started))),
    ]);
    js::in_slices(owner, slices);
}

/// Tells `boot.js` that the app has started (its islands but the charts hydrated, its
/// glue listening): it then marks the page ready and replays a tap it held.
fn started() {
    if let Ok(e) = web_sys::Event::new("story:started") {
        let _ = document().dispatch_event(&e);
    }
}
