//! Ids: lower-case ASCII, unique among records of one kind.

use std::collections::HashSet;

use super::{is_ascii_id, rec, Validator};
use crate::model::{CHARTS_FILE, METRICS_FILE, STORY_FILE, UNITS_FILE};

impl Validator<'_> {
    pub(super) fn ids(&mut self) {
        let s = self.s;
        let mut seen = HashSet::new();
        for (file, kind, id) in s
            .metrics
            .iter()
            .map(|m| (METRICS_FILE, "metric", m.id.as_str()))
            .chain(
                s.charts
                    .iter()
                    .map(|c| (CHARTS_FILE, "chart", c.id.as_str())),
            )
            .chain(s.units.iter().map(|u| (UNITS_FILE, "unit", u.id.as_str())))
            .chain(
                s.sections
                    .iter()
                    .map(|x| (STORY_FILE, "section", x.id.as_str())),
            )
            .chain(
                s.sections
                    .iter()
                    .flat_map(|x| x.steps.iter())
                    .map(|x| (STORY_FILE, "step", x.id.as_str())),
            )
            .chain(std::iter::once((STORY_FILE, "intro", s.intro.id.as_str())))
            .chain(
                s.intro
                    .paragraphs
                    .iter()
                    .map(|p| (STORY_FILE, "intro paragraph", p.id.as_str())),
            )
        {
            if !is_ascii_id(id) {
                self.err(
                    file,
                    rec(kind, id),
                    "id",
                    "must be lower-case ASCII letters, digits and hyphens (e.g. gdp-growth)",
                );
            }
            if !seen.insert((kind, id)) {
                self.err(
                    file,
                    rec(kind, id),
                    "id",
                    format!("is used by more than one {kind}: ids must be unique"),
                );
            }
        }
    }
}
