//! The story's languages. One page per language: the URL, the prerendered HTML and
//! `<html lang>` all come from here; what the kit decides per language is its row of the
//! locale table (`src/locale/`).

use std::fmt;

use leptos::prelude::*;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::locale::{Locale, LOCALES};

/// The number of the kit's languages (rows of the locale table).
pub const LANG_COUNT: usize = LOCALES.len();

/// A language of the kit: a row of the locale table. A story publishes those its data
/// lists (`story.json` meta `languages`); the first is its home page's. What depends on the
/// story (its languages, the pages' names, parsing a `?lang=` value) is in
/// `model/languages.rs`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    pub const ZH_HANT: Lang = Lang(0);
    pub const ZH_HANS: Lang = Lang(1);
    pub const EN: Lang = Lang(2);
    pub const KO: Lang = Lang(3);

    /// Every language of the kit, whether or not the story publishes it.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANG_COUNT as u8).map(Lang)
    }

    /// The kit's language whose tag is `tag` (exactly, as the data files write it).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::all().find(|l| l.tag() == tag)
    }

    /// The row of the kit's texts and the data's per-language arrays.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// Everything the kit decides for this language.
    pub fn locale(self) -> &'static Locale {
        LOCALES[self.index()]
    }

    /// BCP 47 tag for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        self.locale().tag
    }

    /// Every tag and `?lang=` value that opens this language (lower case): what
    /// [`Lang::parse`] reads, and what the build hands the page's scripts
    /// (`script_config.rs`), so that `boot.js` and `embed.js` take the same values.
    pub fn aliases(self) -> impl Iterator<Item = String> {
        std::iter::once(self.tag().to_ascii_lowercase())
            .chain(self.locale().aliases.iter().map(|a| (*a).to_owned()))
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

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Lang::from_tag(&tag).ok_or_else(|| de::Error::custom(unknown_language(&tag)))
    }
}

/// The error for a tag the kit has no row for.
fn unknown_language(tag: &str) -> String {
    let known: Vec<&str> = Lang::all().map(Lang::tag).collect();
    format!(
        "unknown language “{tag}”: the kit's languages are {} (src/locale/)",
        known.join(", ")
    )
}

/// U+200B ZERO WIDTH SPACE: where the data marks that a run of Chinese may break between
/// two words. Only the chart kit's line breaking reads it; it is never drawn or written out.
pub const BREAK_MARK: char = '\u{200B}';

/// `s` without its break marks.
pub fn unmarked(s: &str) -> String {
    s.replace(BREAK_MARK, "")
}

/// A text in the story's languages, as stored in the data files: an object keyed by the
/// languages' tags. A language it lacks reads as empty (the validation names it). It holds
/// the texts without break marks, as every reader of it but the charts' line breaking wants
/// them; the texts as written, marks and all, are kept apart for [`Text::marked`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    texts: [String; LANG_COUNT],
    marked: Option<Box<[String; LANG_COUNT]>>,
}

impl Text {
    /// A text in the first three languages (zh-Hant, zh-Hans, English): for tests and tools.
    pub fn new(zh_hant: &str, zh_hans: &str, en: &str) -> Text {
        Text::from_pairs([
            (Lang::ZH_HANT, zh_hant),
            (Lang::ZH_HANS, zh_hans),
            (Lang::EN, en),
        ])
    }

    /// A text from its languages' words (marks and all).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Lang, &'a str)>) -> Text {
        let mut raw: [String; LANG_COUNT] = Default::default();
        for (l, s) in pairs {
            raw[l.index()] = s.to_owned();
        }
        let has_marks = raw.iter().any(|s| s.contains(BREAK_MARK));
        Text {
            texts: raw.clone().map(|s| unmarked(&s)),
            marked: has_marks.then(|| Box::new(raw)),
        }
    }

    /// The text in `lang`, without break marks.
    pub fn get(&self, lang: Lang) -> &str {
        &self.texts[lang.index()]
    }

    /// The text in `lang` with the data's break marks, for a chart's line breaking.
    pub fn marked(&self, lang: Lang) -> &str {
        match &self.marked {
            Some(raw) => &raw[lang.index()],
            None => self.get(lang),
        }
    }

    /// The languages the text is given in (not empty).
    pub fn langs(&self) -> impl Iterator<Item = Lang> + '_ {
        Lang::all().filter(|&l| !self.get(l).is_empty())
    }
}

impl Serialize for Text {
    /// As the data files write it: the languages it is given in, by tag.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.langs().map(|l| (l.tag(), self.get(l))))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct Texts;
        impl<'de> de::Visitor<'de> for Texts {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text: an object of the languages' tags and their words")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut pairs: Vec<(Lang, String)> = Vec::new();
                while let Some(tag) = map.next_key::<String>()? {
                    let lang = Lang::from_tag(&tag)
                        .ok_or_else(|| de::Error::custom(unknown_language(&tag)))?;
                    pairs.push((lang, map.next_value()?));
                }
                Ok(Text::from_pairs(
                    pairs.iter().map(|(l, s)| (*l, s.as_str())),
                ))
            }
        }
        d.deserialize_map(Texts)
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
        assert_eq!(t.get(Lang::ZH_HANT), "高新技術企業");
        assert_eq!(t.marked(Lang::ZH_HANS), "高新技术\u{200B}企业");
        assert_eq!(t.marked(Lang::EN), "High-tech firms");
        assert_eq!(serde_json::to_value(&t).unwrap()["zh-Hant"], "高新技術企業");
        let plain = Text::new("企業", "企业", "firms");
        assert_eq!(plain.marked(Lang::ZH_HANT), "企業");
    }

    #[test]
    fn a_text_takes_any_of_the_kits_languages_and_names_an_unknown_one() {
        let t: Text = serde_json::from_str(r#"{ "en": "Firms", "ko": "기업" }"#).unwrap();
        assert_eq!(t.get(Lang::KO), "기업");
        assert_eq!(t.get(Lang::ZH_HANT), "");
        assert_eq!(t.langs().collect::<Vec<_>>(), [Lang::EN, Lang::KO]);
        let e = serde_json::from_str::<Text>(r#"{ "fr": "Entreprises" }"#).unwrap_err();
        assert!(e.to_string().contains("unknown language “fr”"), "{e}");
    }

    #[test]
    fn each_language_has_its_own_row() {
        for l in Lang::all() {
            assert!(std::ptr::eq(l.locale(), LOCALES[l.index()]), "{l:?}");
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
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

/// How many languages a bar lists side by side on a narrow phone; with more, it lists them
/// in a menu there (the current one its button), so that the bar keeps to one row at 320 px.
pub const SIDE_BY_SIDE: usize = 3;

/// A bar's language links, `links` (called once for each place they are shown), named
/// `label`: side by side; and, when there are more than [`SIDE_BY_SIDE`], also in a menu that
/// narrow phones show instead (`style/main.css`; the hidden copy is out of the
/// accessibility tree).
pub fn lang_switch<V: IntoView + 'static>(
    lang: Lang,
    count: usize,
    label: &'static str,
    links: impl Fn() -> V,
) -> impl IntoView {
    let many = count > SIDE_BY_SIDE;
    view! {
        <nav class="langs" data-many=many.then_some("") aria-label=label>{links()}</nav>
        {many.then(|| view! {
            <details class="lang-menu">
                <summary><LangName lang=lang/></summary>
                <nav class="lang-list" aria-label=label>{links()}</nav>
            </details>
        })}
    }
}
