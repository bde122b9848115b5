//! The share controls, as plain markup: the same before and after hydration, and without
//! handlers of their own. One delegated listener of the browser glue (`client/share/`) acts
//! on every one of them, found by the class names below: the chart share buttons stand
//! outside any island (hydrating 44 of them for a click would cost start-up and wasm), and
//! so the system share sheet, the clipboard, a chart's picture and WeChat's long-press card
//! cost the wasm one listener. They stay hidden until the app runs (`style/main.css`).

use leptos::prelude::*;

use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The class names and ids the browser glue looks for.
pub mod parts {
    /// Shares the link to the story at the reader's step.
    pub const SHARE_LINK: &str = "share-btn";
    /// Shares the chart of its `.graphic-slot` as a picture.
    pub const SHARE_CHART: &str = "chart-share";
    /// Copies the embed snippet (`embed::bar::CODE`).
    pub const COPY: &str = "copy-code";
    /// The status line beside a control (its parent holds both).
    pub const STATUS: &str = "share-status";
    /// The full-screen card (id) and its close button (class).
    pub const CARD_OVERLAY: &str = "card-overlay";
    pub const CARD_CLOSE: &str = "card-close";
}

/// Shares the link to the story at the reader's step: the share sheet where there is one,
/// else copies it, and says so in its status line.
#[component]
pub fn ShareButton() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <span class="share">
            <button type="button" class=parts::SHARE_LINK aria-label=ui(lang, Ui::ShareLabel)>
                <span class="share-icon" aria-hidden="true"></span>
                <span class="share-text">{ui(lang, Ui::Share)}</span>
            </button>
            <span class=parts::STATUS role="status"></span>
        </span>
    }
}

/// Shares the chart of its `.graphic-slot` as a picture (PNG card: the chart, its title, the
/// figure, the credit and the link). `children`: what stands after it in the chart's row
/// of actions (the app puts "Embed this chart" there).
#[component]
pub fn ChartShareButton(#[prop(optional)] children: Option<Children>) -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <div class="chart-actions">
            <span class=parts::STATUS role="status"></span>
            <button type="button" class=parts::SHARE_CHART title=ui(lang, Ui::ShareChartLabel)>
                <span class="share-icon" aria-hidden="true"></span>
                {ui(lang, Ui::ShareChart)}
            </button>
            {children.map(|c| c())}
        </div>
    }
}

/// Copies the embed snippet, and says so in its status line.
#[component]
pub fn CopyButton() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    // The space parts the button's words from the code before it in the page's text.
    view! {
        " "
        <button type="button" class=parts::COPY>{ui(lang, Ui::CopyCode)}</button>
        <span class=parts::STATUS role="status"></span>
    }
}

/// Where WeChat's in-app browser (no Web Share, blob downloads dropped) shows a chart's card:
/// full screen, to be saved with a long press.
#[component]
pub fn CardOverlay() -> impl IntoView {
    let lang = expect_context::<StoryState>().lang;
    view! {
        <div class="card-overlay" id=parts::CARD_OVERLAY role="dialog" aria-modal="true" aria-label=ui(lang, Ui::ShareChart) hidden>
            <img class="card-image" alt=""/>
            <p class="card-hint">{ui(lang, Ui::LongPressToSave)}</p>
            <button type="button" class=parts::CARD_CLOSE>{ui(lang, Ui::Dismiss)}</button>
        </div>
    }
}
