//! The embed snippets: "Embed this chart" gets its snippet when the reader opens it (the
//! chart's page and the loader by their absolute address, from the page's canonical link),
//! and a copy button copies the snippet of its own panel and says so in its status line.

use web_sys::Element;

use super::{link, status_of};
use crate::charts::view::reserve;
use crate::embed::bar::CODE;
use crate::embed::chart::{chart_snippet, fallback_height, parts, ChartSnippet};
use crate::state::StoryState;
use crate::story::chapter::parts::GRAPHIC_SLOT;
use crate::story::charts::chart_data;
use crate::ui_text::{chart_frame_named, ui, Ui};

fn code_of(panel: &Element) -> Option<Element> {
    panel.query_selector(&format!(".{CODE} code")).ok()?
}

/// Writes the snippet of the chart whose "Embed this chart" holds `inside`, once.
pub fn fill_chart_snippet(state: StoryState, inside: &Element) -> Option<()> {
    let panel = inside.closest(&format!(".{}", parts::PANEL)).ok()??;
    let code = code_of(&panel)?;
    if code.text_content().is_some_and(|t| !t.is_empty()) {
        return Some(());
    }
    let slot = panel.closest(&format!(".{GRAPHIC_SLOT}")).ok()??;
    let spec = state.story.chart(&slot.get_attribute("data-chart")?)?;
    let lang = state.lang;
    let (ar, min_rem) = reserve(&chart_data(state.story, spec, lang));
    let dir = link::sibling_url("")?;
    let snippet = chart_snippet(&ChartSnippet {
        dir: &dir,
        chart: &spec.id,
        title: &chart_frame_named(lang, spec.title.get(lang)),
        lang,
        height: fallback_height(ar, min_rem),
    });
    code.set_text_content(Some(&snippet));
    if let Ok(Some(help)) = panel.query_selector(&format!(".{}", parts::HELP)) {
        help.set_text_content(Some(ui(lang, Ui::EmbedChartHelp)));
    }
    Some(())
}

/// Copies the snippet of the panel that holds `button`.
pub fn copy(state: StoryState, button: &Element) {
    fill_chart_snippet(state, button);
    let code = button
        .closest("details")
        .ok()
        .flatten()
        .and_then(|panel| code_of(&panel))
        .and_then(|c| c.text_content())
        .filter(|t| !t.is_empty());
    if let Some(code) = code {
        link::copy_then(
            code,
            ui(state.lang, Ui::CodeCopied),
            "",
            status_of(button),
            Box::new(|| {}),
        );
    }
}
