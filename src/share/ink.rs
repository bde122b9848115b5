//! The share cards' colours, from the page's and the charts' palettes (`crate::colours`,
//! `charts::theme`): a chart card is painted on the chart's background, the link preview on
//! the page's.

use super::card::Ink;
use crate::charts::theme::{Rgb, Theme};
use crate::colours::PageColours;

/// What a card is painted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// A chart card: the chart's image sits on it without a seam.
    Chart,
    /// The link preview: the page's own paper.
    Page,
}

/// The card's background.
pub fn paper(theme: Theme, paper: Paper) -> Rgb {
    match paper {
        Paper::Chart => theme.palette().bg,
        Paper::Page => PageColours::of(theme).bg,
    }
}

/// The colour of a text or bar of kind `ink` on `paper`.
pub fn colour(theme: Theme, paper: Paper, ink: Ink) -> Rgb {
    let (page, chart) = (PageColours::story(theme), theme.palette());
    match (ink, paper) {
        (Ink::Text, Paper::Chart) => chart.text,
        (Ink::Text, Paper::Page) => page.fg,
        (Ink::Muted, Paper::Chart) => chart.muted,
        (Ink::Muted, Paper::Page) => page.muted,
        (Ink::Accent, _) => page.accent,
        // Text on the accent band: the page's card colour (white, or dark in the dark theme).
        (Ink::OnAccent, _) => page.card,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::theme::contrast;

    #[test]
    fn every_ink_reads_on_its_paper() {
        for theme in [Theme::Light, Theme::Dark] {
            for p in [Paper::Chart, Paper::Page] {
                for ink in [Ink::Text, Ink::Muted, Ink::Accent] {
                    let r = contrast(colour(theme, p, ink), paper(theme, p));
                    assert!(r >= 4.5, "{theme:?} {p:?} {ink:?}: {r:.2}:1");
                }
                let on = contrast(
                    colour(theme, p, Ink::OnAccent),
                    colour(theme, p, Ink::Accent),
                );
                assert!(on >= 4.5, "{theme:?} {p:?} on the accent: {on:.2}:1");
            }
        }
    }
}
