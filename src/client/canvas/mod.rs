//! A chart's canvas in the browser: a [`CanvasChart`] attached to a `<ChartFigure>`'s
//! `<figure>` sizes the canvas (`paint.rs`), draws frames while a tween runs (on plotters'
//! canvas with the kit's text baseline, `backend.rs`), and turns pointer and keys into the
//! active item and its tooltip (`pointer.rs`, `tip.rs`). Every decision is a call into the
//! chart kit (`ChartState`, `hit_test`, `tooltip`, `layout`); the observers are the hooks'.
//!
//! Text is measured as the build measures it ([`ApproxMeasure`], no `measureText`), so a
//! chart is laid out exactly as its static picture: the canvas takes the picture's place
//! with nothing moving. A chart on screen when the app starts is drawn at rest (the reader
//! already sees it), as is one first drawn off screen; one first drawn on screen (a chart
//! of a graphic that a step shows) tweens in from its baseline. Charts near the screen are
//! drawn ahead, a slice of a frame at a time (`slice.rs`), hidden ones behind the chart of
//! their graphic on view too, so that the step that shows one has nothing left to draw.

mod backend;
pub mod colours;
mod frame;
mod paint;
mod pointer;
mod slice;
mod slow;
mod tip;
mod watch;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};

pub use backend::ChartCanvas;
pub use paint::{paint_canvas, paint_layout, size_canvas};

use super::hooks::{use_frames, Frames};
use crate::charts::theme::Palette;
use crate::charts::tooltip::{live_text, tip_text};
use crate::charts::view::{parts, FigureGlue, FigureInputs};
use crate::charts::{hit_test, ApproxMeasure, ChartData, ChartState, Layout, Theme, Viewport};

/// The glue `<ChartFigure>` finds in context: each figure gets its [`CanvasChart`] once it
/// is mounted, and its new inputs whenever they change.
pub const GLUE: FigureGlue = FigureGlue(mount);

fn mount(inputs: FigureInputs) {
    let FigureInputs {
        figure,
        data,
        focus,
        theme,
        reduced_motion,
        hidden,
    } = inputs;
    let chart = StoredValue::new_local(None::<CanvasChart>);
    // Forced colours and more contrast change the palette: the charts redraw in it.
    let (forced, more) = (
        super::hooks::use_media_query(colours::FORCED),
        super::hooks::use_media_query(colours::MORE),
    );
    // The chart's observers belong to the figure, not to this effect (which runs again).
    let owner = Owner::current();
    Effect::new(move |_| {
        let (d, f, th, rm) = (data.get(), focus.get(), theme.get(), reduced_motion.get());
        let hide = hidden.get();
        let _ = (forced.get(), more.get());
        let Some(fig) = figure.get() else { return };
        chart.update_value(|slot| match slot {
            Some(c) => c.update(d, f, th, rm, hide),
            None => {
                let attach = || CanvasChart::attach(&fig, d, f, th, rm, hide);
                *slot = match &owner {
                    Some(o) => o.with(attach),
                    None => attach(),
                };
            }
        });
    });
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn find<T: JsCast>(root: &HtmlElement, class: &str) -> Option<T> {
    root.query_selector(&format!(".{class}"))
        .ok()??
        .dyn_into()
        .ok()
}

struct Inner {
    figure: HtmlElement,
    boxel: HtmlElement,
    canvas: HtmlCanvasElement,
    tip: Option<HtmlElement>,
    live: Option<HtmlElement>,
    ruler: Option<HtmlElement>,
    state: ChartState,
    focus: Vec<usize>,
    /// The colours drawn with: the theme's, its more-contrast one, or the system's.
    palette: Palette,
    reduced: bool,
    /// Exact device-pixel size from the resize observer, when the browser reports it.
    device: Option<(u32, u32)>,
    vp: Option<Viewport>,
    active: Option<usize>,
    draws: u32,
    /// Near the viewport: charts far away wait to be drawn, so start-up draws none of the
    /// story's 44 charts that the reader cannot see.
    near: bool,
    /// In the viewport (an intersection observer's word: reading the box's place in a
    /// frame would lay the page out again after each chart drawn).
    on_screen: bool,
    /// Not on view (another chart of its graphic is): laid out, not drawn.
    hidden: bool,
    /// Whether its first drawing on screen tweens in (it was not on screen when the app
    /// started, showing its static picture at rest).
    tween_in: bool,
    /// Bumped by every change of what the chart shows (data, focus, theme, viewport...).
    version: u64,
    /// The version the canvas shows at rest, once a drawing of it is whole. A frame of a
    /// tween never sets it: whatever stops the frames (a slow device, a hidden tab, a
    /// skipped frame), the chart stays stale until its state's own figures are drawn.
    painted: Option<u64>,
    /// The canvas shows some drawing (at rest or not) instead of its static picture.
    shows_drawing: bool,
    /// A drawing being played onto the canvas, a slice per frame.
    replay: Option<frame::Replay>,
}

/// What the hooks' callbacks hold: the chart (weakly) and its frames.
#[derive(Clone)]
struct Handle {
    inner: Weak<RefCell<Inner>>,
    frames: Frames,
}

impl Handle {
    /// Runs `f` on the chart; redraws when it returns `true` (what it shows changed: a
    /// drawing under way is dropped).
    fn with(&self, f: impl FnOnce(&mut Inner) -> bool) {
        let redraw = match self.inner.upgrade() {
            Some(rc) => rc
                .try_borrow_mut()
                .map(|mut i| {
                    let changed = f(&mut i);
                    if changed {
                        i.version += 1;
                        i.replay = None;
                    }
                    changed
                })
                .unwrap_or(false),
            None => false,
        };
        if redraw {
            self.schedule();
        }
    }

    /// A drawing: whole in the next frame on screen, a slice at a time off screen or
    /// hidden (`slice.rs`); none far from the viewport (it is drawn once it comes near).
    fn schedule(&self) {
        let (near, visible) = self
            .inner
            .upgrade()
            .and_then(|rc| {
                rc.try_borrow()
                    .ok()
                    .map(|i| (i.near, i.on_screen && !i.hidden && !i.redraw_ahead()))
            })
            .unwrap_or((false, false));
        if visible {
            self.frames.request();
        } else if near {
            slice::enqueue(self);
        }
    }

    /// Draws ahead until `until`; `true` once done (or the chart is gone).
    fn ahead(&self, until: f64) -> bool {
        match self.inner.upgrade() {
            Some(rc) => rc
                .try_borrow_mut()
                .map(|mut i| i.ahead(until))
                .unwrap_or(false),
            None => true,
        }
    }

    /// Reads the viewport again if the chart is near the view (one far away is measured when
    /// it comes near: reading a box's place lays the page out).
    fn remeasure_near(&self) {
        let near = self
            .inner
            .upgrade()
            .and_then(|rc| rc.try_borrow().ok().map(|i| i.near))
            .unwrap_or(false);
        if near {
            self.remeasure();
        }
    }

    /// Reads the viewport again; redraws if it changed.
    fn remeasure(&self) {
        self.with(|i| {
            let vp = paint::read_viewport(&i.boxel, i.ruler.as_ref(), i.device);
            std::mem::replace(&mut i.vp, vp) != vp
        });
    }
}

impl Inner {
    /// Makes item `i` active (or none): tooltip, live text, outline. `true` if it changed.
    fn set_active(&mut self, i: Option<usize>, announce: bool) -> bool {
        if self.active == i {
            return false;
        }
        self.active = i;
        let Some(i) = i else {
            if let Some(tip) = &self.tip {
                tip.set_hidden(true);
            }
            return true;
        };
        if let (Some(tip), Some(t)) = (&self.tip, tip_text(self.state.data(), i)) {
            let anchor = self.state.cached_layout().and_then(|l| l.anchor(i));
            let bounds = self.vp.map(|vp| (vp.css_width, vp.css_height));
            tip::show_tip(tip, t, anchor, bounds);
        }
        if announce {
            if let Some(live) = &self.live {
                live.set_text_content(Some(&live_text(self.state.data(), i)));
            }
        }
        true
    }

    fn hit(&self, e: &web_sys::MouseEvent) -> Option<usize> {
        let layout = self.state.cached_layout()?;
        hit_test(layout, f64::from(e.offset_x()), f64::from(e.offset_y()))
    }
}

/// A chart attached to its `<figure>`: owns its observers and listeners, removed on drop.
pub struct CanvasChart {
    inner: Rc<RefCell<Inner>>,
    handle: Handle,
    owner: Owner,
}

impl Drop for CanvasChart {
    fn drop(&mut self) {
        self.owner.cleanup();
    }
}

impl CanvasChart {
    /// Attaches to a `<ChartFigure>`'s `<figure>`; `None` (and the table shown) if it has no
    /// canvas or no 2D context. `theme` unset: light. `hidden`: another chart of its
    /// graphic is on view.
    pub fn attach(
        figure: &HtmlElement,
        data: ChartData,
        focus: Vec<usize>,
        theme: Option<Theme>,
        reduced: bool,
        hidden: bool,
    ) -> Option<CanvasChart> {
        let parts = (|| {
            let canvas: HtmlCanvasElement = find(figure, parts::CANVAS)?;
            let boxel: HtmlElement = find(figure, parts::BOX)?;
            paint::context(&canvas)?;
            Some((canvas, boxel))
        })();
        let Some((canvas, boxel)) = parts else {
            let _ = figure.set_attribute("data-state", "fallback");
            return None;
        };
        let inner = Rc::new(RefCell::new(Inner {
            figure: figure.clone(),
            boxel: boxel.clone(),
            canvas: canvas.clone(),
            tip: find(figure, parts::TIP),
            live: find(figure, parts::LIVE),
            ruler: find(figure, parts::REM),
            state: ChartState::new(data, now(), false),
            focus,
            palette: colours::palette(theme.unwrap_or(Theme::Light)),
            reduced,
            device: None,
            vp: None,
            active: None,
            draws: 0,
            near: false,
            // Reported by its observers (`watch.rs`), in the frame after it is attached: its
            // box's place is not read here, which would lay the page out once per chart.
            on_screen: false,
            hidden,
            // One shown, not hidden, is first drawn ahead at rest (its static picture is what
            // the reader sees, on screen or not); a hidden one tweens in when a step shows it.
            tween_in: !reduced && hidden,
            version: 0,
            painted: None,
            shows_drawing: false,
            replay: None,
        }));
        let owner = Owner::new();
        let handle = owner.with(|| {
            let weak = Rc::downgrade(&inner);
            // A chart busy elsewhere (its inputs being updated) tries again next frame: a
            // loop that ended there would leave a tween's frame on the canvas.
            let frames = use_frames(move || match weak.upgrade() {
                Some(rc) => rc.try_borrow_mut().map_or(true, |mut i| i.frame()),
                None => false,
            });
            let handle = Handle {
                inner: Rc::downgrade(&inner),
                frames,
            };
            watch::watch(&handle, figure, &boxel, inner.borrow().ruler.clone());
            pointer::listen(&handle, figure, &canvas);
            handle
        });
        handle.remeasure_near();
        Some(CanvasChart {
            inner,
            handle,
            owner,
        })
    }

    /// New inputs from the component's signals; redraws (and tweens) what changed. A chart
    /// shown (`hidden` turned false) is drawn at once, in the task that shows it (if it was
    /// not drawn ahead), so its first frame on view is its own (never its static picture,
    /// never an empty box).
    pub fn update(
        &self,
        data: ChartData,
        focus: Vec<usize>,
        theme: Option<Theme>,
        reduced: bool,
        hidden: bool,
    ) {
        let palette = colours::palette(theme.unwrap_or(Theme::Light));
        let mut shown = false;
        self.handle.with(|inner| {
            shown = inner.hidden && !hidden;
            inner.hidden = hidden;
            let mut changed = inner.state.set_data(data, now(), !reduced);
            if changed {
                let n = inner.state.data().items.len();
                if inner.active.is_some_and(|a| a >= n) {
                    inner.set_active(None, false);
                }
            }
            changed |= inner.focus != focus || inner.palette != palette || inner.reduced != reduced;
            inner.focus = focus;
            inner.palette = palette;
            inner.reduced = reduced;
            changed
        });
        if shown {
            // Drawn in this task, unless a slow device redraws it ahead (`slice.rs`); more
            // frames if a tween goes on or it is still to draw.
            let due = self.inner.try_borrow_mut().is_ok_and(|mut i| {
                let tween = i.near && i.vp.is_some() && !i.redraw_ahead() && i.frame();
                tween || i.stale()
            });
            if due {
                self.handle.schedule();
            }
        }
    }

    /// Frames drawn so far.
    pub fn draws(&self) -> u32 {
        self.inner.try_borrow().map(|i| i.draws).unwrap_or(0)
    }

    /// Layouts computed so far (a resize or a new DPR or font size makes one).
    pub fn layouts(&self) -> u32 {
        self.inner
            .try_borrow()
            .map(|i| i.state.layouts_computed)
            .unwrap_or(0)
    }

    /// The current layout: where the marks are.
    pub fn layout(&self) -> Option<Layout> {
        self.inner.try_borrow().ok()?.state.cached_layout().cloned()
    }
}
