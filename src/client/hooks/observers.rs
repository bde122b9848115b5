//! Resize and intersection observers over a set of elements, disconnected on cleanup.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

#[wasm_bindgen]
extern "C" {
    /// `ResizeObserver`, bound here so that `observe` can fail (an unknown `box` throws in
    /// WebKit) and be tried again without it.
    #[wasm_bindgen(js_name = ResizeObserver)]
    type Ro;
    #[wasm_bindgen(constructor, catch, js_class = "ResizeObserver")]
    fn new(cb: &js_sys::Function) -> Result<Ro, JsValue>;
    #[wasm_bindgen(method, catch, js_class = "ResizeObserver")]
    fn observe(this: &Ro, target: &Element, options: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, js_class = "ResizeObserver")]
    fn disconnect(this: &Ro);
}

/// What a resize observer watches.
#[derive(Clone, Copy, Debug, Default)]
pub struct ResizeOptions {
    /// The box in device pixels (`device-pixel-content-box`) where the browser can, else
    /// the content box.
    pub device_pixels: bool,
}

/// Calls `on_resize` with the observer's entries when a target's size changes (and once
/// when it starts observing), until the owner goes. `false` where there is no
/// ResizeObserver.
pub fn use_resize_observer(
    targets: &[Element],
    options: ResizeOptions,
    on_resize: impl FnMut(js_sys::Array) + 'static,
) -> bool {
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(on_resize);
    let Ok(ro) = Ro::new(cb.as_ref().unchecked_ref()) else {
        return false;
    };
    let opts = js_sys::Object::new();
    if options.device_pixels {
        let _ = js_sys::Reflect::set(&opts, &"box".into(), &"device-pixel-content-box".into());
    }
    for t in targets {
        if ro.observe(t, &opts).is_err() {
            let _ = ro.observe(t, &JsValue::UNDEFINED);
        }
    }
    super::on_cleanup_local(move || {
        ro.disconnect();
        drop(cb);
    });
    true
}

/// The device-pixel size of a resize entry, where the browser reports it.
pub fn device_size(entry: &JsValue) -> Option<(u32, u32)> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    let first = get(&get(entry, "devicePixelContentBoxSize")?, "0")?;
    let w = get(&first, "inlineSize")?.as_f64()?;
    let h = get(&first, "blockSize")?.as_f64()?;
    (w >= 1.0 && h >= 1.0).then_some((w as u32, h as u32))
}

/// What an intersection observer watches for.
#[derive(Clone, Debug)]
pub struct IntersectionOptions {
    /// Grows the viewport (`"100% 0px"`: a screen above and below).
    pub root_margin: &'static str,
    /// The visible shares at which it reports.
    pub thresholds: Vec<f64>,
}

impl Default for IntersectionOptions {
    fn default() -> Self {
        IntersectionOptions {
            root_margin: "0px",
            thresholds: vec![0.0],
        }
    }
}

/// Calls `on_change` with the entries whenever a target crosses a threshold (and once when
/// it starts observing), until the owner goes. `false` where there is no
/// IntersectionObserver.
pub fn use_intersection_observer(
    targets: &[Element],
    options: IntersectionOptions,
    mut on_change: impl FnMut(Vec<IntersectionObserverEntry>) + 'static,
) -> bool {
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        on_change(entries.iter().map(JsCast::unchecked_into).collect())
    });
    let init = IntersectionObserverInit::new();
    init.set_root_margin(options.root_margin);
    let thresholds: js_sys::Array = options
        .thresholds
        .iter()
        .map(|&t| JsValue::from(t))
        .collect();
    init.set_threshold(&thresholds);
    let Ok(io) = IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init) else {
        return false;
    };
    for t in targets {
        io.observe(t);
    }
    super::on_cleanup_local(move || {
        io.disconnect();
        drop(cb);
    });
    true
}
