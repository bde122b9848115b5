//! The browser app: hydrate the prerendered page, nothing else.

#[cfg(feature = "hydrate")]
fn main() {
    use leptos::prelude::*;
    use luyuan::{app::App, lang::Lang};
    // The page's own language (set by the prerender), never the browser's: markup must match.
    let lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    leptos::mount::hydrate_body(move || view! { <App lang/> });
}

#[cfg(not(feature = "hydrate"))]
fn main() {}
