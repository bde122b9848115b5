//! Cross-checks between the records: ids, references, marks, charts. Cheap (string searches
//! over a few kilobytes), so it also runs in the page; the heavier checks against the source
//! article (coverage of every number, OpenCC, repairs) live in `tests/data_*.rs`.

use std::collections::HashSet;

use super::error::DataError;
use super::types::*;
use super::{CHARTS_FILE, METRICS_FILE, STORY_FILE, UNITS_FILE};
use super::kind::ChartKind;
use crate::lang::{Lang, Text};

/// All problems found, in file order. Empty when the data is consistent.
pub fn validate(s: &Story) -> Vec<DataError> {
    let mut v = Validator {
        s,
        errs: Vec::new(),
    };
    v.meta();
    v.texts();
    v.ids();
    v.units();
    v.metrics();
    v.steps();
    v.charts();
    v.everything_shown();
    v.errs
}

struct Validator<'a> {
    s: &'a Story,
    errs: Vec<DataError>,
}

const SCALES: [u64; 3] = [1, 10_000, 100_000_000];
const LANGS: [(Lang, &str); 3] = [
    (Lang::ZhHant, "zh-Hant"),
    (Lang::ZhHans, "zh-Hans"),
    (Lang::En, "en"),
];

fn rec(kind: &str, id: &str) -> String {
    format!("{kind} “{id}”")
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0))
}

fn is_ascii_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl<'a> Validator<'a> {
    fn err(&mut self, file: &str, record: String, field: &str, problem: impl Into<String>) {
        self.errs.push(DataError::at(file, record, field, problem));
    }

    fn text(&mut self, file: &str, record: &str, field: &str, t: &Text) {
        for (lang, name) in LANGS {
            if t.get(lang).trim().is_empty() {
                self.err(
                    file,
                    record.to_string(),
                    field,
                    format!("the {name} text is empty"),
                );
            }
        }
    }

    fn meta(&mut self) {
        let m = &self.s.meta;
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
        let n = &m.repairs;
        for (lang, name) in LANGS {
            let note = n.repairs_note_text(lang);
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

    fn texts(&mut self) {
        let s = self.s;
        let m = &s.meta;
        for (field, t) in [
            ("site_title", &m.site_title),
            ("publisher", &m.publisher),
            ("credit", &m.credit),
            ("republished_by", &m.republished_by),
            ("translation", &m.translation),
            ("no_corrections", &m.no_corrections),
            ("repairs", &m.repairs.note),
        ] {
            self.text(STORY_FILE, "meta", field, t);
        }
        for (i, c) in m.corrections.iter().enumerate() {
            self.text(
                STORY_FILE,
                &format!("meta, correction no. {}", i + 1),
                "text",
                &c.text,
            );
        }
        self.text(STORY_FILE, "the file", "title", &s.title);
        self.text(STORY_FILE, "intro", "heading", &s.intro.heading);
        for p in &s.intro.paragraphs {
            self.text(STORY_FILE, &rec("intro paragraph", &p.id), "text", &p.text);
        }
        for sec in &s.sections {
            self.text(
                STORY_FILE,
                &rec("section", &sec.id),
                "heading",
                &sec.heading[0],
            );
            self.text(
                STORY_FILE,
                &rec("section", &sec.id),
                "heading",
                &sec.heading[1],
            );
            for st in &sec.steps {
                self.text(STORY_FILE, &rec("step", &st.id), "text", &st.text);
            }
        }
        for mt in &s.metrics {
            self.text(METRICS_FILE, &rec("metric", &mt.id), "label", &mt.label);
            self.text(METRICS_FILE, &rec("metric", &mt.id), "mark", &mt.mark);
            if let Some(c) = &mt.compare {
                self.text(METRICS_FILE, &rec("metric", &mt.id), "compare", &c.text);
            }
        }
        for c in &s.charts {
            self.text(CHARTS_FILE, &rec("chart", &c.id), "title", &c.title);
            self.text(CHARTS_FILE, &rec("chart", &c.id), "note", &c.note);
            self.text(CHARTS_FILE, &rec("chart", &c.id), "hint", &c.hint);
        }
        for u in &s.units {
            self.text(UNITS_FILE, &rec("unit", &u.id), "name", &u.name);
            self.text(UNITS_FILE, &rec("unit", &u.id), "template", &u.template);
            for (lang, name) in LANGS {
                if !u.template.get(lang).contains("{}") {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "template",
                        format!("the {name} template has no {{}} where the number goes"),
                    );
                }
            }
            for (field, t) in [("en_one", &u.en_one), ("en_short", &u.en_short)] {
                if let Some(t) = t {
                    if !t.contains("{}") {
                        self.err(
                            UNITS_FILE,
                            rec("unit", &u.id),
                            field,
                            "has no {} where the number goes",
                        );
                    }
                }
            }
        }
    }

    fn ids(&mut self) {
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

    fn units(&mut self) {
        for u in &self.s.units {
            if let Some(g) = &u.gloss {
                if !(g.factor.is_finite() && g.factor > 0.0) {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "the factor must be a positive number",
                    );
                }
                if !g.en.contains("{}") {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "the en template has no {} where the number goes",
                    );
                }
                if !(1..=6).contains(&g.significant) {
                    self.err(
                        UNITS_FILE,
                        rec("unit", &u.id),
                        "gloss",
                        "significant must be between 1 and 6",
                    );
                }
            }
        }
    }

    fn metrics(&mut self) {
        let s = self.s;
        for m in &s.metrics {
            let r = rec("metric", &m.id);
            if s.section(&m.section).is_none() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "section",
                    format!("there is no section “{}” in {STORY_FILE}", m.section),
                );
            }
            if s.unit(&m.unit).is_none() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "unit",
                    format!("“{}” is not a unit of {UNITS_FILE}", m.unit),
                );
            }
            if !SCALES.contains(&m.scale) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "scale",
                    format!("{} is not 1, 10000 (萬) or 100000000 (億)", m.scale),
                );
            }
            if !m.value.is_finite() || m.value < 0.0 {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "value",
                    "must be a number of 0 or more, as the text states it",
                );
            }
            if m.source.is_empty() {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "source",
                    "is empty: copy the words of the article that state the figure",
                );
            } else if !m.source.contains(&m.mark.zh_hant) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "mark",
                    format!(
                        "the zh-Hant mark “{}” is not part of the source “{}”",
                        m.mark.zh_hant, m.source
                    ),
                );
            }
            let words: &[&str] = match m.qualifier {
                Qualifier::Exact => &[],
                Qualifier::Over => &["逾", "超過", "突破", "超", "餘", "多"],
                Qualifier::OrMore => &["以上"],
                Qualifier::Nearly => &["近"],
                Qualifier::About => &["約", "左右"],
                Qualifier::Expected => &["預計"],
            };
            if !words.is_empty() && !words.iter().any(|w| m.source.contains(w)) {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "qualifier",
                    format!(
                        "the source “{}” has none of the words that mean this qualifier ({})",
                        m.source,
                        words.join("、")
                    ),
                );
            }
            for (w, q, name) in [
                ("突破", Qualifier::Over, "over"),
                ("餘", Qualifier::Over, "over"),
                ("逾", Qualifier::Over, "over"),
                ("以上", Qualifier::OrMore, "or-more"),
                ("近", Qualifier::Nearly, "nearly"),
            ] {
                if m.mark.zh_hant.contains(w) && m.qualifier != q {
                    self.err(
                        METRICS_FILE,
                        r.clone(),
                        "qualifier",
                        format!("the mark says “{w}”: the qualifier should be {name}"),
                    );
                }
            }
            if m.mark.zh_hant.contains("預計") && m.qualifier != Qualifier::Expected {
                self.err(
                    METRICS_FILE,
                    r.clone(),
                    "qualifier",
                    "the mark says 預計: the qualifier should be expected",
                );
            }
            if let Some(c) = &m.compare {
                if let Some(id) = &c.metric {
                    if s.metric(id).is_none() {
                        self.err(
                            METRICS_FILE,
                            r.clone(),
                            "compare",
                            format!("there is no metric “{id}” to compare with"),
                        );
                    }
                }
            }
        }
    }

    fn figures_in(&mut self, record: &str, text: &Text, figures: &[String], section: Option<&str>) {
        let s = self.s;
        for id in figures {
            let Some(m) = s.metric(id) else {
                self.err(
                    STORY_FILE,
                    record.to_string(),
                    "figures",
                    format!("there is no metric “{id}” in {METRICS_FILE}"),
                );
                continue;
            };
            for (lang, name) in LANGS {
                let mark = m.mark.get(lang);
                if !mark.is_empty() && !text.get(lang).contains(mark) {
                    self.err(
                        METRICS_FILE,
                        rec("metric", id),
                        "mark",
                        format!("the {name} mark “{mark}” is not in the {name} text of {record}, which lists it under figures"),
                    );
                }
            }
            if let Some(sec) = section {
                if m.section != sec {
                    self.err(
                        METRICS_FILE,
                        rec("metric", id),
                        "section",
                        format!(
                            "is “{}” but the figure is stated in section “{sec}”",
                            m.section
                        ),
                    );
                }
                if !text.zh_hant.contains(&m.source) {
                    self.err(METRICS_FILE, rec("metric", id), "source", format!("“{}” is not in the zh-Hant text of {record}, which lists it under figures", m.source));
                }
            }
        }
    }

    fn steps(&mut self) {
        let s = self.s;
        let n = s.intro.key_figures.len();
        if !(3..=5).contains(&n) {
            self.err(
                STORY_FILE,
                "intro".into(),
                "key_figures",
                format!("has {n} metric ids: the hero needs 3 to 5"),
            );
        }
        for id in &s.intro.key_figures {
            if s.metric(id).is_none() {
                self.err(
                    STORY_FILE,
                    "intro".into(),
                    "key_figures",
                    format!("there is no metric “{id}” in {METRICS_FILE}"),
                );
            }
        }
        for p in &s.intro.paragraphs {
            self.figures_in(&rec("intro paragraph", &p.id), &p.text, &p.figures, None);
        }
        for sec in &s.sections {
            if sec.steps.is_empty() {
                self.err(STORY_FILE, rec("section", &sec.id), "steps", "has no steps");
            }
            for st in &sec.steps {
                let r = rec("step", &st.id);
                match s.chart(&st.chart) {
                    None => self.err(
                        STORY_FILE,
                        r.clone(),
                        "chart",
                        format!("there is no chart “{}” in {CHARTS_FILE}", st.chart),
                    ),
                    Some(c) => {
                        for f in &st.focus {
                            if !c.metrics.contains(f) {
                                self.err(
                                    STORY_FILE,
                                    r.clone(),
                                    "focus",
                                    format!("“{f}” is not one of the metrics of chart “{}”", c.id),
                                );
                            }
                        }
                    }
                }
                self.figures_in(&r, &st.text, &st.figures, Some(&sec.id));
            }
        }
    }

    fn charts(&mut self) {
        let s = self.s;
        for c in &s.charts {
            let r = rec("chart", &c.id);
            if c.metrics.is_empty() {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "metrics",
                    "is empty: a chart shows at least one metric",
                );
                continue;
            }
            let ms: Vec<&Metric> = c
                .metrics
                .iter()
                .filter_map(|id| {
                    let m = s.metric(id);
                    if m.is_none() {
                        self.errs.push(DataError::at(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            format!("there is no metric “{id}” in {METRICS_FILE}"),
                        ));
                    }
                    m
                })
                .collect();
            let dims: Vec<&str> = ms
                .iter()
                .filter_map(|m| s.unit(&m.unit))
                .map(|u| u.dimension.as_str())
                .collect();
            if dims.windows(2).any(|w| w[0] != w[1]) {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "metrics",
                    format!(
                        "mixes units that cannot share an axis ({}): put them in separate charts",
                        ms.iter()
                            .map(|m| format!("{} in {}", m.id, m.unit))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            let one = |v: &mut Self, what: &str| {
                if ms.len() != 1 {
                    v.err(
                        CHARTS_FILE,
                        r.clone(),
                        "metrics",
                        format!(
                            "a {what} chart shows exactly one metric, this one has {}",
                            ms.len()
                        ),
                    );
                }
            };
            match c.kind {
                ChartKind::BigNumber => one(self, "big-number"),
                ChartKind::Rank => {
                    one(self, "rank");
                    if ms.iter().any(|m| m.kind != MetricKind::Rank) {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a rank chart shows a metric of kind rank",
                        );
                    }
                    match c.total.as_deref().map(|t| s.metric(t)) {
                        None => self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "total",
                            "a rank chart needs the metric id of the total (e.g. the 68 zones)",
                        ),
                        Some(None) => self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "total",
                            format!("there is no metric “{}”", c.total.as_deref().unwrap_or("")),
                        ),
                        Some(Some(t)) => {
                            if ms.iter().any(|m| m.value > t.value) {
                                self.err(
                                    CHARTS_FILE,
                                    r.clone(),
                                    "total",
                                    "the rank is larger than the total",
                                );
                            }
                        }
                    }
                }
                ChartKind::Gauge => {
                    match c.whole {
                        Some(w) if w > 0.0 => {}
                        _ => self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "whole",
                            "a gauge needs the value of a full ring (100 for per cent)",
                        ),
                    }
                    if ms.iter().any(|m| m.unit != "percent") {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a gauge shows per cent figures",
                        );
                    }
                }
                ChartKind::Waffle => match c.per_cell {
                    Some(p) if p > 0.0 => {}
                    _ => self.err(
                        CHARTS_FILE,
                        r.clone(),
                        "per_cell",
                        "a waffle chart needs how much one square stands for",
                    ),
                },
                ChartKind::Growth => {
                    if ms.iter().any(|m| {
                        !matches!(m.kind, MetricKind::Growth | MetricKind::Reduction)
                            || m.unit != "percent"
                    }) {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a growth chart shows growth rates in per cent only",
                        );
                    }
                }
                ChartKind::Bars | ChartKind::Hbars => {
                    if ms.len() < 2 {
                        self.err(
                            CHARTS_FILE,
                            r.clone(),
                            "metrics",
                            "a bar chart compares at least two metrics; use big-number for one",
                        );
                    }
                }
            }
            if c.kind != ChartKind::Rank && c.total.is_some() {
                self.err(CHARTS_FILE, r.clone(), "total", "is only for rank charts");
            }
            if c.kind != ChartKind::Gauge && (c.whole.is_some() || c.target.is_some()) {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "whole",
                    "whole and target are only for gauges",
                );
            }
            if c.kind != ChartKind::Waffle && c.per_cell.is_some() {
                self.err(
                    CHARTS_FILE,
                    r.clone(),
                    "per_cell",
                    "is only for waffle charts",
                );
            }
        }
    }

    fn everything_shown(&mut self) {
        let s = self.s;
        let mut shown: HashSet<&str> = HashSet::new();
        let mut used_charts: HashSet<&str> = HashSet::new();
        shown.extend(s.intro.key_figures.iter().map(String::as_str));
        for p in &s.intro.paragraphs {
            shown.extend(p.figures.iter().map(String::as_str));
        }
        for st in s.sections.iter().flat_map(|x| x.steps.iter()) {
            shown.extend(st.figures.iter().map(String::as_str));
            used_charts.insert(st.chart.as_str());
            if let Some(c) = s.chart(&st.chart) {
                shown.extend(c.metrics.iter().map(String::as_str));
            }
        }
        for m in &s.metrics {
            if !shown.contains(m.id.as_str()) {
                self.err(METRICS_FILE, rec("metric", &m.id), "id", "is not shown anywhere: list it in a step's figures, a chart or the hero's key_figures");
            }
        }
        for c in &s.charts {
            if !used_charts.contains(c.id.as_str()) {
                self.err(
                    CHARTS_FILE,
                    rec("chart", &c.id),
                    "id",
                    "is not used by any step: give it to a step's chart or remove it",
                );
            }
        }
    }
}

impl RepairsNote {
    fn repairs_note_text(&self, lang: Lang) -> &str {
        self.note.get(lang)
    }
}
