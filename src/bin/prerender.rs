//! trunk post_build hook: writes one prerendered page per language and its embed page into
//! the staging dir, each chart's page in every language, every chart's static pictures
//! (`charts/`, `page::charts`), the browser's data of each language (`story-data.*.json`,
//! `model::shipped`), the data files (`data/`: a CSV per chart, the whole data set as CSV
//! and JSON), each language's link preview image (Open Graph, 1200×630 PNG), and the
//! host's loader `embed.js` with the story's facts written in (`script_config.rs`).
//!
//! Settings (environment): `STORY_BASE_URL`, the absolute URL of the story's folder, for the
//! absolute `og:url`, `og:image` and canonical links (left out, with a warning, without it);
//! `STORY_CJK_FONT_DIR`, where Noto Sans CJK is (Debian's fonts-noto-cjk by default);
//! `STORY_WECHAT_SIGNATURE_URL`, the newspaper's WeChat signature endpoint, for WeChat share
//! cards (`page::wechat`; none without it).

use std::{
    collections::BTreeMap,
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

use luyuan::share::{font, meta::Site, og_image};
use luyuan::{lang::Lang, page, script_config};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// How it was called: by trunk's hook (no arguments), or by the preview
/// (`--preview STORY_DIR TEMPLATE OUT`: the story's files read as they are now, the
/// pages and static charts only).
struct Args {
    preview: bool,
    template: Option<PathBuf>,
    out: Option<PathBuf>,
}

fn args() -> Result<Args, String> {
    let rest: Vec<String> = env::args().skip(1).collect();
    match rest.as_slice() {
        [] => Ok(Args {
            preview: false,
            template: None,
            out: None,
        }),
        [flag, story, template, out] if flag == "--preview" => {
            luyuan::model::read_live(story.as_ref());
            Ok(Args {
                preview: true,
                template: Some(template.into()),
                out: Some(out.into()),
            })
        }
        _ => Err("usage: prerender [--preview STORY_DIR TEMPLATE OUT]".into()),
    }
}

fn run() -> Result<(), String> {
    let args = args()?;
    // A bad edit of the data stops the build with the editor's words, never a blank page.
    let problems = luyuan::model::problems();
    if !problems.is_empty() {
        for p in problems {
            eprintln!("prerender: {p}");
        }
        return Err(format!(
            "fix the data above (see docs/data.md; the story's folder is {}); nothing was written",
            luyuan::model::story_dir()
        ));
    }
    let site = Site::parse(env::var("STORY_BASE_URL").ok().as_deref())?
        .with_wechat(env::var("STORY_WECHAT_SIGNATURE_URL").ok().as_deref())?;
    if site.base_url.is_none() {
        eprintln!(
            "prerender: warning: STORY_BASE_URL is not set, so the pages have no og:url, og:image or \
             absolute canonical link (link previews show no picture). Set it to the story's public \
             folder, e.g. STORY_BASE_URL=https://news.example.com/2024/luyuan/ scripts/build.sh"
        );
    }
    let dir = args.out.unwrap_or_else(|| {
        PathBuf::from(env::var_os("TRUNK_STAGING_DIR").unwrap_or_else(|| "dist".into()))
    });
    let template_path = args.template.unwrap_or_else(|| dir.join("index.html"));
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let write = |name: &str, bytes: &[u8]| {
        fs::write(dir.join(name), bytes).map_err(|e| format!("cannot write {name}: {e}"))
    };
    if !args.preview {
        // The page as trunk made it, before any language is written into it: the preview
        // renders into it again (scripts/preview.mjs).
        write(PAGE_TEMPLATE, template.as_bytes())?;
    }
    for &lang in Lang::published() {
        for embed in [false, true] {
            if embed && args.preview {
                continue;
            }
            let html =
                page::render_page(&template, lang, embed, &site).map_err(|e| e.to_string())?;
            write(
                if embed {
                    lang.embed_page()
                } else {
                    lang.page()
                },
                html.as_bytes(),
            )?;
        }
    }
    if args.preview {
        return write_changed_charts(&dir, &write);
    }
    // The browser's data, a file per language (`model::shipped`), which its pages name (the
    // preview runs no app).
    for &lang in Lang::published() {
        let (name, text) = page::data_file(lang)
            .ok_or("the browser's copy of the data (build.rs's runtime copy) does not parse")?;
        write(name, text.as_bytes())?;
    }
    // Each chart alone, for an iframe on another site, and the figures as files.
    for chart in &luyuan::model::story().charts {
        for &lang in Lang::published() {
            let html = page::render_chart_page(&template, lang, chart, &site)
                .map_err(|e| e.to_string())?;
            write(&lang.chart_page(&chart.id), html.as_bytes())?;
        }
    }
    // The oEmbed documents the pages name (page::oembed).
    for (name, json) in page::oembed::files(&site) {
        write(&name, json.as_bytes())?;
    }
    fs::create_dir_all(dir.join(luyuan::dataset::DIR))
        .map_err(|e| format!("cannot create {}: {e}", luyuan::dataset::DIR))?;
    for (name, text) in luyuan::dataset::files(luyuan::model::story())? {
        write(&name, text.as_bytes())?;
    }
    write_static_charts(&dir, &write)?;
    // trunk copied public/embed.js; the shipped loader carries the story's facts.
    let loader_path = dir.join("embed.js");
    let loader = fs::read_to_string(&loader_path)
        .map_err(|e| format!("cannot read {}: {e}", loader_path.display()))?;
    write("embed.js", script_config::loader(&loader)?.as_bytes())?;
    let fonts_dir = env::var_os("STORY_CJK_FONT_DIR")
        .map_or_else(|| PathBuf::from(font::FONT_DIR), PathBuf::from);
    for &lang in Lang::published() {
        let fonts = font::CardFonts::load(&fonts_dir, lang)?;
        let png = og_image::preview_png(fonts)?;
        write(&og_image::file_name(lang), &png)?;
        // Each chart page's own preview: that chart.
        for chart in &luyuan::model::story().charts {
            let png = page::charts::chart_preview(luyuan::model::story(), chart, fonts)
                .map_err(|e| format!("{}: its link preview: {e}", chart.id))?;
            write(&og_image::chart_file_name(lang, &chart.id), &png)?;
        }
    }
    Ok(())
}

/// The template's copy beside the pages (a dot file: no host lists it).
const PAGE_TEMPLATE: &str = ".page-template.html";

/// Every chart drawn at build time, beside the pages (charts/…svg).
fn write_static_charts(
    dir: &Path,
    write: &impl Fn(&str, &[u8]) -> Result<(), String>,
) -> Result<(), String> {
    fs::create_dir_all(dir.join("charts")).map_err(|e| format!("cannot create charts/: {e}"))?;
    let charts = page::charts::static_charts(luyuan::model::story())
        .map_err(|e| format!("a chart's static picture: {e}"))?;
    for (path, svg) in &charts {
        write(path, svg.as_bytes())?;
    }
    Ok(())
}

/// The preview's static charts: only those whose chart or size changed since the last
/// render into `dir` (the keys kept in a dot file there).
fn write_changed_charts(
    dir: &Path,
    write: &impl Fn(&str, &[u8]) -> Result<(), String>,
) -> Result<(), String> {
    const KEYS: &str = ".static-keys.json";
    fs::create_dir_all(dir.join("charts")).map_err(|e| format!("cannot create charts/: {e}"))?;
    let mut drawn: BTreeMap<String, u64> = fs::read_to_string(dir.join(KEYS))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let charts = page::charts::static_charts_changed(luyuan::model::story(), &mut drawn)
        .map_err(|e| format!("a chart's static picture: {e}"))?;
    for (path, svg) in &charts {
        write(path, svg.as_bytes())?;
    }
    let keys = serde_json::to_string(&drawn).map_err(|e| e.to_string())?;
    write(KEYS, keys.as_bytes())
}
