//! One frame of a chart: the backing store sized, the tween's values drawn for now, the
//! figure's state (`drawn`, which puts the canvas in its static picture's place, or
//! `fallback` with the table); and a layout ahead of the first.

use plotters::drawing::IntoDrawingArea;
use wasm_bindgen::JsValue;

use super::{now, size_canvas, slow, ApproxMeasure, ChartCanvas, Inner};
use crate::charts::view::parts;
use crate::charts::ChartError;

impl Inner {
    pub(super) fn set_state(&self, s: &str) {
        let _ = self.figure.set_attribute("data-state", s);
        // A table shown (and scrolling) in the box takes keyboard focus (WCAG 2.1.1).
        if let Ok(Some(table)) = self.figure.query_selector(&format!(".{}", parts::TABLE)) {
            let _ = if s == "fallback" {
                table.set_attribute("tabindex", "0")
            } else {
                table.remove_attribute("tabindex")
            };
        }
    }

    /// One frame; `true` while more are needed. A hidden chart is not drawn.
    pub(super) fn frame(&mut self) -> bool {
        let Some(vp) = self.vp.filter(|_| !self.hidden) else {
            return false;
        };
        size_canvas(&self.canvas, &vp);
        if std::mem::take(&mut self.fresh) && self.tween_in && !self.reduced {
            self.state.tween_in(now());
        }
        if self.reduced || slow::device() {
            self.state.finish();
        }
        let started = now();
        let Some(backend) = ChartCanvas::new(&self.canvas) else {
            self.set_state("fallback");
            return false;
        };
        let area = backend.into_drawing_area();
        let (theme, focus, active) = (self.theme, self.focus.clone(), self.active);
        match self
            .state
            .paint(&area, vp, &ApproxMeasure, theme, &focus, active, now())
        {
            Ok(more) => {
                self.draws += 1;
                self.set_state("drawn");
                if more && slow::frame(now() - started) {
                    // Too slow to animate: the next frame draws the end.
                    self.state.finish();
                }
                more
            }
            Err(ChartError::DoesNotFit {
                need_css_height, ..
            }) if need_css_height.is_finite()
                && need_css_height > vp.css_height + 1.0
                && need_css_height < 4.0 * vp.css_height.max(200.0) =>
            {
                // Grow the box once to what the labels need (rare: very large text on a
                // narrow phone); the resize observer then redraws.
                let _ = self
                    .boxel
                    .style()
                    .set_property("min-height", &format!("{need_css_height}px"));
                false
            }
            Err(e) => {
                self.set_state("fallback");
                web_sys::console::warn_1(&JsValue::from_str(&e.to_string()));
                false
            }
        }
    }

    /// Lays the chart out ahead, so that its first frame only draws (a hidden chart of a
    /// graphic has its box, the same as the one on view).
    pub(super) fn warm(&mut self) {
        if let Some(vp) = self.vp {
            let _ = self.state.layout(vp, &ApproxMeasure);
        }
    }
}
