//! The story, read once: natively from the files embedded in the binary (or, for the
//! preview, a folder as it is now), in the browser from the page's data file, whole or a
//! file per slice. [`story`] never panics: [`problems`] says what went wrong.

use std::sync::OnceLock;

#[cfg(target_arch = "wasm32")]
use super::{
    assemble, read_charts, read_metrics, read_story, read_units, shipped_sources, ChartsFile,
    MetricsFile, StoryFile, UnitsFile, STORY_FILE,
};
#[cfg(not(target_arch = "wasm32"))]
use super::{parse, validate, EDITED};
use super::{parse_unchecked, DataError, Sources, Story, STORY_DIR};

/// The data files embedded in the binary, as edited. The wasm embeds none: the page's
/// language's copy arrives beside it (`receive`, `shipped.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub const FILES: Sources<'static> = EDITED;

/// In the browser: the four files of the page's data file (`shipped.rs`), as `boot.js`
/// fetched it (kept for the page's life, as the embedded ones are natively).
#[cfg(target_arch = "wasm32")]
static SHIPPED: OnceLock<Sources<'static>> = OnceLock::new();

/// In the browser: takes the page's data file, before anything reads the story; false when
/// it is not the four files the build writes (a host's own page in its place, say).
#[cfg(target_arch = "wasm32")]
pub fn receive(text: String) -> bool {
    let text: &'static str = Box::leak(text.into_boxed_str());
    shipped_sources(text).is_some_and(|files| SHIPPED.set(files).is_ok())
}

/// In the browser: the four files [`receive`] took.
#[cfg(target_arch = "wasm32")]
fn shipped_files() -> Result<Sources<'static>, DataError> {
    SHIPPED
        .get()
        .copied()
        .ok_or_else(|| DataError::new(STORY_FILE, "the page's data file has not arrived"))
}

/// The browser's parse of the page's data file ([`receive`]), a file per slice (`client::js::in_slices`): the
/// first parse of a file's records also compiles their code, as the engine compiles the wasm
/// lazily, and the four at once hold a slow phone for about 90 ms. The last slice sets the
/// story that [`story`] gives; if it was read before, that stays.
#[cfg(target_arch = "wasm32")]
pub fn parse_in_slices() -> Vec<Box<dyn FnOnce()>> {
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Default)]
    struct Parts {
        story: Option<StoryFile>,
        metrics: Option<MetricsFile>,
        charts: Option<ChartsFile>,
        units: Option<UnitsFile>,
        problem: Option<DataError>,
    }
    fn part<T: 'static>(
        parts: &Rc<RefCell<Parts>>,
        read: fn(&Sources) -> Result<T, DataError>,
        keep: fn(&mut Parts, T),
    ) -> Box<dyn FnOnce()> {
        let parts = parts.clone();
        Box::new(move || {
            let mut p = parts.borrow_mut();
            if p.problem.is_none() {
                match shipped_files().and_then(|files| read(&files)) {
                    Ok(t) => keep(&mut p, t),
                    Err(e) => p.problem = Some(e),
                }
            }
        })
    }
    let parts = Rc::new(RefCell::new(Parts::default()));
    let done = parts.clone();
    vec![
        part(&parts, read_story, |p, t| p.story = Some(t)),
        part(&parts, read_metrics, |p, t| p.metrics = Some(t)),
        part(&parts, read_charts, |p, t| p.charts = Some(t)),
        part(&parts, read_units, |p, t| p.units = Some(t)),
        Box::new(move || {
            let p = std::mem::take(&mut *done.borrow_mut());
            let loaded = match (p.story, p.metrics, p.charts, p.units) {
                (Some(s), Some(m), Some(c), Some(u)) => Loaded {
                    story: assemble(s, m, c, u),
                    problems: Vec::new(),
                },
                _ => Loaded {
                    story: Story::placeholder(),
                    problems: p.problem.into_iter().collect(),
                },
            };
            let _ = LOADED.set(loaded);
        }),
    ]
}

/// Parses and validates the embedded data.
#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> Result<Story, DataError> {
    parse(&FILES)
}

struct Loaded {
    story: Story,
    problems: Vec<DataError>,
}

static LOADED: OnceLock<Loaded> = OnceLock::new();

/// The folder [`read_live`] named, if any.
#[cfg(not(target_arch = "wasm32"))]
static LIVE: OnceLock<std::path::PathBuf> = OnceLock::new();

/// Natively: [`story`] reads the four files from `dir` as they are now instead of the copy
/// built into the binary, so the preview (`scripts/preview.sh`) shows an edit without a
/// build; messages name the files in `dir`. Call it before anything reads the story (it
/// returns false if the story was read already, or another folder was named).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_live(dir: &std::path::Path) -> bool {
    LOADED.get().is_none() && LIVE.set(dir.to_owned()).is_ok()
}

/// The story's folder as messages name it: the one [`read_live`] named, else the built one.
pub fn story_dir() -> String {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(dir) = LIVE.get() {
        return dir.display().to_string();
    }
    STORY_DIR.to_owned()
}

/// The files of the folder [`read_live`] named, read now (kept for the process's life, as the
/// embedded ones are); a file that cannot be read is the problem.
#[cfg(not(target_arch = "wasm32"))]
fn live_files(dir: &std::path::Path) -> Result<Sources<'static>, DataError> {
    let read = |name: &str| -> Result<&'static str, DataError> {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .map(|text| &*Box::leak(text.into_boxed_str()))
            .map_err(|e| {
                DataError::new(&path.display().to_string(), format!("cannot be read: {e}"))
            })
    };
    Ok(Sources {
        story: read("story.json")?,
        metrics: read("metrics.json")?,
        charts: read("charts.json")?,
        units: read("units.json")?,
    })
}

/// The files to read: the live folder's, else the embedded ones. The messages of a live read
/// name its folder where they name the built one.
fn files() -> Result<(Sources<'static>, impl Fn(DataError) -> DataError), DataError> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(dir) = LIVE.get() {
        let shown = dir.display().to_string();
        let shown = shown.trim_end_matches('/').to_owned();
        let rename = move |mut e: DataError| {
            if let Some(file) = e.file.strip_prefix(STORY_DIR) {
                e.file = format!("{shown}{file}");
            }
            e.problem = e
                .problem
                .replace(&format!("{STORY_DIR}/"), &format!("{shown}/"));
            e
        };
        return Ok((
            live_files(dir)?,
            Box::new(rename) as Box<dyn Fn(DataError) -> DataError>,
        ));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let files = FILES;
    #[cfg(target_arch = "wasm32")]
    let files = shipped_files()?;
    Ok((
        files,
        Box::new(|e| e) as Box<dyn Fn(DataError) -> DataError>,
    ))
}

fn loaded() -> &'static Loaded {
    LOADED.get_or_init(|| {
        match files().and_then(|(files, rename)| {
            parse_unchecked(&files)
                .map_err(&rename)
                .map(|story| (story, rename))
        }) {
            Ok((story, rename)) => {
                // The cross-checks run natively (tests, and the prerender, which fails the build):
                // the browser's copy is the one they passed, so the wasm carries no validator.
                #[cfg(not(target_arch = "wasm32"))]
                let problems = validate(&story).into_iter().map(rename).collect();
                #[cfg(target_arch = "wasm32")]
                let problems = {
                    let _ = rename;
                    Vec::new()
                };
                Loaded { story, problems }
            }
            Err(e) => Loaded {
                story: Story::placeholder(),
                problems: vec![e],
            },
        }
    })
}

/// The story, parsed once from the embedded files. Never panics: if the files cannot be
/// parsed, a placeholder with the title and credit and no sections (see [`problems`]).
pub fn story() -> &'static Story {
    &loaded().story
}

/// What is wrong with the embedded data (empty when all is well; the tests make sure).
pub fn problems() -> &'static [DataError] {
    &loaded().problems
}
