//! The records of the data files, as typed structs. Every struct rejects unknown fields, so a
//! misspelt key in a JSON file is an error, not a silently ignored value.
//! The schema is documented for editors in `docs/data.md`.

use serde::Deserialize;

use super::chart_spec::ChartSpec;
use super::metric::{Metric, Unit};
use crate::lang::{Lang, Text};

/// The whole story: the story's `story.json` plus the metrics, charts and units files.
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    pub meta: Meta,
    pub title: Text,
    pub intro: Intro,
    pub sections: Vec<Section>,
    pub metrics: Vec<Metric>,
    pub charts: Vec<ChartSpec>,
    pub units: Vec<Unit>,
}

/// the story's `story.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub meta: Meta,
    pub title: Text,
    pub intro: Intro,
    pub sections: Vec<Section>,
}

/// the story's `metrics.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsFile {
    pub metrics: Vec<Metric>,
}

/// the story's `charts.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartsFile {
    pub charts: Vec<ChartSpec>,
}

/// the story's `units.json` as written.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitsFile {
    pub units: Vec<Unit>,
}

/// About the data itself: version, date, credit, the repairs and the corrections.
///
/// The browser reads only what its islands and glue show (the slug, the languages, the site
/// title, the credit, the draft mark, the colours); the fields marked `serde(skip)` for wasm
/// are the prerendered page's alone (hero, byline, footer), so the wasm carries no code to
/// read them (8 KB) and skips their keys in the data file. A field an island comes to read
/// loses its mark.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Meta {
    /// Version of the data, shown to readers (e.g. "1.0.0"; raise it with every published change).
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub data_version: String,
    /// Date of the last change to the data, `YYYY-MM-DD`.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub updated: String,
    /// When the newsroom first published this story, `YYYY-MM-DD` (optional): the
    /// article's date for search engines and link previews (`datePublished`,
    /// `article:published_time`) and the page's byline. Never the source article's date.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub published: Option<String>,
    /// When the newsroom last changed the published story, `YYYY-MM-DD` (optional, not
    /// before `published`; `dateModified`, `article:modified_time`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub modified: Option<String>,
    /// The year the report is about.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub story_year: u16,
    /// The story's short name, lower-case ASCII with hyphens (e.g. `hexi-2024`): the prefix of
    /// its storage keys and of its share pictures' file names.
    pub slug: String,
    /// The languages the story is published in, by tag, from the kit's locale table
    /// (`src/locale/`): one page each; the first is the home page's and the one the story
    /// was written in. Every text of the data is given in each of them.
    pub languages: Vec<Lang>,
    /// The story's name as the site shows it: top bar, page title, link previews, chart
    /// cards, the embed's default iframe title.
    pub site_title: Text,
    /// The newspaper that first printed the article.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub publisher: Text,
    /// The credit line shown with the story (來源：長春日報).
    pub credit: Text,
    /// Where the copy we used was republished.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub republished_by: Text,
    /// Who made the Simplified and English versions.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub translation: Text,
    /// The reader-facing note on the repairs made to the received copy, with the counts.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub repairs: RepairsNote,
    /// Corrections, newest last. May be empty: then `no_corrections` is shown.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub corrections: Vec<Correction>,
    /// Shown when there are no corrections.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub no_corrections: Text,
    /// A draft made by `storykit draft`: the page shows a DRAFT ribbon, and the English
    /// texts marked `[draft]` are work left, not errors.
    #[serde(default)]
    pub draft: bool,
    /// The story's own page colours (optional): what it leaves out is the kit's
    /// (`colours.rs`).
    #[serde(default)]
    pub colours: StoryColours,
}

/// The page colours a story chooses, per theme (`meta.colours.light`, `meta.colours.dark`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryColours {
    #[serde(default)]
    pub light: ThemeColours,
    #[serde(default)]
    pub dark: ThemeColours,
}

/// One theme's colours of a story, each `#rrggbb` (checked by the validation).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeColours {
    /// Links, the progress bar, the key figures' band.
    pub accent: Option<String>,
    /// A highlighted figure in the text: its background and its text.
    pub figure_bg: Option<String>,
    pub figure_fg: Option<String>,
}

impl ThemeColours {
    /// Each colour the story gives, with its field name.
    pub fn given(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("accent", &self.accent),
            ("figure_bg", &self.figure_bg),
            ("figure_fg", &self.figure_fg),
        ]
        .into_iter()
        .filter_map(|(f, c)| c.as_deref().map(|c| (f, c)))
    }
}

/// `#rrggbb` (either case) as red, green and blue.
pub fn parse_hex_colour(s: &str) -> Option<(u8, u8, u8)> {
    let h = s
        .strip_prefix('#')
        .filter(|h| h.len() == 6 && h.is_ascii())?;
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some((byte(0)?, byte(2)?, byte(4)?))
}

impl Meta {
    /// The corrections note in one language: the corrections, or the "no corrections" text.
    pub fn corrections_note(&self, lang: Lang) -> Vec<(&str, &str)> {
        if self.corrections.is_empty() {
            vec![("", self.no_corrections.get(lang))]
        } else {
            self.corrections
                .iter()
                .map(|c| (c.date.as_str(), c.text.get(lang)))
                .collect()
        }
    }
}

/// The note on the repairs and how many of each kind there were (checked against
/// the story's `repairs.json` by the tests).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepairsNote {
    pub note: Text,
    pub pinyin: u32,
    pub mojibake: u32,
    pub simplified: u32,
    pub punctuation: u32,
}

/// A correction shown to readers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: Text,
}

/// The introduction (導言): its paragraphs and the hero's key figures.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    pub id: String,
    pub heading: Text,
    pub paragraphs: Vec<Paragraph>,
    /// 3 to 5 metric ids shown as big numbers in the hero.
    pub key_figures: Vec<String>,
}

/// A paragraph of the introduction.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub id: String,
    pub text: Text,
    /// Metric ids whose `mark` is highlighted in this paragraph.
    pub figures: Vec<String>,
}

/// A chapter of the story.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// ASCII id, the chapter's anchor (e.g. economy).
    pub id: String,
    /// The two-line heading.
    pub heading: [Text; 2],
    /// The metric the chapter opens with, large under its heading: the one figure a reader
    /// should take from the chapter (one of its steps' figures).
    #[serde(default)]
    pub key_figure: Option<String>,
    /// The paragraph, cut into steps; the zh-Hant steps joined are the paragraph.
    pub steps: Vec<Step>,
}

/// A step of the scrolling story: a short run of text and the chart shown while it is active.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// e.g. "economy-3".
    pub id: String,
    pub text: Text,
    /// The chart shown while this step is active. Omitted (or "hold") in the file: the
    /// step keeps the chart of the step before it, and [`Step::holds`] says so.
    #[serde(default)]
    pub chart: String,
    /// The file omits the chart (or says "hold"): the chart is the previous step's, filled
    /// in when the story is parsed.
    #[serde(skip)]
    pub holds: bool,
    /// Metric ids the chart highlights at this step (all in the chart's `metrics`).
    pub focus: Vec<String>,
    /// Metric ids this text states; their `mark` is highlighted in the text.
    pub figures: Vec<String>,
}
