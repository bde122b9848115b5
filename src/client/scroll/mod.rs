//! The step engine in the browser: measures where the steps are (once per layout: on
//! resize, when the story's size changes, when the page switches between story and
//! article), and on scroll asks the pure rule in `story/engine.rs` which step is active.
//! Nothing else listens to scroll. It also keeps the progress bar and the URL hash
//! (`hash.rs`) and the step keys (`keys.rs`).
//!
//! On an embed page the iframe is as tall as the story and never scrolls: the reader's view
//! is the host's viewport (`state.host_view`, which the embed glue sets), the same rule then
//! picks the step, the graphics are kept in view by hand (`pins.rs`), and step keys and
//! links to a step ask the host to scroll (`state.tell_host`).

mod hash;
mod keys;
mod pins;

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::hooks::{use_frames, use_resize_observer, ResizeOptions};
use crate::state::{step_refs, HostNote, Mode, StepRef, StoryState};
use crate::story::chapter::parts;
use crate::story::engine::{self, StepLayout};
use crate::story::nav::PROGRESS_FILL;

struct Engine {
    state: StoryState,
    steps: Vec<StepRef>,
    layout: StepLayout,
    /// The document's height, measured with the steps (reading it per frame forces layout).
    doc_height: f64,
    fill: Option<HtmlElement>,
    /// The hash is left alone until the reader moves: a link to a chapter keeps its hash.
    moved: bool,
    hash: hash::HashWriter,
    /// Embed pages: the graphics kept in view, the host's viewport size laid out for, the
    /// step of the URL's hash.
    pins: pins::Pins,
}

type Shared = Rc<RefCell<Engine>>;

/// Starts the engine for the page's steps. Called once, after hydration.
pub fn start(state: StoryState) {
    let doc = document();
    let fill = doc
        .query_selector(&format!(".{PROGRESS_FILL}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let steps = step_refs(state.story);
    let pins = pins::Pins::new(state, &steps);
    let engine: Shared = Rc::new(RefCell::new(Engine {
        state,
        steps,
        layout: StepLayout::default(),
        doc_height: 0.0,
        fill,
        moved: false,
        hash: hash::HashWriter::default(),
        pins,
    }));
    measure(&engine);
    update(&engine);

    // Scroll: at most one update per frame (the listener is passive: scroll events cannot
    // be cancelled).
    let frames = {
        let engine = engine.clone();
        use_frames(move || {
            engine.borrow_mut().moved = true;
            update(&engine);
            false
        })
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| frames.request());
    // Layout changes (resize, rotation, fonts, text size): measure again.
    let relayout = {
        let engine = engine.clone();
        move || {
            measure(&engine);
            update(&engine);
        }
    };
    let on_resize = window_event_listener(leptos::ev::resize, {
        let relayout = relayout.clone();
        move |_| relayout()
    });
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    if let Some(main) = doc.get_element_by_id(crate::app::MAIN) {
        let relayout = relayout.clone();
        use_resize_observer(
            std::slice::from_ref(&main),
            ResizeOptions::default(),
            move |_| relayout(),
        );
        keys::listen(&main, engine.clone());
    }
    // The page switched between story and article: measure now (a resize observer would
    // too, but not in an iframe out of view, whose rendering browsers pause, and an embed
    // opened at a step must find the step).
    Effect::new(move |previous: Option<Mode>| {
        let mode = state.mode.get();
        if previous.is_some_and(|p| p != mode) {
            relayout();
        }
        mode
    });
    // Embed pages: the host sent its viewport; the story follows.
    Effect::new(move |_| {
        state.host_view.track();
        update(&engine);
    });
}

/// Where the steps are now, in document coordinates.
fn measure(engine: &Shared) {
    let mut e = engine.borrow_mut();
    let doc = document();
    let scroll_y = window().scroll_y().unwrap_or(0.0);
    let tops = e
        .steps
        .iter()
        .map(|s| {
            doc.get_element_by_id(s.id).map_or(f64::MAX, |el| {
                el.get_bounding_client_rect().top() + scroll_y
            })
        })
        .collect();
    // The last step stays active to the end of the page.
    e.layout = StepLayout {
        tops,
        end: f64::INFINITY,
        graphic_bottom: graphic_bottom(e.state.embed),
    };
    e.doc_height = doc
        .document_element()
        .map_or(0.0, |d| d.scroll_height() as f64);
    if e.state.embed {
        let story_mode = e.state.mode.get_untracked() == Mode::Story;
        e.pins.measure(scroll_y, story_mode);
    }
}

/// Phones: how far down the viewport the tallest chapter's graphic reaches when it is held
/// in view (below the top bar on the story's page, at the host viewport's top in an embed).
fn graphic_bottom(embed: bool) -> Option<f64> {
    let (width, _) = viewport();
    if width >= 900.0 {
        return None;
    }
    let graphics = document()
        .query_selector_all(&format!(".{}", parts::GRAPHIC))
        .ok()?;
    (0..graphics.length())
        .filter_map(|i| graphics.item(i)?.dyn_into::<HtmlElement>().ok())
        .map(|g| {
            let top = if embed {
                0.0
            } else {
                window()
                    .get_computed_style(&g)
                    .ok()
                    .flatten()
                    .and_then(|s| s.get_property_value("top").ok())
                    .and_then(|t| super::js::number(t.strip_suffix("px")?))
                    .unwrap_or(0.0)
            };
            top + f64::from(g.offset_height())
        })
        .reduce(f64::max)
}

fn viewport() -> (f64, f64) {
    let num = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let w = window();
    (num(w.inner_width()), num(w.inner_height()))
}

/// The reader's view: the layout's width, the viewport's height and where it starts in the
/// document. On an embed page that is the host's viewport, unknown until the host sends it.
fn view(e: &Engine) -> Option<(f64, f64, f64)> {
    let (width, height) = viewport();
    if e.state.embed {
        let host = e.state.host_view.get_untracked()?;
        Some((width, host.height, host.scroll_y()))
    } else {
        Some((width, height, window().scroll_y().unwrap_or(0.0)))
    }
}

fn update(engine: &Shared) {
    let relaid = {
        let mut e = engine.borrow_mut();
        e.state.embed && e.pins.host_layout()
    };
    if relaid {
        measure(engine);
    }
    let (state, active, moved) = {
        let mut e = engine.borrow_mut();
        let view = view(&e);
        if e.state.embed {
            let Engine { pins, layout, .. } = &mut *e;
            if let Some(y) = pins.follow(view, layout) {
                // After the story's new height (boot.js measures in a timeout too), so the
                // host has the room to scroll there.
                let state = e.state;
                set_timeout(
                    move || state.tell_host(HostNote::Scroll { y }),
                    std::time::Duration::ZERO,
                );
            }
        }
        let active = view.and_then(|(width, height, scroll_y)| {
            let ratio = engine::trigger_ratio(width, height, e.layout.graphic_bottom);
            engine::active_step(&e.layout, scroll_y, height, ratio)
        });
        if let (Some(fill), Some((_, height, scroll_y))) = (&e.fill, view) {
            let p = engine::progress(scroll_y, height, e.doc_height);
            let _ = fill
                .style()
                .set_property("transform", &format!("scaleX({p:.4})"));
        }
        (e.state, active, e.moved && !e.state.embed)
    };
    if state.active.get_untracked() != active {
        state.active.set(active);
        if moved {
            let mut e = engine.borrow_mut();
            let id = active.and_then(|i| e.steps.get(i)).map(|s| s.id);
            e.hash.write_later(id);
        }
    }
}
