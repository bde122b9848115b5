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

    /// BCP 47 tag for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The language's page, relative to the story's folder (flat, so relative asset
    /// paths work at any sub-path).
    pub fn page(self) -> &'static str {
        match self {
            Lang::ZhHant => "index.html",
            Lang::ZhHans => "zh-hans.html",
            Lang::En => "en.html",
        }
    }

    /// The language's embed page (for an iframe on another site; see docs/embedding.md).
    /// Flat siblings of the pages, so the same relative assets work.
    pub fn embed_page(self) -> &'static str {
        match self {
            Lang::ZhHant => "embed.html",
            Lang::ZhHans => "embed-zh-hans.html",
            Lang::En => "embed-en.html",
        }
    }

    /// The page of one chart in the language (`chart-sample-gdp.html`,
    /// `chart-sample-gdp-zh-hans.html`, `chart-sample-gdp-en.html`): the chart alone, for an
    /// iframe on another site (docs/embedding.md, "Embedding one chart"). Flat siblings of the pages.
    pub fn chart_page(self, chart: &str) -> String {
        match self {
            Lang::ZhHant => format!("chart-{chart}.html"),
            Lang::ZhHans => format!("chart-{chart}-zh-hans.html"),
            Lang::En => format!("chart-{chart}-en.html"),
        }
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
        match self {
            Lang::ZhHant => "繁體",
            Lang::ZhHans => "简体",
            Lang::En => "English",
        }
    }

    /// The endonym's short form, for narrow bars (a part of the endonym, so the link's
    /// accessible name still holds its visible text).
    pub fn short(self) -> &'static str {
        match self {
            Lang::ZhHant => "繁",
            Lang::ZhHans => "简",
            Lang::En => "EN",
        }
    }
}

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
