//! trunk post_build hook: writes one prerendered page per language into the staging dir.

use std::{env, fs, path::PathBuf, process::ExitCode};

use luyuan::{lang::Lang, page};

fn main() -> ExitCode {
    // A bad edit of the data stops the build with the editor's words, never a blank page.
    let problems = luyuan::model::problems();
    if !problems.is_empty() {
        for p in problems {
            eprintln!("prerender: {p}");
        }
        eprintln!("prerender: fix the data above (see data/README.md); nothing was written");
        return ExitCode::FAILURE;
    }
    let dir = PathBuf::from(env::var_os("TRUNK_STAGING_DIR").unwrap_or_else(|| "dist".into()));
    let template_path = dir.join("index.html");
    let template = match fs::read_to_string(&template_path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", template_path.display());
            return ExitCode::FAILURE;
        }
    };
    for lang in Lang::ALL {
        let out = dir.join(lang.page());
        let html = match page::render_page(&template, lang) {
            Ok(html) => html,
            Err(e) => {
                eprintln!("prerender: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = fs::write(&out, html) {
            eprintln!("prerender: cannot write {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
