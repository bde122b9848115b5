//! The page's own words (not the story's, which are in its data), for the page and the chart
//! kit alike: the pieces of the interface here, their words in each language's row of the
//! locale table (`src/locale/`).

use crate::lang::Lang;

pub use crate::locale::{Ui, UiWords};

/// The words of `key` in `lang`.
pub fn ui(lang: Lang, key: Ui) -> &'static str {
    lang.locale().ui.get(key)
}

/// The embed iframe's default title in `lang` for a story whose site title is `site`.
pub fn embed_frame_title(lang: Lang, site: &str) -> String {
    ui(lang, Ui::EmbedFrameTitle).replace("{site}", site)
}

/// "part 3 of 7" in `lang`.
pub fn step_of(lang: Lang, n: usize, of: usize) -> String {
    ui(lang, Ui::StepOf)
        .replace("{n}", &n.to_string())
        .replace("{of}", &of.to_string())
}

/// A chart iframe's default title in `lang` for a story whose site title is `site`.
pub fn chart_frame_title(lang: Lang, site: &str) -> String {
    ui(lang, Ui::ChartFrameTitle).replace("{site}", site)
}

/// The title of the iframe of the chart titled `chart`, in `lang`.
pub fn chart_frame_named(lang: Lang, chart: &str) -> String {
    ui(lang, Ui::ChartFrameNamed).replace("{chart}", chart)
}
