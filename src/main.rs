//! The browser app: hydrate the prerendered page, nothing else.

#[cfg(feature = "hydrate")]
fn main() {
    use leptos::prelude::*;
    use luyuan::{app::App, lang::Lang};
    // The page's own language (set by the prerender), never the browser's: markup must match.
    let html = document().document_element();
    let lang = html.as_ref().and_then(|h| h.get_attribute("lang")).and_then(|tag| Lang::parse(&tag)).unwrap_or_default();
    // An embed page says so on <html> (written by the prerender, like `lang`).
    let embed = html.is_some_and(|h| h.has_attribute("data-embed"));
    leptos::mount::hydrate_body(move || view! { <App lang embed/> });
}

#[cfg(not(feature = "hydrate"))]
fn main() {}
