//! The page's colours in the light and the dark theme: the kit's, the one source of the
//! custom properties at the top of `style/main.css` (`tests/page_constants.rs` reads the file
//! and compares) and of the `theme-color` metas (`page.rs`); and the story's, which take the
//! place of the accent and the highlighted figure's colours where `meta.colours` of its
//! `story.json` gives them (a `<style>` in each page's head, and the share cards' inks).

use crate::charts::theme::{Rgb, Theme};
use crate::model::{parse_hex_colour, story, ThemeColours};

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
    /// The kit's colours, a neutral blue accent.
    pub fn of(theme: Theme) -> PageColours {
        match theme {
            Theme::Light => PageColours {
                bg: Rgb(0xf6, 0xf5, 0xf1),
                fg: Rgb(0x1b, 0x1b, 0x19),
                muted: Rgb(0x59, 0x59, 0x54),
                card: Rgb(0xff, 0xff, 0xff),
                line: Rgb(0xd9, 0xd7, 0xcf),
                accent: Rgb(0x1d, 0x4f, 0x91),
                fig_bg: Rgb(0xdd, 0xe6, 0xf2),
                fig_fg: Rgb(0x16, 0x3d, 0x6e),
            },
            Theme::Dark => PageColours {
                bg: Rgb(0x0e, 0x10, 0x14),
                fg: Rgb(0xec, 0xea, 0xe4),
                muted: Rgb(0xb0, 0xae, 0xa6),
                card: Rgb(0x15, 0x17, 0x1c),
                line: Rgb(0x34, 0x3a, 0x45),
                accent: Rgb(0x8d, 0xb4, 0xea),
                fig_bg: Rgb(0x1b, 0x2d, 0x45),
                fig_fg: Rgb(0xd4, 0xe3, 0xf7),
            },
        }
    }

    /// The kit's colours with what the story (`meta.colours`) chooses in their place.
    pub fn story(theme: Theme) -> PageColours {
        let chosen = &story().meta.colours;
        PageColours::of(theme).with(match theme {
            Theme::Light => &chosen.light,
            Theme::Dark => &chosen.dark,
        })
    }

    /// These colours with those of `chosen` in their place (a colour that does not parse,
    /// which the validation refuses, is left as it was).
    pub fn with(mut self, chosen: &ThemeColours) -> PageColours {
        for (field, c) in chosen.given() {
            let Some((r, g, b)) = parse_hex_colour(c) else {
                continue;
            };
            let slot = match field {
                "accent" => &mut self.accent,
                "figure_bg" => &mut self.fig_bg,
                _ => &mut self.fig_fg,
            };
            *slot = Rgb(r, g, b);
        }
        self
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

/// The story's colours as CSS for the page's head, in the three theme rules of
/// `style/main.css` (light; dark by preference unless light is chosen; dark chosen), each
/// led by `html` so that it outweighs the stylesheet's rule, which comes after it; or
/// nothing when the story keeps the kit's.
pub fn story_css() -> String {
    let rule = |theme: Theme| -> String {
        let (kit, own) = (PageColours::of(theme), PageColours::story(theme));
        kit.properties()
            .iter()
            .zip(own.properties())
            .filter(|((_, a), (_, b))| a != b)
            .map(|(_, (name, c))| format!("{name}:{};", c.hex().to_ascii_lowercase()))
            .collect()
    };
    let (light, dark) = (rule(Theme::Light), rule(Theme::Dark));
    let mut css = String::new();
    if !light.is_empty() {
        css += &format!("html:root{{{light}}}");
    }
    if !dark.is_empty() {
        css += &format!(
            "@media (prefers-color-scheme: dark){{html:root:not([data-theme=\"light\"]){{{dark}}}}}html:root[data-theme=\"dark\"]{{{dark}}}"
        );
    }
    if css.is_empty() {
        css
    } else {
        format!("<style id=\"story-colours\">{css}</style>")
    }
}
