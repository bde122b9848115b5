//! `<App/>`: the page for one language, composed of the story, sharing and the embed's
//! controls, rendered to HTML at build time (native, `ssr`). Its markup depends only on the
//! data and the page's language, never on a cargo feature, the browser or the viewport.
//!
//! In the browser only the islands hydrate (`client/`): the bar, the key figures, each
//! chart, the live region and the language suggestion, each from an element marked
//! `island` (`islands.rs`) or a graphic slot, whose only child it rendered. The text (almost
//! all of the page) stays as prerendered and costs the browser nothing to start.
//!
//! A chart's own page, for an iframe on another site, is `chart_page.rs`'s `<ChartPage/>`.

pub mod bars;
pub mod chart_page;
pub mod islands;

use leptos::prelude::*;

use crate::embed::bar::EmbedInfo;
use crate::embed::chart::ChartEmbed;
use crate::lang::Lang;
use crate::model;
use crate::share::button::{CardOverlay, ChartShareButton, CopyButton};
use crate::state::{first_steps, StoryState};
use crate::story::announce::Announcer;
use crate::story::chapter::Chapter;
use crate::story::footer::Footer;
use crate::story::hero::{Hero, KeyFigures};
use crate::story::suggest::LangSuggest;
use crate::ui_text::{ui, Ui};
use bars::{EmbedBar, TopBar};
use islands::{ids, Island};

/// The id of the story's `<main>`: the skip link's target, where step keys act and whose
/// size the step engine watches.
pub const MAIN: &str = "story";

/// What stands beside each chart: its share button and, on the page itself (not in an
/// embed), "Embed this chart".
fn chart_actions(embed: bool) -> impl IntoView {
    view! {
        <ChartShareButton>
            {(!embed).then(|| view! { <ChartEmbed><CopyButton/></ChartEmbed> })}
        </ChartShareButton>
    }
}

/// The story's page.
/// - `lang`: the page's language.
/// - `embed`: the page is an embed page (`embed.html`…), for an iframe on another site: the
///   embed bar in place of the top bar, no language suggestion, a layout that settles (see
///   `style/embed.css`).
#[component]
pub fn App(lang: Lang, #[prop(optional)] embed: bool) -> impl IntoView {
    let story = model::story();
    let state = StoryState::new(lang, story, embed);
    provide_context(state);

    let firsts = first_steps(story);
    let chapters = story
        .sections
        .iter()
        .enumerate()
        .map(|(number, section)| {
            view! {
                <Chapter section number first=firsts[number] chart_actions=move || chart_actions(embed)/>
            }
        })
        .collect_view();
    let problems = model::problems();

    view! {
        <a class="skip-link" href=format!("#{MAIN}")>{ui(lang, Ui::SkipToStory)}</a>
        {(!embed).then(|| view! { <Island id=ids::BAR><TopBar/></Island> })}
        {embed.then(|| view! { <Island id=ids::BAR><EmbedBar/></Island> })}
        <main id=MAIN tabindex="-1" aria-label=ui(lang, Ui::StoryLabel)>
            {(!problems.is_empty()).then(|| view! {
                <p class="data-error" role="alert">{ui(lang, Ui::DataError)} {problems[0].to_string()}</p>
            })}
            <Hero>
                <Island id=ids::KEY_FIGURES><KeyFigures/></Island>
            </Hero>
            {chapters}
        </main>
        <Footer>
            {(!embed).then(|| view! { <EmbedInfo><CopyButton/></EmbedInfo> })}
        </Footer>
        <Island id=ids::ANNOUNCER><Announcer/></Island>
        {(!embed).then(|| view! { <Island id=ids::SUGGEST><LangSuggest/></Island> })}
        <CardOverlay/>
        <div id="app-notice" class="app-notice" role="status" hidden>{ui(lang, Ui::NoticeFailed)}</div>
    }
}
