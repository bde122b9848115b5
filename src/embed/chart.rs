//! One chart on another site: its own pages (`Lang::chart_page`, the chart alone, sized to
//! its content like the embed pages) and "Embed this chart" beside each chart of the story,
//! with the copy-paste snippet: our loader's container and script, and inside the container
//! a plain `<iframe>` of the chart's page for hosts that strip scripts (the loader replaces
//! it with its own iframe, which follows the chart's height).

use leptos::prelude::*;

use crate::charts::design::{PHONE_PAD, PHONE_RATIO};
use crate::html::escape;
use crate::lang::Lang;
use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The class names the browser glue (`client/share/`) looks for.
pub mod parts {
    /// "Embed this chart": a `<details>` beside the chart's share button.
    pub const PANEL: &str = "chart-embed";
    /// Its `<summary>`: the first click fills the snippet in.
    pub const OPEN: &str = "chart-embed-btn";
    /// The panel's line on which snippet to use where: written in with the snippet, so the
    /// page's text (what reader modes and crawlers extract) does not repeat it per chart.
    pub const HELP: &str = "chart-embed-help";
}

/// The container our loader (`embed.js`) turns into the chart's iframe.
pub const CONTAINER_ATTR: &str = "data-luyuan-chart";

/// What a snippet says of one chart, in one language.
pub struct ChartSnippet<'a> {
    /// The story's folder, absolute, ending with `/`.
    pub dir: &'a str,
    pub chart: &'a str,
    /// The iframe's accessible name.
    pub title: &'a str,
    pub lang: Lang,
    /// The plain iframe's height (CSS px), for hosts where the loader does not run.
    pub height: u32,
}

/// The snippet for a host's page: our loader's container (with a plain iframe of the
/// chart's page inside, the fallback) and the loader.
pub fn chart_snippet(s: &ChartSnippet) -> String {
    let page = format!("{}{}", s.dir, s.lang.chart_page(s.chart));
    format!(
        "<div {CONTAINER_ATTR}=\"{chart}\" data-lang=\"{lang}\" data-title=\"{title}\">\
         <iframe src=\"{page}\" title=\"{title}\" loading=\"lazy\" style=\"display:block;width:100%;height:{h}px;border:0\"></iframe>\
         </div>\n<script async src=\"{script}\"></script>",
        chart = escape(s.chart),
        lang = s.lang.tag(),
        title = escape(s.title),
        page = escape(&page),
        h = s.height,
        script = escape(&format!("{}embed.js", s.dir)),
    )
}

/// A height for the plain iframe: the chart's box in a host's column of up to 720 px, where
/// the chart page has the phone layout (`charts::design`: [`PHONE_RATIO`] × the width) or
/// the chart's own proportions (aspect ratio `ar`, at least `min_rem`), whichever is taller,
/// and its title, caption and source line; in steps of 10 px.
pub fn fallback_height(ar: f64, min_rem: f64) -> u32 {
    let phone = (720.0 - 2.0 * PHONE_PAD) * PHONE_RATIO;
    let chart = (600.0 / ar.max(0.1)).max(min_rem * 16.0).max(phone);
    let h = (chart + 190.0).clamp(240.0, 2000.0);
    ((h / 10.0).ceil() * 10.0) as u32
}

/// "Embed this chart", beside a chart's share button: the snippet and its one-line help
/// (written in by the glue when the reader opens it: it needs the page's absolute address),
/// the copy button and its status line. `children`: the copy control (the app's).
#[component]
pub fn ChartEmbed(children: Children) -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <details class=parts::PANEL>
            <summary class=parts::OPEN title=ui(lang, Ui::EmbedChartLabel)>{ui(lang, Ui::EmbedChart)}</summary>
            <div class="chart-embed-panel">
                <p class=parts::HELP></p>
                <pre class=super::bar::CODE><code></code></pre>
                {children()}
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_holds_the_container_the_loader_and_a_plain_iframe() {
        let s = chart_snippet(&ChartSnippet {
            dir: "https://news.example/luyuan/",
            chart: "sample-figures",
            title: "Money \"for\" <firms>",
            lang: Lang::EN,
            height: 520,
        });
        assert_eq!(
            s,
            "<div data-luyuan-chart=\"sample-figures\" data-lang=\"en\" data-title=\"Money &quot;for&quot; &lt;firms&gt;\">\
             <iframe src=\"https://news.example/luyuan/chart-sample-figures-en.html\" title=\"Money &quot;for&quot; &lt;firms&gt;\" loading=\"lazy\" style=\"display:block;width:100%;height:520px;border:0\"></iframe>\
             </div>\n<script async src=\"https://news.example/luyuan/embed.js\"></script>"
        );
    }

    #[test]
    fn the_fallback_height_follows_the_chart_s_box() {
        // A column of 720 px holds the phone layout: 0.75 × 704 px, and the caption.
        assert_eq!(fallback_height(1.5, 12.0), 720);
        assert_eq!(fallback_height(4.0, 20.0), 720);
        assert!(fallback_height(0.5, 12.0) > fallback_height(2.0, 12.0));
    }
}
