//! The story kit's tool: `storykit draft <article.txt> --out <folder>` writes a story folder
//! from a Chinese article (src/draft/), validates it with the model, and prints the work left.

use std::path::PathBuf;
use std::process::ExitCode;

use luyuan::draft::{self, Knowledge};

const USAGE: &str = "usage: storykit draft <article.txt> --out <folder> [--knowledge <folder>]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("draft") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut input = None;
    let mut out = None;
    let mut knowledge = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().map(PathBuf::from),
            "--knowledge" => knowledge = it.next().map(PathBuf::from),
            _ => input = Some(PathBuf::from(a)),
        }
    }
    let (Some(input), Some(out)) = (input, out) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let k = match knowledge.map_or_else(Knowledge::project, |d| Knowledge::read(&d)) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match std::fs::read(&input) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    let mut d = draft::draft(&text, &k);
    // The story's slug: the folder's name when it is one (lower-case ASCII, digits, hyphens).
    let slug = out.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        for (name, body) in &mut d.files.files {
            if name == "story.json" {
                if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(body) {
                    v["meta"]["slug"] = serde_json::json!(slug);
                    *body = serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
                }
            }
        }
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, body) in &d.files.files {
        let p = out.join(name);
        if let Err(e) = std::fs::write(&p, body) {
            eprintln!("{}: {e}", p.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{}: {} sections, {} figures, {} numbers not figures, {} charts{}",
        out.display(),
        d.article.sections.len(),
        d.figures.len(),
        d.not_figures.len(),
        d.charts.len(),
        if d.simplified_source {
            " (from a Simplified article)"
        } else {
            ""
        }
    );
    let problems = draft::problems(&d.files);
    for p in &problems {
        eprintln!("invalid: {p}");
    }
    println!("Work left:");
    for w in &d.files.work_left {
        println!("  {w}");
    }
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
