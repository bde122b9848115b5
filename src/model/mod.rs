//! The story's data: typed records parsed from the JSON files of the story's folder
//! (`STORY_DIR`, default `stories/luyuan-2023/`), which `build.rs` copies into OUT_DIR and the
//! native binary embeds with `include_str!`; the browser gets its page's language's copy
//! beside the wasm (`receive`, `shipped.rs`). The schema is in `docs/data.md`.
//!
//! * [`story`] gives the parsed story (parsed once). It never panics: if the data cannot be
//!   read, it gives a small placeholder story and [`problems`] says why.
//! * [`load`] parses and validates the embedded files and returns the first problem.
//! * [`parse`] does the same for any given texts (tests feed broken copies to it).

// DataError carries the file, record and field in words; it is rare and never on a hot path.
#![allow(clippy::result_large_err)]

mod chart_kind;
mod chart_spec;
mod error;
mod icon;
mod languages;
mod loaded;
mod metric;
mod shipped;
mod types;
mod validate;

use serde_json::Value;

pub use chart_kind::ChartKind;
pub use chart_spec::{ChartForm, ChartSpec};
pub use error::{DataError, FieldRule};
pub use icon::Icon;
#[cfg(not(target_arch = "wasm32"))]
pub use loaded::{load, read_live, FILES};
#[cfg(target_arch = "wasm32")]
pub use loaded::{parse_in_slices, receive};
pub use loaded::{problems, story, story_dir};
pub use metric::*;
pub use shipped::{file_name as shipped_file_name, shipped, sources as shipped_sources};
pub use types::*;
pub use validate::{names_change, says_growth, validate};

use crate::lang::{Lang, Text};

/// The story's folder as the editor knows it: `data`, or the `STORY_DIR` the build was given.
pub const STORY_DIR: &str = env!("STORY_DIR_NAME");

/// Where the data files are, as named in messages (the story's `story.json` by default).
/// Whether the build's story is the default one (`DEFAULT_STORY_DIR` of build.rs): the unit
/// tests about that story's own figures (named `story_…`) run on it alone.
#[cfg(test)]
pub(crate) fn is_default_story() -> bool {
    STORY_DIR == env!("DEFAULT_STORY_DIR")
}

pub const STORY_FILE: &str = concat!(env!("STORY_DIR_NAME"), "/story.json");
pub const METRICS_FILE: &str = concat!(env!("STORY_DIR_NAME"), "/metrics.json");
pub const CHARTS_FILE: &str = concat!(env!("STORY_DIR_NAME"), "/charts.json");
pub const UNITS_FILE: &str = concat!(env!("STORY_DIR_NAME"), "/units.json");

/// The texts of the four data files.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    pub story: &'a str,
    pub metrics: &'a str,
    pub charts: &'a str,
    pub units: &'a str,
}

/// The data files as edited (copied by `build.rs` from the story's folder): embedded
/// natively (tests, the prerender).
pub const EDITED: Sources<'static> = Sources {
    story: include_str!(concat!(env!("OUT_DIR"), "/edited/story.json")),
    metrics: include_str!(concat!(env!("OUT_DIR"), "/edited/metrics.json")),
    charts: include_str!(concat!(env!("OUT_DIR"), "/edited/charts.json")),
    units: include_str!(concat!(env!("OUT_DIR"), "/edited/units.json")),
};

/// The browser's copy, made by `build.rs`: minified, without the article's text (the
/// prerendered HTML has it; only islands run in the browser), each figure's quote
/// precomputed.
pub const RUNTIME: Sources<'static> = Sources {
    story: include_str!(concat!(env!("OUT_DIR"), "/runtime/story.json")),
    metrics: include_str!(concat!(env!("OUT_DIR"), "/runtime/metrics.json")),
    charts: include_str!(concat!(env!("OUT_DIR"), "/runtime/charts.json")),
    units: include_str!(concat!(env!("OUT_DIR"), "/runtime/units.json")),
};

/// Parses the files into a [`Story`] without the cross-checks of [`validate`].
pub fn parse_unchecked(src: &Sources) -> Result<Story, DataError> {
    Ok(assemble(
        read_story(src)?,
        read_metrics(src)?,
        read_charts(src)?,
        read_units(src)?,
    ))
}

fn read_story(src: &Sources) -> Result<StoryFile, DataError> {
    read(STORY_FILE, src.story, diagnose_story)
}

fn read_metrics(src: &Sources) -> Result<MetricsFile, DataError> {
    read(METRICS_FILE, src.metrics, |f, v| {
        error::check_list::<Metric>(f, None, "metric", v, "metrics")?;
        error::check_record::<MetricsFile>(f, "the file", v)
    })
}

fn read_charts(src: &Sources) -> Result<ChartsFile, DataError> {
    read(CHARTS_FILE, src.charts, |f, v| {
        error::check_list::<ChartSpec>(f, None, "chart", v, "charts")?;
        error::check_record::<ChartsFile>(f, "the file", v)
    })
}

fn read_units(src: &Sources) -> Result<UnitsFile, DataError> {
    read(UNITS_FILE, src.units, |f, v| {
        error::check_list::<Unit>(f, None, "unit", v, "units")?;
        error::check_record::<UnitsFile>(f, "the file", v)
    })
}

fn assemble(file: StoryFile, metrics: MetricsFile, charts: ChartsFile, units: UnitsFile) -> Story {
    let mut sections = file.sections;
    hold_charts(&mut sections);
    Story {
        meta: file.meta,
        title: file.title,
        intro: file.intro,
        sections,
        metrics: metrics.metrics,
        charts: charts.charts,
        units: units.units,
    }
}

/// The word in `story.json` for a step that keeps the chart the reader already has.
pub const HOLD: &str = "hold";

/// A step whose chart is omitted or "hold" shows the chart of the step before it (a chapter's
/// first step has none to keep: the validation says so).
fn hold_charts(sections: &mut [Section]) {
    for sec in sections {
        let mut prev = String::new();
        for st in &mut sec.steps {
            if st.chart.is_empty() || st.chart == HOLD {
                st.holds = true;
                st.chart = prev.clone();
            }
            prev = st.chart.clone();
        }
    }
}

/// Parses and validates the files; the first problem found is the error.
pub fn parse(src: &Sources) -> Result<Story, DataError> {
    let story = parse_unchecked(src)?;
    match validate(&story).into_iter().next() {
        Some(e) => Err(e),
        None => Ok(story),
    }
}

/// Natively: serde_json reads the file; when that fails, `diagnose` finds where, in words.
#[cfg(not(target_arch = "wasm32"))]
fn read<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    diagnose: impl Fn(&str, &Value) -> Result<(), DataError>,
) -> Result<T, DataError> {
    match serde_json::from_str::<T>(text) {
        Ok(t) => Ok(t),
        Err(first) => {
            // Slow path, only when something is wrong: find where, in words.
            let v: Value = match serde_json::from_str(text) {
                Ok(v) => v,
                Err(e) => return Err(error::syntax_error(file, &e)),
            };
            diagnose(file, &v)?;
            let (field, problem) = error::plain_words(&first.to_string());
            Err(DataError {
                field,
                ..DataError::new(file, problem)
            })
        }
    }
}

/// In the browser: the engine's `JSON.parse` reads the file and serde takes the records from
/// its objects, so the wasm carries no JSON parser. The data is the copy the tests passed: a
/// plain message is enough, and the diagnosis stays out of the wasm.
#[cfg(target_arch = "wasm32")]
fn read<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    _diagnose: impl Fn(&str, &Value) -> Result<(), DataError>,
) -> Result<T, DataError> {
    let value = js_sys::JSON::parse(text)
        .map_err(|_| DataError::new(file, "the file is not valid JSON"))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| DataError::new(file, e.to_string()))
}

fn diagnose_story(f: &str, v: &Value) -> Result<(), DataError> {
    if let Some(meta) = v.get("meta") {
        if let Some(Value::Array(cs)) = meta.get("corrections") {
            for (i, c) in cs.iter().enumerate() {
                error::check_record::<Correction>(
                    f,
                    &format!("meta, correction no. {}", i + 1),
                    c,
                )?;
            }
        }
        error::check_record::<Meta>(f, "meta", meta)?;
    }
    if let Some(t) = v.get("title") {
        error::check_record::<Text>(f, "title", t)?;
    }
    if let Some(intro) = v.get("intro") {
        if intro.get("paragraphs").is_some() {
            error::check_list::<Paragraph>(f, Some("intro"), "paragraph", intro, "paragraphs")?;
        }
        error::check_record::<Intro>(f, "intro", intro)?;
    }
    if let Some(Value::Array(sections)) = v.get("sections") {
        for (i, s) in sections.iter().enumerate() {
            let name = error::record_name("section", s, i);
            if s.get("steps").is_some() {
                error::check_list::<Step>(f, Some(&name), "step", s, "steps")?;
            }
            error::check_record::<Section>(f, &name, s)?;
        }
    }
    error::check_record::<StoryFile>(f, "the file", v)
}

impl Story {
    /// The metric with this id.
    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.id == id)
    }

    /// The chart with this id.
    pub fn chart(&self, id: &str) -> Option<&ChartSpec> {
        self.charts.iter().find(|c| c.id == id)
    }

    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The step with this id, in any section.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.sections
            .iter()
            .flat_map(|s| s.steps.iter())
            .find(|s| s.id == id)
    }

    /// The metrics a chart shows, in order (unknown ids are skipped; validation reports them).
    pub fn chart_metrics(&self, chart: &ChartSpec) -> Vec<&Metric> {
        chart
            .metrics
            .iter()
            .filter_map(|id| self.metric(id))
            .collect()
    }

    /// The hero's big numbers.
    pub fn key_figures(&self) -> Vec<&Metric> {
        self.intro
            .key_figures
            .iter()
            .filter_map(|id| self.metric(id))
            .collect()
    }

    /// What the page shows when the data cannot be read: a title and a credit that say so,
    /// no sections. Nothing in it is any story's.
    pub fn placeholder() -> Story {
        let t = Text::new;
        let sorry = t(
            "本頁資料暫時無法顯示。",
            "本页资料暂时无法显示。",
            "The figures of this story cannot be shown at the moment.",
        );
        Story {
            meta: Meta {
                data_version: String::new(),
                updated: String::new(),
                published: None,
                modified: None,
                story_year: 0,
                slug: "story".into(),
                languages: vec![Lang::ZH_HANT, Lang::ZH_HANS, Lang::EN],
                site_title: t("互動圖表", "互动图表", "Interactive story"),
                publisher: t("", "", ""),
                credit: t(
                    "來源：暫時無法顯示",
                    "来源：暂时无法显示",
                    "Source: cannot be shown at the moment",
                ),
                republished_by: t("", "", ""),
                translation: t("", "", ""),
                repairs: RepairsNote {
                    note: t("", "", ""),
                    pinyin: 0,
                    mojibake: 0,
                    simplified: 0,
                    punctuation: 0,
                },
                corrections: Vec::new(),
                no_corrections: t("", "", ""),
                draft: false,
                colours: StoryColours::default(),
            },
            title: t(
                "資料暫時無法顯示",
                "资料暂时无法显示",
                "This story cannot be shown at the moment",
            ),
            intro: Intro {
                id: "intro".into(),
                heading: t("導言", "导言", "Introduction"),
                paragraphs: vec![Paragraph {
                    id: "intro-1".into(),
                    text: sorry,
                    figures: Vec::new(),
                }],
                key_figures: Vec::new(),
            },
            sections: Vec::new(),
            metrics: Vec::new(),
            charts: Vec::new(),
            units: Vec::new(),
        }
    }
}
