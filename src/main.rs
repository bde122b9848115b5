//! The browser app: start the prerendered page's islands, nothing else.

#[cfg(feature = "hydrate")]
fn main() {
    use leptos::prelude::*;
    use luyuan::lang::Lang;
    // The page's own language (set by the prerender), never the browser's: markup must match.
    let lang = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    // Partial hydration: the islands of the prerendered page, not the whole text.
    luyuan::story::client::start(lang);
}

#[cfg(not(feature = "hydrate"))]
fn main() {}
