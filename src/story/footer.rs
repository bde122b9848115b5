//! The end of the story: the credit, who made what, the data version, corrections, the
//! note on the repairs made to the received copy, and the whole data set to download.

use leptos::prelude::*;

use crate::dataset::{saved_name, story_csv_file, story_json_file};
use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The credits. `children`: what follows them (the app puts the embed panel there).
#[component]
pub fn Footer(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, meta) = (state.lang, &state.story.meta);
    let corrections = meta
        .corrections_note(lang)
        .into_iter()
        .map(|(date, text)| {
            view! {
                <li>
                    {(!date.is_empty()).then(|| view! { <time datetime=date.to_owned()>{date.to_owned()}</time> " " })}
                    {text.to_owned()}
                </li>
            }
        })
        .collect_view();
    view! {
        <footer class="colophon" id="about">
            <p class="credit">{meta.credit.get(lang).to_owned()}</p>
            <h2>{ui(lang, Ui::AboutThisStory)}</h2>
            <dl>
                <dt>{ui(lang, Ui::Credit)}</dt>
                <dd>{meta.publisher.get(lang).to_owned()}</dd>
                <dt>{ui(lang, Ui::TranslationCredit)}</dt>
                <dd>{meta.translation.get(lang).to_owned()}</dd>
                <dt>{ui(lang, Ui::DataVersion)}</dt>
                <dd>
                    {meta.data_version.clone()} " · "
                    <time datetime=meta.updated.clone()>{meta.updated.clone()}</time>
                </dd>
                <dt>{ui(lang, Ui::Corrections)}</dt>
                <dd><ul class="corrections">{corrections}</ul></dd>
                <dt>{ui(lang, Ui::Repairs)}</dt>
                <dd>{meta.repairs.note.get(lang).to_owned()}</dd>
            </dl>
            <DataSetLinks/>
            <p class="graphics-credit">
                {ui(lang, Ui::GraphicsCredit)} " "
                <a href="licences.html" class="licences">{ui(lang, Ui::Licences)}</a>
            </p>
            <p class="font-credit">{ui(lang, Ui::ShareFont)}<a href="NotoSansCJK-OFL.txt" type="text/plain">{ui(lang, Ui::ShareFontLicence)}</a></p>
            {children.map(|c| c())}
            <p><a href="#top">{ui(lang, Ui::BackToTop)}</a></p>
        </footer>
    }
}

/// The whole data set as CSV and JSON (`dataset`), saved under the story's name.
#[component]
fn DataSetLinks() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, slug) = (state.lang, &state.story.meta.slug);
    let link = |href: String, words: &'static str, kind: &'static str| {
        let file_name = saved_name(slug, &href);
        view! { <a href=href download=file_name type=kind>{words}</a> }
    };
    view! {
        <p class="data-set">
            {ui(lang, Ui::DataSet)}
            {link(story_csv_file(slug), "CSV", "text/csv")}
            " · "
            {link(story_json_file(slug), "JSON", "application/json")}
        </p>
    }
}
