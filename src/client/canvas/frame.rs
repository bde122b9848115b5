//! One frame of a chart: the frame's shapes recorded (the tween's values for now), then
//! played onto the canvas, whole when the chart is on screen, a slice of a frame at a time
//! when it is drawn ahead (`slice.rs`); the figure's state (`drawn`, which puts the canvas
//! in its static picture's place, once a drawing is whole, or `fallback` with the table).

use plotters::drawing::IntoDrawingArea;
use wasm_bindgen::JsValue;

use super::{now, size_canvas, slice, slow, ApproxMeasure, ChartCanvas, Inner};
use crate::charts::record::{replay, Colour, Recorder, Shape};
use crate::charts::view::parts;
use crate::charts::{ChartError, Viewport};

/// Where a recorded frame is played.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Target {
    /// The chart's own canvas (a chart off screen or hidden, or drawn whole).
    Canvas,
    /// The back buffer, copied onto the canvas once whole (a chart on screen, redrawn a
    /// slice at a time on a slow device).
    Back,
}

/// A recorded frame being played onto the canvas.
pub(super) struct Replay {
    shapes: Vec<(Shape, Colour)>,
    next: usize,
    target: Target,
    /// The tween needs frames after this one.
    more: bool,
    /// The chart's inputs it was recorded from (`Inner::version`).
    version: u64,
}

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

    /// One frame, drawn whole (its own frames: a chart on screen, or being shown); `true`
    /// while a tween needs more.
    pub(super) fn frame(&mut self) -> bool {
        let Some(vp) = self.vp else {
            return false;
        };
        let visible = !self.hidden && self.on_screen;
        if self.replay.is_none() {
            self.start_tween(visible);
            if !self.stale() && !self.state.animating(now()) {
                // The canvas already shows this (a chart drawn ahead, now shown).
                return false;
            }
            if !self.record_frame(vp, visible) {
                return false;
            }
        }
        if let Some(r) = self.replay.as_mut().filter(|r| r.target == Target::Back) {
            // Begun on the back buffer: played whole onto the canvas instead.
            (r.next, r.target) = (0, Target::Canvas);
        }
        self.play(vp, visible, f64::INFINITY)
    }

    /// Whether a redraw on screen goes through the back buffer, a slice at a time: on a slow
    /// device, for a chart whose canvas already shows a drawing (one that still shows its
    /// static picture is drawn on its canvas: the picture stands until the drawing is whole).
    pub(super) fn redraw_ahead(&self) -> bool {
        slow::device() && self.shows_drawing && self.on_screen && !self.hidden
    }

    /// The canvas does not show what the chart shows now at rest (or a drawing of it is
    /// under way, or it shows a frame of a tween).
    pub(super) fn stale(&self) -> bool {
        self.replay.is_some() || self.painted != Some(self.version)
    }

    /// Draws ahead (off screen or hidden) until `until`, at rest; `true` once the canvas
    /// shows what the chart shows now (or nothing can be drawn).
    pub(super) fn ahead(&mut self, until: f64) -> bool {
        let Some(vp) = self.vp else {
            return true;
        };
        if self.replay.is_none() {
            self.start_tween(false);
            if !self.stale() {
                return true;
            }
            if !self.record_frame(vp, false) {
                return true;
            }
            if self.redraw_ahead() {
                if let Some(r) = self.replay.as_mut() {
                    r.target = Target::Back;
                }
            }
        }
        self.play(vp, false, until);
        self.replay.is_none()
    }

    /// Records the frame to play; `false` (and the failure shown) if it cannot be drawn.
    fn record_frame(&mut self, vp: Viewport, visible: bool) -> bool {
        match self.record(vp, visible) {
            Ok(r) => {
                self.replay = Some(r);
                true
            }
            Err(e) => {
                self.failed(e, vp);
                false
            }
        }
    }

    /// A chart's first drawing on screen tweens in from its baseline (unless the reader
    /// asked for less motion, or the device is too slow); one first drawn off screen is
    /// at rest when the reader comes to it, as its static picture was.
    fn start_tween(&mut self, visible: bool) {
        if visible {
            if std::mem::take(&mut self.tween_in) && !self.reduced && !slow::device() {
                self.state.tween_in(now());
            }
        } else if !self.hidden {
            self.tween_in = false;
        }
    }

    /// Records this frame's shapes: at rest when off screen, with reduced motion or on a
    /// slow device.
    fn record(&mut self, vp: Viewport, visible: bool) -> Result<Replay, ChartError> {
        if !visible || self.reduced || slow::device() {
            self.state.finish();
        }
        let mut shapes = Vec::new();
        let area = Recorder::new(vp.device_size(), &mut shapes).into_drawing_area();
        let (palette, focus, active) = (self.palette, self.focus.clone(), self.active);
        let more = self
            .state
            .paint(&area, vp, &ApproxMeasure, palette, &focus, active, now())?;
        drop(area);
        Ok(Replay {
            shapes,
            next: 0,
            target: Target::Canvas,
            more,
            version: self.version,
        })
    }

    /// Plays the recorded frame until `until` (whole: infinity); `true` while a tween needs
    /// frames after it (once it is whole).
    fn play(&mut self, vp: Viewport, visible: bool, until: f64) -> bool {
        let Some(mut r) = self.replay.take() else {
            return false;
        };
        let started = now();
        let (w, h) = vp.device_size();
        let back = match r.target {
            Target::Back => slice::back_buffer(w, h),
            Target::Canvas => None,
        };
        if r.next == 0 && back.is_none() {
            size_canvas(&self.canvas, &vp);
        }
        let Some(mut backend) = ChartCanvas::new(back.as_ref().unwrap_or(&self.canvas)) else {
            self.set_state("fallback");
            return false;
        };
        while r.next < r.shapes.len() && now() < until {
            if let Err(e) = replay(&mut backend, &r.shapes[r.next]) {
                self.failed(ChartError::Draw(e.to_string()), vp);
                return false;
            }
            r.next += 1;
        }
        if r.next < r.shapes.len() {
            self.replay = Some(r);
            return false;
        }
        if let Some(back) = &back {
            size_canvas(&self.canvas, &vp);
            let (w, h) = (f64::from(w), f64::from(h));
            let copied = super::paint::context(&self.canvas).map(|ctx| {
                ctx.draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                    back, 0.0, 0.0, w, h, 0.0, 0.0, w, h,
                )
            });
            if !matches!(copied, Some(Ok(()))) {
                self.set_state("fallback");
                return false;
            }
        }
        self.draws += 1;
        self.shows_drawing = true;
        // Only a frame at rest is the chart's state; a tween's frame leaves it stale.
        self.painted = (!r.more).then_some(r.version);
        self.set_state("drawn");
        if r.more && visible && slow::frame(now() - started) {
            // Too slow to animate: the next frame draws the end.
            self.state.finish();
        }
        r.more
    }

    /// A frame that could not be drawn: the box grows once to what the labels need (rare:
    /// very large text on a narrow phone; the resize observer then redraws), or the figure
    /// shows its table.
    fn failed(&mut self, e: ChartError, vp: Viewport) {
        match e {
            ChartError::DoesNotFit {
                need_css_height, ..
            } if need_css_height.is_finite()
                && need_css_height > vp.css_height + 1.0
                && need_css_height < 4.0 * vp.css_height.max(200.0) =>
            {
                let _ = self
                    .boxel
                    .style()
                    .set_property("min-height", &format!("{need_css_height}px"));
            }
            e => {
                self.set_state("fallback");
                web_sys::console::warn_1(&JsValue::from_str(&e.to_string()));
            }
        }
    }
}
