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
    /// Words are set apart by spaces (lines break at them; a figure may take two lines at
    /// a space outside its number and unit); otherwise lines break between words the data
    /// marks.
    pub spaced: bool,
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
        spaced: false,
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
        spaced: false,
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
        spaced: true,
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

/// U+200B ZERO WIDTH SPACE: where the data marks that a run of Chinese may break between
/// two words. Only the chart kit's line breaking reads it; it is never drawn or written out.
pub const BREAK_MARK: char = '\u{200B}';

/// `s` without its break marks.
pub fn unmarked(s: &str) -> String {
    s.replace(BREAK_MARK, "")
}

/// A text in the three languages, as stored in the data files. The fields hold it without
/// break marks, as every reader of it but the charts' line breaking wants it; the texts as
/// written, marks and all, are kept apart for [`Text::marked`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "RawText")]
pub struct Text {
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
    pub en: String,
    #[serde(skip)]
    marked: Option<Box<RawText>>,
}

/// A text as the data files give it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    #[serde(rename = "zh-Hant")]
    zh_hant: String,
    #[serde(rename = "zh-Hans")]
    zh_hans: String,
    en: String,
}

impl RawText {
    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhHant => &self.zh_hant,
            Lang::ZhHans => &self.zh_hans,
            Lang::En => &self.en,
        }
    }
}

impl From<RawText> for Text {
    fn from(raw: RawText) -> Text {
        let has_marks = Lang::ALL.iter().any(|&l| raw.get(l).contains(BREAK_MARK));
        Text {
            zh_hant: unmarked(&raw.zh_hant),
            zh_hans: unmarked(&raw.zh_hans),
            en: unmarked(&raw.en),
            marked: has_marks.then(|| Box::new(raw)),
        }
    }
}

impl Text {
    pub fn new(zh_hant: &str, zh_hans: &str, en: &str) -> Text {
        Text::from(RawText {
            zh_hant: zh_hant.into(),
            zh_hans: zh_hans.into(),
            en: en.into(),
        })
    }

    /// The text in `lang`, without break marks.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhHant => &self.zh_hant,
            Lang::ZhHans => &self.zh_hans,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang` with the data's break marks, for a chart's line breaking.
    pub fn marked(&self, lang: Lang) -> &str {
        match &self.marked {
            Some(raw) => raw.get(lang),
            None => self.get(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_keeps_its_break_marks_apart() {
        let t: Text = serde_json::from_str(
            r#"{ "zh-Hant": "高新技術\u200b企業", "zh-Hans": "高新技术\u200b企业", "en": "High-tech firms" }"#,
        )
        .unwrap();
        assert_eq!(t.get(Lang::ZhHant), "高新技術企業");
        assert_eq!(t.marked(Lang::ZhHans), "高新技术\u{200B}企业");
        assert_eq!(t.marked(Lang::En), "High-tech firms");
        assert_eq!(serde_json::to_value(&t).unwrap()["zh-Hant"], "高新技術企業");
        let plain = Text::new("企業", "企业", "firms");
        assert_eq!(plain.marked(Lang::ZhHant), "企業");
    }

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
