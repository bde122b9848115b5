//! The share controls, as plain markup: the same before and after hydration, and without
//! handlers of their own. One listener (`web.rs`) acts on every one of them when used (the
//! system share sheet, the clipboard, a chart's picture, WeChat's long-press card), so they
//! cost the wasm almost nothing; they stay hidden until the app runs (`style/main.css`).

use leptos::prelude::*;

use crate::story::state::StoryState;
use crate::ui_text::{ui, Ui};

/// Shares the link to the story at the reader's step: the share sheet where there is one,
/// else copies it, and says so in its status line.
#[component]
pub fn ShareButton() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <span class="share">
            <button type="button" class="share-btn" aria-label=ui(lang, Ui::ShareLabel)>
                <span class="share-icon" aria-hidden="true"></span>
                <span class="share-text">{ui(lang, Ui::Share)}</span>
            </button>
            <span class="share-status" role="status"></span>
        </span>
    }
}

/// Shares the chart of its `.graphic-slot` as a picture (PNG card: the chart, its title, the
/// figure, the credit and the link).
#[component]
pub fn ChartShareButton() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <div class="chart-actions">
            <span class="share-status" role="status"></span>
            <button type="button" class="chart-share" title=ui(lang, Ui::ShareChartLabel)>
                <span class="share-icon" aria-hidden="true"></span>
                {ui(lang, Ui::ShareChart)}
            </button>
        </div>
    }
}

/// Where WeChat's in-app browser (no Web Share, blob downloads dropped) shows a chart's card:
/// full screen, to be saved with a long press.
#[component]
pub fn CardOverlay() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <div class="card-overlay" id="card-overlay" role="dialog" aria-modal="true" aria-label=ui(lang, Ui::ShareChart) hidden>
            <img class="card-image" alt=""/>
            <p class="card-hint">{ui(lang, Ui::LongPressToSave)}</p>
            <button type="button" class="card-close">{ui(lang, Ui::Dismiss)}</button>
        </div>
    }
}
