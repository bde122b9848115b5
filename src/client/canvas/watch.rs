//! What a chart watches: its box's size (in device pixels where the browser reports them),
//! the root font size (a 1rem ruler), the DPR, and nearness to the viewport; all through the
//! hooks, removed with the chart.

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement};

use super::Handle;
use crate::client::hooks::{
    device_size, use_dpr_change, use_intersection_observer, use_resize_observer,
    IntersectionOptions, ResizeOptions,
};

/// The observers: the box's size (in device pixels where the browser reports them), the
/// root font size (a 1rem ruler), the DPR, and nearness to the viewport.
pub(super) fn watch(
    handle: &Handle,
    figure: &HtmlElement,
    boxel: &HtmlElement,
    ruler: Option<HtmlElement>,
) {
    let h = handle.clone();
    let target: JsValue = boxel.clone().into();
    use_resize_observer(
        &[boxel.clone().into()],
        ResizeOptions {
            device_pixels: true,
        },
        move |entries| {
            let mut near = false;
            for e in entries.iter() {
                if js_sys::Reflect::get(&e, &"target".into()).ok().as_ref() == Some(&target) {
                    h.with(|i| {
                        i.device = device_size(&e);
                        near = i.near;
                        false
                    });
                }
            }
            // A chart far from the view is measured when it comes near (below): the first
            // callbacks of all the story's charts come in one frame.
            if near {
                h.remeasure();
            }
        },
    );
    if let Some(ruler) = ruler {
        let h = handle.clone();
        use_resize_observer(&[ruler.into()], ResizeOptions::default(), move |_| {
            h.remeasure_near()
        });
    }
    let h = handle.clone();
    use_dpr_change(move || {
        h.with(|i| {
            i.device = None;
            false
        });
        h.remeasure_near();
    });
    // Drawn when within a screen of the viewport. The story's graphic holds several charts,
    // one shown at a time: watching the graphic makes its hidden charts near too, so they
    // are drawn ahead.
    let watched: Element = figure
        .closest(&format!(".{}", crate::story::chapter::parts::GRAPHIC))
        .ok()
        .flatten()
        .unwrap_or_else(|| boxel.clone().into());
    let h = handle.clone();
    let options = IntersectionOptions {
        root_margin: "100% 0px",
        ..Default::default()
    };
    let observed = use_intersection_observer(&[watched], options, move |entries| {
        let near = entries.iter().any(|e| e.is_intersecting());
        let mut became_near = false;
        h.with(|i| {
            became_near = !std::mem::replace(&mut i.near, near) && near;
            false
        });
        if became_near {
            // Drawn ahead, hidden charts too (`slice.rs`).
            h.remeasure();
            h.schedule();
        }
    });
    // On screen: a drawing under way (ahead) is finished whole in the next frame.
    let h = handle.clone();
    let on_screen = use_intersection_observer(
        &[boxel.clone().into()],
        IntersectionOptions::default(),
        move |entries| {
            let Some(e) = entries.last() else { return };
            let mut due = false;
            h.with(|i| {
                i.on_screen = e.is_intersecting();
                due = i.on_screen && i.stale();
                false
            });
            if due {
                h.schedule();
            }
        },
    );
    if !observed || !on_screen {
        handle.with(|i| {
            i.near = true;
            i.on_screen = true;
            false
        });
    }
}
