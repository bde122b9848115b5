//! The counter or unit after a number, from a `units.json`: the longest template that
//! follows the number (`個百分點` before `個`), and among the units of one classifier (戶:
//! households, firms …) the one whose name the words after it use. An unknown counter
//! becomes a draft unit.

use serde_json::Value;

#[derive(Clone, Debug)]
pub struct UnitDef {
    pub id: String,
    /// The zh-Hant words after the number (`個百分點`), or before it for `第{}`.
    pub after: String,
    pub before: String,
    pub dimension: String,
    pub name: String,
    pub record: Value,
    pub draft: bool,
}

pub struct UnitBook {
    pub units: Vec<UnitDef>,
}

/// Classifiers a count may use that the book may not know.
const COUNTERS: &str =
    "個家戶名人項件處條座所棟套臺台輛間張次場批類位眼塊宗起畝噸斤元種支隻頭匹艘架部臺";

impl UnitBook {
    pub fn new(units: &Value) -> UnitBook {
        let units = units["units"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|u| {
                        let t = u["template"]["zh-Hant"].as_str()?;
                        let (before, after) = t.split_once("{}")?;
                        Some(UnitDef {
                            id: u["id"].as_str()?.to_owned(),
                            after: after.to_owned(),
                            before: before.to_owned(),
                            dimension: u["dimension"].as_str().unwrap_or("").to_owned(),
                            name: u["name"]["zh-Hant"].as_str().unwrap_or("").to_owned(),
                            record: u.clone(),
                            draft: false,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        UnitBook { units }
    }

    pub fn get(&self, id: &str) -> Option<&UnitDef> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The unit of a number whose text is followed by `after` and preceded by `before`;
    /// the length in bytes of the words it takes after the number.
    pub fn find(&self, before: &str, after: &str) -> Option<(&UnitDef, usize)> {
        let after_pct = after.replace('％', "%");
        if before.ends_with('第') {
            if let Some(u) = self.units.iter().find(|u| u.before == "第") {
                return Some((u, 0));
            }
        }
        let best = self
            .units
            .iter()
            .filter(|u| {
                u.before.is_empty() && !u.after.is_empty() && after_pct.starts_with(&u.after)
            })
            .map(|u| u.after.len())
            .max()?;
        let same: Vec<&UnitDef> = self
            .units
            .iter()
            .filter(|u| {
                u.before.is_empty() && u.after.len() == best && after_pct.starts_with(&u.after)
            })
            .collect();
        let window: String = after[best.min(after.len())..].chars().take(10).collect();
        let named = same.iter().copied().find(|u| {
            let n: String = u
                .name
                .chars()
                .filter(|c| super::repair::is_cjk(*c))
                .collect();
            !n.is_empty()
                && (window.contains(&n)
                    || n.chars().count() >= 2
                        && window.contains(&n.chars().take(2).collect::<String>()))
        });
        let take = if after.starts_with('％') {
            '％'.len_utf8()
        } else {
            best
        };
        Some((named.unwrap_or(same[0]), take))
    }

    /// A draft unit for a counter the book does not know; the same counter gives the same unit.
    pub fn draft_unit(&mut self, after: &str) -> Option<(String, usize)> {
        let c = after.chars().next()?;
        if !COUNTERS.contains(c) {
            return None;
        }
        let id = format!("draft-{}", c as u32);
        if self.get(&id).is_none() {
            let record = serde_json::json!({
                "id": id, "dimension": id,
                "name": { "zh-Hant": c.to_string(), "zh-Hans": c.to_string(), "en": format!("[draft] {c}") },
                "template": { "zh-Hant": format!("{{}}{c}"), "zh-Hans": format!("{{}}{c}"), "en": format!("{{}} [draft] {c}") }
            });
            self.units.push(UnitDef {
                id: id.clone(),
                after: c.to_string(),
                before: String::new(),
                dimension: id.clone(),
                name: c.to_string(),
                record,
                draft: true,
            });
        }
        Some((id, c.len_utf8()))
    }
}
