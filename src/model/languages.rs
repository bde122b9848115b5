//! The story's languages among the kit's: the pages it has and their names, and what a
//! `?lang=` value opens. (In the model because they read the story; `Lang` itself is the
//! kit's, in `lang.rs`.)

use super::story;
use crate::lang::Lang;

impl Lang {
    /// The story's languages, in its order: the pages it has.
    pub fn published() -> &'static [Lang] {
        &story().meta.languages
    }

    /// The story's first language: its home page's.
    pub fn home() -> Lang {
        Lang::published().first().copied().unwrap_or(Lang::ZH_HANT)
    }

    fn is_home(self) -> bool {
        self == Lang::home()
    }

    /// The language's page, relative to the story's folder (flat, so relative asset
    /// paths work at any sub-path).
    pub fn page(self) -> &'static str {
        if self.is_home() {
            "index.html"
        } else {
            self.locale().page
        }
    }

    /// The language's embed page (for an iframe on another site; see docs/embedding.md).
    /// Flat siblings of the pages, so the same relative assets work.
    pub fn embed_page(self) -> &'static str {
        if self.is_home() {
            "embed.html"
        } else {
            self.locale().embed_page
        }
    }

    /// The page of one chart in the language (`chart-sample-gdp.html`,
    /// `chart-sample-gdp-zh-hans.html`, `chart-sample-gdp-en.html`): the chart alone, for an
    /// iframe on another site (docs/embedding.md, "Embedding one chart"). Flat siblings of the pages.
    pub fn chart_page(self, chart: &str) -> String {
        let suffix = if self.is_home() {
            ""
        } else {
            self.locale().page_suffix
        };
        format!("chart-{chart}{suffix}.html")
    }

    /// Parses a `?lang=` value or a tag (one of a language's [`Lang::aliases`], in any case,
    /// spaces around ignored) into one of the story's languages; other values are `None`
    /// (ignored by the page).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        Lang::published()
            .iter()
            .copied()
            .find(|l| l.aliases().any(|a| a == s))
    }
}

impl Default for Lang {
    /// The story's first language.
    fn default() -> Lang {
        Lang::home()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_storys_tags_and_ignores_the_rest() {
        assert_eq!(Lang::parse("zh-TW"), Some(Lang::ZH_HANT));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::ZH_HANS));
        assert_eq!(Lang::parse("EN"), Some(Lang::EN));
        assert_eq!(Lang::parse("<script>"), None);
        assert_eq!(Lang::parse(" zh-SG "), Some(Lang::ZH_HANS));
        assert_eq!(Lang::parse("zh-Hant-TW"), None);
        for &l in Lang::published() {
            assert_eq!(Lang::parse(l.tag()), Some(l));
        }
        for l in Lang::all().filter(|l| !Lang::published().contains(l)) {
            assert_eq!(Lang::parse(l.tag()), None, "{l:?} is not the story's");
        }
    }

    #[test]
    fn the_first_language_is_the_home_page() {
        assert_eq!(Lang::home().page(), "index.html");
        assert_eq!(Lang::default(), Lang::published()[0]);
    }
}
