//! `storykit draft`: a Chinese article (Traditional or Simplified, as published or as a
//! republisher damaged it) to a story folder that validates and builds as it is. Native only;
//! nothing of the page uses it (a tool layer, `tests/layers.rs`).
//!
//! The steps, one file each: [`repair`] (the damage `repairs.json` knows, generalised),
//! [`convert`] (OpenCC s2t / t2s with the exceptions file), [`segment`] (title, intro,
//! sections, steps), [`figures`] (every number: a figure with value, scale, unit, qualifier,
//! kind and source words, or a number that is not a figure, with its reason), [`units`]
//! (the counter after a number, from `units.json`), [`charts`] (the chart rules), [`write`]
//! (the JSON files and the list of work left).

pub mod charts;
pub mod convert;
pub mod figures;
pub mod numbers;
pub mod repair;
pub mod segment;
pub mod units;
pub mod write;

use std::path::Path;

/// What the draft learns from a story folder that was made by hand (the project's default story,
/// `DEFAULT_STORY_DIR` of build.rs):
/// its repairs, units and OpenCC exceptions.
pub struct Knowledge {
    pub repairs: serde_json::Value,
    pub units: serde_json::Value,
    pub exceptions: serde_json::Value,
}

impl Knowledge {
    /// Reads `repairs.json`, `units.json` and `opencc_exceptions.json` of `dir`.
    pub fn read(dir: &Path) -> Result<Knowledge, String> {
        let read = |f: &str| -> Result<serde_json::Value, String> {
            let p = dir.join(f);
            let t = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&t).map_err(|e| format!("{}: {e}", p.display()))
        };
        Ok(Knowledge {
            repairs: read("repairs.json")?,
            units: read("units.json")?,
            exceptions: read("opencc_exceptions.json")?,
        })
    }

    /// The project's default story folder.
    pub fn project() -> Result<Knowledge, String> {
        Knowledge::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(env!("DEFAULT_STORY_DIR")))
    }
}

/// The whole draft of one article.
pub struct Draft {
    pub repairs: repair::Repairs,
    pub simplified_source: bool,
    pub article: segment::Article,
    pub figures: Vec<figures::Figure>,
    pub not_figures: Vec<figures::NotFigure>,
    pub charts: Vec<charts::Chart>,
    pub files: write::Files,
}

/// Drafts a story from the article's text.
pub fn draft(text: &str, k: &Knowledge) -> Draft {
    let cc = convert::Converter::new(&k.exceptions);
    let simplified_source = cc.is_simplified(text);
    let text = if simplified_source {
        cc.to_hant(text)
    } else {
        text.to_owned()
    };
    let repairs = repair::repair(&text, &k.repairs);
    let article = segment::segment(&repairs.text);
    let unit_book = units::UnitBook::new(&k.units);
    let (figures, not_figures) = figures::find(&article, &unit_book);
    let charts = charts::propose(&article, &figures);
    let files = write::files(
        &article,
        &figures,
        &not_figures,
        &charts,
        &unit_book,
        &repairs,
        &cc,
    );
    Draft {
        repairs,
        simplified_source,
        article,
        figures,
        not_figures,
        charts,
        files,
    }
}

/// The model's problems with a drafted folder (empty when it validates).
pub fn problems(files: &write::Files) -> Vec<crate::model::DataError> {
    let get = |n: &str| {
        files
            .files
            .iter()
            .find(|f| f.0 == n)
            .map(|f| f.1.as_str())
            .unwrap_or("")
    };
    let src = crate::model::Sources {
        story: get("story.json"),
        metrics: get("metrics.json"),
        charts: get("charts.json"),
        units: get("units.json"),
    };
    match crate::model::parse_unchecked(&src) {
        Ok(s) => crate::model::validate(&s),
        Err(e) => vec![e],
    }
}
