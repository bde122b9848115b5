//! The kit's languages: one row each, in one file each (`zh_hant.rs`, `en.rs`, …). A row
//! holds everything the kit decides per language: page names, the language's names, the
//! link previews' locale, fonts, punctuation, how numbers and qualifiers are written, the
//! words that name a change, and the page's own words. The build, the pages, the
//! validation, the formatter and the CSV columns all read it from here; a story publishes
//! the languages its data lists (`story.json` meta `languages`). A new language is a new
//! file here, a line in [`LOCALES`] and its texts in a story's data (CONTRIBUTING.md).

mod en;
mod ko;
mod ui;
mod zh_hans;
mod zh_hant;

pub use ui::{Ui, UiWords};

/// Whether a language's row is shipped whole: always natively (the build, the tests), and in
/// the browser when the story publishes the language (`build.rs` sets `story_lang` for each
/// of `meta.languages`), so that a reader's wasm carries no words of a language the story
/// does not have.
macro_rules! shipped {
    ($tag:literal) => {
        cfg!(any(not(target_arch = "wasm32"), story_lang = $tag))
    };
}
use shipped;

/// The row of a language the story does not publish, in the browser: its tag, on English's
/// words (never shown: it has no page).
const fn unpublished(tag: &'static str) -> Locale {
    Locale {
        tag,
        aliases: &[],
        ..en::ROW
    }
}

/// The kit's languages, in the order of their [`crate::lang::Lang`] index.
pub static LOCALES: [&Locale; 4] = [&zh_hant::LOCALE, &zh_hans::LOCALE, &en::LOCALE, &ko::LOCALE];

/// What the kit decides per language.
#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag for `<html lang>`, `hreflang` and the data files' texts.
    pub tag: &'static str,
    /// Other `?lang=` values and browser languages that open this language (lower case).
    pub aliases: &'static [&'static str],
    /// The language's page and embed page when it is not the story's first language, and what
    /// follows a chart's id in its page's name (the first language's pages are `index.html`,
    /// `embed.html`, `chart-<id>.html`).
    pub page: &'static str,
    pub embed_page: &'static str,
    pub page_suffix: &'static str,
    /// The language in itself, in full and short (a part of the full name).
    pub endonym: &'static str,
    pub short: &'static str,
    /// `og:locale`.
    pub og_locale: &'static str,
    /// The face of the Noto CJK collection the share cards are drawn with.
    pub card_font: &'static str,
    /// The CSS font stack the charts are measured and drawn with.
    pub css_fonts: &'static str,
    /// The longest page description, in characters (a CJK character says more).
    pub description_chars: usize,
    /// Words are set apart by spaces (lines break at them; a figure may take two lines at
    /// a space outside its number and unit); otherwise lines break between words the data
    /// marks.
    pub spaced: bool,
    /// Written in Han characters, and in which form: the article's own words for a figure
    /// (1500餘套) and figures in Chinese numerals (第九) are kept only then.
    pub han: Option<Han>,
    pub punct: Punctuation,
    pub numbers: Numbers,
    pub qualifiers: Qualifiers,
    /// Words that name a change (a growth, a cut, a change in points or places), and those
    /// that say growth, for the validation's "a change reads as a change" (lower case).
    pub change_words: &'static [&'static str],
    pub growth_words: &'static [&'static str],
    /// Where a label's growth word stands when the label is a growth.
    pub growth_at: GrowthAt,
    /// The page's own words.
    pub ui: UiWords,
}

/// The form of Han characters a language is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Han {
    Traditional,
    Simplified,
}

/// A language's punctuation, as the kit's generated sentences use it.
#[derive(Debug)]
pub struct Punctuation {
    /// Between a label and what it introduces: `：` or `: `.
    pub colon: &'static str,
    /// Between the items of a list of clauses: `；` or `; `.
    pub semicolon: &'static str,
    /// The end of a sentence: `。` or `.`; and between two sentences: `。` or `. `.
    pub stop: &'static str,
    pub between_sentences: &'static str,
    /// Around a quotation.
    pub quote: (&'static str, &'static str),
    /// Between the parts of a short line (a tooltip's figure, its comparison, its quote).
    pub dot: &'static str,
}

pub(crate) const CJK_PUNCT: Punctuation = Punctuation {
    colon: "：",
    semicolon: "；",
    stop: "。",
    between_sentences: "。",
    quote: ("「", "」"),
    dot: "・",
};

/// How a language writes large numbers.
#[derive(Debug)]
pub enum Numbers {
    /// In myriads, as the data's scales are: the digits, then the word for 10⁴ or 10⁸
    /// (`8145萬`, `320억`); `grouped`: thousands separated by commas (`8,145만`).
    Myriads {
        ten_thousand: &'static str,
        hundred_million: &'static str,
        grouped: bool,
    },
    /// In thousands: `87,000`, `81.45 million`, `14.5 billion`; in chart labels the short
    /// forms (`81.45m`, `50bn`).
    Thousands {
        million: &'static str,
        billion: &'static str,
        million_short: &'static str,
        billion_short: &'static str,
    },
}

/// How a language writes a figure's qualifier: `{}` is the figure (`逾{}`, `{} or more`).
#[derive(Debug)]
pub struct Qualifiers {
    pub over: &'static str,
    pub or_more: &'static str,
    pub nearly: &'static str,
    pub about: &'static str,
    pub expected: &'static str,
}

/// Where a label says growth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GrowthAt {
    /// As its last word (區本級財政收入增長, 성장률).
    End,
    /// As its first or last word ("Growth in …", "GDP growth").
    StartOrEnd,
}

/// The words that name a change in Chinese, both scripts (a label in either is checked
/// against all).
pub(crate) const CHANGE_ZH: &[&str] = &[
    "增長", "增长", "增速", "增幅", "提高", "上升", "躍升", "跃升", "壓縮", "压缩", "壓減", "压减",
    "減少", "减少", "下降", "降低", "高於", "高于", "低於", "低于", "變化", "变化",
];
pub(crate) const GROWTH_ZH: &[&str] = &["增長", "增长", "增速", "增幅"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_its_own_language() {
        let mut tags: Vec<&str> = LOCALES.iter().map(|l| l.tag).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), LOCALES.len(), "tags are unique");
        for l in LOCALES {
            assert!(
                l.endonym.to_lowercase().contains(&l.short.to_lowercase()),
                "{}: the short name is a part of the full one",
                l.tag
            );
            for a in l.aliases {
                assert_eq!(
                    *a,
                    a.to_ascii_lowercase(),
                    "{}: aliases are lower case",
                    l.tag
                );
            }
            for q in [
                l.qualifiers.over,
                l.qualifiers.or_more,
                l.qualifiers.nearly,
                l.qualifiers.about,
                l.qualifiers.expected,
            ] {
                assert_eq!(q.matches("{}").count(), 1, "{}: “{q}”", l.tag);
            }
            assert!(
                !l.change_words.is_empty() && !l.growth_words.is_empty(),
                "{}",
                l.tag
            );
            for w in l.growth_words {
                assert!(
                    l.change_words.iter().any(|c| w.contains(c)),
                    "{}: a growth word names a change: {w}",
                    l.tag
                );
            }
        }
    }
}
