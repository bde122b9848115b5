//! Checks of the story's meta record: version, dates, and the repairs note's counts.

use super::{is_ascii_id, is_date, Validator};
use crate::model::STORY_FILE;

impl Validator<'_> {
    pub(super) fn meta(&mut self) {
        let m = &self.s.meta;
        if m.languages.is_empty() {
            self.err(
                STORY_FILE,
                "meta".into(),
                "languages",
                "is empty: list the story's languages by tag, its first language first (e.g. [\"zh-Hant\", \"zh-Hans\", \"en\"])",
            );
        }
        for (i, l) in m.languages.iter().enumerate() {
            if m.languages[..i].contains(l) {
                self.err(
                    STORY_FILE,
                    "meta".into(),
                    "languages",
                    format!("lists {} twice", l.tag()),
                );
            }
        }
        if m.data_version.trim().is_empty() {
            self.err(
                STORY_FILE,
                "meta".into(),
                "data_version",
                "is empty: give the data a version, e.g. 1.0.0",
            );
        }
        if !is_date(&m.updated) {
            self.err(
                STORY_FILE,
                "meta".into(),
                "updated",
                format!("“{}” is not a date written YYYY-MM-DD", m.updated),
            );
        }
        for (field, date) in [("published", &m.published), ("modified", &m.modified)] {
            if let Some(d) = date.as_deref().filter(|d| !is_date(d)) {
                self.err(
                    STORY_FILE,
                    "meta".into(),
                    field,
                    format!("“{d}” is not a date written YYYY-MM-DD"),
                );
            }
        }
        match (&m.published, &m.modified) {
            (Some(p), Some(md)) if is_date(p) && is_date(md) && md < p => self.err(
                STORY_FILE,
                "meta".into(),
                "modified",
                format!("“{md}” is before the story was published ({p})"),
            ),
            (None, Some(_)) => self.err(
                STORY_FILE,
                "meta".into(),
                "modified",
                "is given without published: set when the story was first published",
            ),
            _ => {}
        }
        if !is_ascii_id(&m.slug) {
            self.err(
                STORY_FILE,
                "meta".into(),
                "slug",
                format!(
                    "“{}” must be lower-case ASCII letters, digits and hyphens (e.g. hexi-2024)",
                    m.slug
                ),
            );
        }
        for (i, c) in m.corrections.iter().enumerate() {
            if !is_date(&c.date) {
                self.err(
                    STORY_FILE,
                    format!("meta, correction no. {}", i + 1),
                    "date",
                    format!("“{}” is not a date written YYYY-MM-DD", c.date),
                );
            }
        }
        for (theme, colours) in [("light", &m.colours.light), ("dark", &m.colours.dark)] {
            for (field, c) in colours.given() {
                if crate::model::parse_hex_colour(c).is_none() {
                    self.err(
                        STORY_FILE,
                        "meta".into(),
                        &format!("colours.{theme}.{field}"),
                        format!("“{c}” is not a colour written #rrggbb (e.g. #1d4f91)"),
                    );
                }
            }
        }
        let n = &m.repairs;
        for (lang, name) in self.langs() {
            let note = n.note.get(lang);
            for (count, what) in [
                (n.pinyin, "pinyin"),
                (n.mojibake, "mojibake"),
                (n.simplified, "simplified"),
                (n.punctuation, "punctuation"),
            ] {
                if !note.contains(&count.to_string()) {
                    self.err(
                        STORY_FILE,
                        "meta".into(),
                        "repairs",
                        format!("the {name} note does not give the {what} count {count}"),
                    );
                }
            }
        }
    }
}
