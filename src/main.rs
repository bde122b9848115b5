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
        // By the kit's table, not the story's languages: the story is parsed later, in slices.
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    // A chart's page names its chart on <html>, an embed page says so (both written by the
    // prerender, like `lang`).
    let chart = html
        .as_ref()
        .and_then(|h| h.get_attribute(luyuan::app::chart_page::CHART_PAGE_ATTR));
    let embed = html.is_some_and(|h| h.has_attribute("data-embed"));
    luyuan::client::with_data(Box::new(move || match chart {
        Some(id) => luyuan::client::start_chart(lang, &id),
        // Partial hydration: the islands of the prerendered page, not the whole text.
        None => luyuan::client::start(lang, embed),
    }));
}

#[cfg(not(feature = "hydrate"))]
fn main() {}
