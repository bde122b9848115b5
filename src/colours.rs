//! The page's colours in the light and the dark theme: the one source of the custom
//! properties at the top of `style/main.css` (`tests/page_constants.rs` reads the file and
//! compares), of the `theme-color` metas (`page.rs`) and, with the charts' palette
//! (`charts::theme`), of the share cards' inks (`share/card.rs`).

use crate::charts::theme::{Rgb, Theme};

/// The page's colours in one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageColours {
    /// The page's background (and the browser's `theme-color`).
    pub bg: Rgb,
    /// Running text.
    pub fg: Rgb,
    /// Secondary text (kickers, credits).
    pub muted: Rgb,
    /// Cards and the chart boxes' surroundings.
    pub card: Rgb,
    /// Rules and borders.
    pub line: Rgb,
    /// Links, the progress bar, the key figures' band.
    pub accent: Rgb,
    /// A highlighted figure in the text: its background and its text.
    pub fig_bg: Rgb,
    pub fig_fg: Rgb,
}

impl PageColours {
    pub fn of(theme: Theme) -> PageColours {
        match theme {
            Theme::Light => PageColours {
                bg: Rgb(0xf6, 0xf5, 0xf1),
                fg: Rgb(0x1b, 0x1b, 0x19),
                muted: Rgb(0x59, 0x59, 0x54),
                card: Rgb(0xff, 0xff, 0xff),
                line: Rgb(0xd9, 0xd7, 0xcf),
                accent: Rgb(0x0b, 0x6b, 0x4f),
                fig_bg: Rgb(0xdc, 0xef, 0xe6),
                fig_fg: Rgb(0x0a, 0x4a, 0x37),
            },
            Theme::Dark => PageColours {
                bg: Rgb(0x0e, 0x10, 0x14),
                fg: Rgb(0xec, 0xea, 0xe4),
                muted: Rgb(0xb0, 0xae, 0xa6),
                card: Rgb(0x15, 0x17, 0x1c),
                line: Rgb(0x34, 0x3a, 0x45),
                accent: Rgb(0x5f, 0xd3, 0xa6),
                fig_bg: Rgb(0x17, 0x3b, 0x30),
                fig_fg: Rgb(0xc6, 0xf3, 0xe0),
            },
        }
    }

    /// Each colour with its custom property in `style/main.css`.
    pub fn properties(&self) -> [(&'static str, Rgb); 8] {
        [
            ("--bg", self.bg),
            ("--fg", self.fg),
            ("--muted", self.muted),
            ("--card", self.card),
            ("--line", self.line),
            ("--accent", self.accent),
            ("--fig-bg", self.fig_bg),
            ("--fig-fg", self.fig_fg),
        ]
    }
}
