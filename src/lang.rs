//! The story's languages. One page per language: the URL, the prerendered HTML and
//! `<html lang>` all come from here.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A language the story is published in. Traditional Chinese is the default, as the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHant, Lang::ZhHans, Lang::En];

    /// Every tag and `?lang=` value the story takes (lower case), with its language: what
    /// [`Lang::parse`] reads, and what the build hands the page's scripts
    /// (`script_config.rs`), so that `boot.js` and `embed.js` take the same values.
    pub const ALIASES: [(&'static str, Lang); 13] = [
        ("zh-hant", Lang::ZhHant),
        ("zh-tw", Lang::ZhHant),
        ("zh-hk", Lang::ZhHant),
        ("zh-mo", Lang::ZhHant),
        ("hant", Lang::ZhHant),
        ("zh-hans", Lang::ZhHans),
        ("zh-cn", Lang::ZhHans),
        ("zh-sg", Lang::ZhHans),
        ("hans", Lang::ZhHans),
        ("zh", Lang::ZhHans),
        ("en", Lang::En),
        ("en-us", Lang::En),
        ("en-gb", Lang::En),
    ];

    /// Everything the kit decides per language: its row of [`LOCALES`].
    pub fn locale(self) -> &'static Locale {
        // Exhaustive: a new language must be given a row.
        &LOCALES[match self {
            Lang::ZhHant => 0,
            Lang::ZhHans => 1,
            Lang::En => 2,
        }]
    }

    /// BCP 47 tag for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        self.locale().tag
    }

    /// The language's page, relative to the story's folder (flat, so relative asset
    /// paths work at any sub-path).
    pub fn page(self) -> &'static str {
        self.locale().page
    }

    /// The language's embed page (for an iframe on another site; see docs/embedding.md).
    /// Flat siblings of the pages, so the same relative assets work.
    pub fn embed_page(self) -> &'static str {
        self.locale().embed_page
    }

    /// The page of one chart in the language (`chart-sample-gdp.html`,
    /// `chart-sample-gdp-zh-hans.html`, `chart-sample-gdp-en.html`): the chart alone, for an
    /// iframe on another site (docs/embedding.md, "Embedding one chart"). Flat siblings of the pages.
    pub fn chart_page(self, chart: &str) -> String {
        format!("chart-{chart}{}.html", self.locale().page_suffix)
    }

    /// Parses a `?lang=` value or a tag (one of [`Lang::ALIASES`], in any case, spaces
    /// around ignored); unknown values are `None` (ignored by the page).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        Lang::ALIASES
            .iter()
            .find(|(alias, _)| alias.eq_ignore_ascii_case(s))
            .map(|&(_, lang)| lang)
    }

    /// The name of the language in itself, for the switch.
    pub fn endonym(self) -> &'static str {
        self.locale().endonym
    }

    /// The endonym's short form, for narrow bars (a part of the endonym, so the link's
    /// accessible name still holds its visible text).
    pub fn short(self) -> &'static str {
        self.locale().short
    }
}

/// What the kit decides per language, in one place: the page names, the names of the
/// language, the link previews' locale, the fonts and the punctuation. A new language is a
/// new row here, a variant of [`Lang`] and its texts in the data (CONTRIBUTING.md).
#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag for `<html lang>`, `hreflang` and the data files' texts.
    pub tag: &'static str,
    /// The language's page and embed page, and what follows a chart's id in its page's name.
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
    pub punct: Punctuation,
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

const CJK_PUNCT: Punctuation = Punctuation {
    colon: "：",
    semicolon: "；",
    stop: "。",
    between_sentences: "。",
    quote: ("「", "」"),
    dot: "・",
};

/// The languages' rows, in the order of [`Lang::ALL`].
pub static LOCALES: [Locale; 3] = [
    Locale {
        tag: "zh-Hant",
        page: "index.html",
        embed_page: "embed.html",
        page_suffix: "",
        endonym: "繁體",
        short: "繁",
        og_locale: "zh_TW",
        card_font: "Noto Sans CJK TC",
        css_fonts: "system-ui, -apple-system, 'PingFang TC', 'Noto Sans CJK TC', 'Microsoft JhengHei', sans-serif",
        description_chars: 110,
        punct: CJK_PUNCT,
    },
    Locale {
        tag: "zh-Hans",
        page: "zh-hans.html",
        embed_page: "embed-zh-hans.html",
        page_suffix: "-zh-hans",
        endonym: "简体",
        short: "简",
        og_locale: "zh_CN",
        card_font: "Noto Sans CJK SC",
        css_fonts: "system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif",
        description_chars: 110,
        punct: CJK_PUNCT,
    },
    Locale {
        tag: "en",
        page: "en.html",
        embed_page: "embed-en.html",
        page_suffix: "-en",
        endonym: "English",
        short: "EN",
        og_locale: "en_US",
        card_font: "Noto Sans CJK SC",
        css_fonts: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
        description_chars: 200,
        punct: Punctuation {
            colon: ": ",
            semicolon: "; ",
            stop: ".",
            between_sentences: ". ",
            quote: ("“", "”"),
            dot: " · ",
        },
    },
];

/// A text in the three languages, as stored in the data files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhHant => &self.zh_hant,
            Lang::ZhHans => &self.zh_hans,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags_and_ignores_unknown() {
        assert_eq!(Lang::parse("zh-TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("<script>"), None);
        assert_eq!(Lang::parse(" zh-SG "), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("zh-Hant-TW"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.tag()), Some(l));
        }
        for (alias, _) in Lang::ALIASES {
            assert_eq!(alias, alias.to_ascii_lowercase(), "aliases are lower case");
        }
    }

    #[test]
    fn each_language_has_its_own_row() {
        for (i, l) in Lang::ALL.iter().enumerate() {
            assert!(std::ptr::eq(l.locale(), &LOCALES[i]), "{l:?}");
        }
        assert_eq!(LOCALES.len(), Lang::ALL.len());
    }
}

/// A language's name: in full, and short for narrow bars (CSS shows one; screen readers
/// always get the full name).
#[component]
pub fn LangName(lang: Lang) -> impl IntoView {
    view! {
        <span class="lang-long">{lang.endonym()}</span>
        <span class="lang-short" aria-hidden="true">{lang.short()}</span>
    }
}
