//! Small JavaScript helpers the glue shares: a boxed one-shot callback, and browser APIs
//! that not every engine has, looked up rather than assumed.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A one-shot callback for JavaScript taking a value (a promise's result, a blob). Boxed, so
/// that all of them share one piece of wasm-bindgen glue (each closure type would bring its
/// own).
pub fn once_with(f: Box<dyn FnOnce(JsValue)>) -> JsValue {
    Closure::once_into_js(f)
}

/// `obj.name`, if it is a function.
pub fn method(obj: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(obj, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// A plain object with these fields.
pub fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Runs `ok` with its value or `err` with its reason when `promise` settles (`err` at once
/// if it is no promise).
pub fn settle(promise: JsValue, ok: Box<dyn FnOnce(JsValue)>, err: Box<dyn FnOnce(JsValue)>) {
    let Some(then) = method(&promise, "then") else {
        return err(JsValue::NULL);
    };
    let ok = once_with(ok);
    let err = once_with(err);
    let _ = then.call2(&promise, &ok, &err);
}

/// A number as CSS or the DOM writes it (`12.5`, a `px` stripped), by the engine's own
/// `parseFloat`: the wasm then carries no float parser of its own (core's comes with large
/// tables). None for what is not a finite number.
pub fn number(s: &str) -> Option<f64> {
    Some(js_sys::parse_float(s.trim())).filter(|v| v.is_finite())
}

/// The navigator, as a plain value to look things up on.
pub fn navigator() -> JsValue {
    leptos::prelude::window().navigator().into()
}

/// Runs `next` in a later task, so that the browser can paint and handle input in between:
/// after `scheduler.yield()` where there is one (the task goes on ahead of other pages'
/// work), else after a zero timeout.
pub fn yield_then(next: Box<dyn FnOnce()>) {
    let scheduler = Reflect::get(&leptos::prelude::window(), &JsValue::from_str("scheduler"))
        .unwrap_or(JsValue::UNDEFINED);
    if let Some(y) = method(&scheduler, "yield") {
        if let Ok(promise) = y.call0(&scheduler) {
            let next = std::rc::Rc::new(std::cell::Cell::new(Some(next)));
            let run = {
                let next = next.clone();
                Box::new(move |_| {
                    if let Some(f) = next.take() {
                        f()
                    }
                })
            };
            let fallback = Box::new(move |_| {
                if let Some(f) = next.take() {
                    leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
                }
            });
            return settle(promise, run, fallback);
        }
    }
    leptos::prelude::set_timeout(next, std::time::Duration::ZERO);
}

/// Runs each of `slices` in a task of its own, the first too, in order, under `owner`
/// (`yield_then` before each).
pub fn in_slices(owner: leptos::prelude::Owner, slices: Vec<Box<dyn FnOnce()>>) {
    let mut rest = slices.into_iter();
    if let Some(next) = rest.next() {
        yield_then(Box::new(move || {
            owner.with(next);
            in_slices(owner, rest.collect());
        }));
    }
}
