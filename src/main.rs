//! The browser app: start the prerendered page's islands, nothing else.

#[cfg(feature = "hydrate")]
fn main() {
    use leptos::prelude::*;
    use luyuan::lang::Lang;
    // The page's own language (set by the prerender), never the browser's: markup must match.
    let html = document().document_element();
    let lang = html
        .as_ref()
        .and_then(|h| h.get_attribute("lang"))
        .and_then(|tag| Lang::parse(&tag))
        .unwrap_or_default();
    // An embed page says so on <html> (written by the prerender, like `lang`).
    let embed = html.is_some_and(|h| h.has_attribute("data-embed"));
    // Partial hydration: the islands of the prerendered page, not the whole text.
    luyuan::client::start(lang, embed);
}

#[cfg(not(feature = "hydrate"))]
fn main() {}
