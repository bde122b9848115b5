//! Embed pages: each chapter's graphic kept in the host's viewport by a transform (what
//! `position: sticky` cannot do from inside an iframe as tall as its content), step heights
//! that follow the host's viewport (`--host-vh`), and the step of the URL's hash, to scroll
//! the host to once the story is laid out for it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::state::{StepRef, StoryState};
use crate::story::chapter::parts;
use crate::story::engine::{self, StepLayout};

/// A graphic kept in view by hand: its top without the offset, its height and the bottom
/// of its chapter's steps, in document coordinates.
struct Pin {
    graphic: HtmlElement,
    top: f64,
    height: f64,
    end: f64,
}

pub struct Pins {
    state: StoryState,
    pins: Vec<Pin>,
    /// The step of the URL's hash, until the host has been asked to scroll there.
    pending_step: Option<usize>,
    /// The host's viewport size the layout is for (`--host-vh`).
    host_size: Option<(f64, f64)>,
    /// The steps were last measured with the page shown as a story (not as an article).
    story_layout: bool,
}

impl Pins {
    pub fn new(state: StoryState, steps: &[StepRef]) -> Pins {
        let hash = window().location().hash().unwrap_or_default();
        let pending_step = state
            .embed
            .then(|| {
                steps
                    .iter()
                    .position(|s| hash.strip_prefix('#') == Some(s.id))
            })
            .flatten();
        Pins {
            state,
            pins: Vec::new(),
            pending_step,
            host_size: None,
            story_layout: false,
        }
    }

    /// Each chapter's graphic, measured without the offset it is drawn at, with the page
    /// shown as a story (`story_mode`) or not.
    pub fn measure(&mut self, scroll_y: f64, story_mode: bool) {
        self.story_layout = story_mode;
        let Ok(boxes) = document().query_selector_all(&format!(".{}", parts::SCROLLY)) else {
            self.pins.clear();
            return;
        };
        self.pins = (0..boxes.length())
            .filter_map(|i| {
                let scrolly = boxes.item(i)?.dyn_into::<web_sys::Element>().ok()?;
                let graphic = scrolly
                    .query_selector(&format!(".{}", parts::GRAPHIC))
                    .ok()??
                    .dyn_into::<HtmlElement>()
                    .ok()?;
                let r = scrolly.get_bounding_client_rect();
                let top = r.top() + scroll_y;
                Some(Pin {
                    top: top + f64::from(graphic.offset_top()),
                    height: f64::from(graphic.offset_height()),
                    end: top + r.height(),
                    graphic,
                })
            })
            .collect();
    }

    /// Follows the host's view (`width`, `height`, `scroll_y`): step heights, graphics in
    /// view (not while read as an article). Returns where to ask the host to scroll, once
    /// the steps were measured as a story, for a link to a step.
    pub fn follow(&mut self, view: Option<(f64, f64, f64)>, layout: &StepLayout) -> Option<f64> {
        let story_view = view.filter(|_| !self.state.article.get_untracked());
        for pin in &self.pins {
            let offset = story_view.map_or(0.0, |(width, _, scroll_y)| {
                let inset = if width >= 900.0 { 16.0 } else { 0.0 };
                engine::pinned_offset(pin.top, pin.height, pin.end, scroll_y, inset)
            });
            let style = pin.graphic.style();
            if offset > 0.0 {
                let _ = style.set_property("transform", &format!("translateY({offset:.1}px)"));
            } else {
                let _ = style.remove_property("transform");
            }
        }
        // A link to a step: once the host's viewport is known and the story laid out for
        // it, the host is asked to scroll there.
        let story_layout = self.story_layout;
        let ((width, height, _), i) = (view?, self.pending_step.filter(|_| story_layout)?);
        self.pending_step = None;
        let ratio = engine::trigger_ratio(width, height, layout.graphic_bottom);
        engine::scroll_to_step(layout, i, height, ratio)
    }

    /// The step heights follow the host's viewport (`--host-vh`), steady while only a
    /// phone's address bar comes and goes. `true` when that re-laid out the story (measure
    /// again: a resize observer would, but not in an iframe out of view).
    pub fn host_layout(&mut self) -> bool {
        let host = self
            .state
            .host_view
            .get_untracked()
            .map(|v| (v.width, v.height));
        let size = engine::stable_viewport(self.host_size, host);
        if size == self.host_size {
            return false;
        }
        self.host_size = size;
        let html = document()
            .document_element()
            .and_then(|h| h.dyn_into::<HtmlElement>().ok());
        if let (Some(html), Some((_, h))) = (html, size) {
            let _ = html
                .style()
                .set_property("--host-vh", &format!("{}px", h.round()));
        }
        true
    }
}
