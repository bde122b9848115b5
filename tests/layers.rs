//! The crate's layers, read from its own source: every `crate::…` path in `src/**/*.rs` is a
//! dependency of the file's top-level module on another. Dependencies point one way:
//!
//! ```text
//! core      lang locale format figures quote model html url ui_text state dataset (nothing of the app)
//! charts    the chart kit                                    (core)
//! features  story · share · embed                            (core, charts; never each other)
//! app       app page                                         (all of the above)
//! client    the browser glue, `hydrate` only                 (all of the above)
//! tools     draft: an article to a story folder, native only (core)
//! ```
//!
//! A new top-level module must be given a layer here.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const LAYERS: &[(&str, &[&str])] = &[
    (
        "core",
        &[
            "lang", "locale", "format", "figures", "quote", "model", "html", "url", "ui_text",
            "state", "dataset",
        ],
    ),
    ("charts", &["charts", "colours"]),
    ("features", &["story", "share", "embed"]),
    ("app", &["app", "page", "script_config"]),
    ("client", &["client"]),
    ("tools", &["draft"]),
];

/// The layer's rank (0 = core) of a top-level module.
fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module))
}

fn is_feature(module: &str) -> bool {
    LAYERS[2].1.contains(&module)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to; `None` for the crate root and the
/// entry points (`main.rs`, `bin/`), which use the crate by its name.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    match first.as_str() {
        "lib.rs" | "main.rs" | "bin" => None,
        f => Some(f.trim_end_matches(".rs").to_owned()),
    }
}

/// The code of a file without its `//` comments (docs may name other modules).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| match l.find("//") {
            // Not inside a string literal of a URL (`"https://…"`): a rough rule, enough here.
            Some(i) if !l[..i].ends_with(':') => &l[..i],
            Some(_) | None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The top-level modules named after `crate::` in `code`: `crate::a::…` and
/// `crate::{a::…, b}`.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // `luyuan_crate::`, not ours
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => return true,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .map_or(group.len(), |(i, _)| i);
            // Top-level items of the group: after `{` or a `,` at depth 0.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group[..end].char_indices() {
                if start && (c.is_ascii_alphabetic() || c == '_') {
                    found.insert(ident(&group[i..]));
                    start = false;
                }
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

/// Every dependency between top-level modules, with a file that makes it.
fn dependencies() -> BTreeMap<(String, String), String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut deps = BTreeMap::new();
    for file in files {
        let Some(from) = module_of(&src, &file) else {
            continue;
        };
        let text = fs::read_to_string(&file).unwrap();
        for to in crate_paths(&code(&text)) {
            if to != from && to != "self" && to != "super" {
                let name = file.strip_prefix(&src).unwrap().display().to_string();
                deps.entry((from.clone(), to)).or_insert(name);
            }
        }
    }
    deps
}

#[test]
fn every_top_level_module_has_a_layer() {
    let mut unplaced = BTreeSet::new();
    for (from, to) in dependencies().keys() {
        for m in [from, to] {
            if rank(m).is_none() {
                unplaced.insert(m.clone());
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules without a layer (add them to LAYERS in tests/layers.rs): {unplaced:?}"
    );
}

#[test]
fn dependencies_point_down_and_features_stand_alone() {
    let mut wrong = Vec::new();
    for ((from, to), file) in dependencies() {
        let (Some(a), Some(b)) = (rank(&from), rank(&to)) else {
            continue;
        };
        if b > a {
            wrong.push(format!(
                "{file}: {from} ({}) uses {to} ({}), a higher layer",
                LAYERS[a].0, LAYERS[b].0
            ));
        } else if is_feature(&from) && is_feature(&to) {
            wrong.push(format!(
                "{file}: the feature {from} uses the feature {to} (compose them in app)"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn no_cycle_between_top_level_modules() {
    let deps = dependencies();
    let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in deps.keys() {
        graph.entry(from).or_default().push(to);
    }
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit<'a>(
        m: &'a str,
        graph: &BTreeMap<&'a str, Vec<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|p| *p == m) {
            let mut cycle = path[i..].to_vec();
            cycle.push(m);
            cycles.push(cycle.join(" → "));
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    let shown: Vec<String> = cycles
        .iter()
        .map(|c| {
            let files: Vec<String> = c
                .split(" → ")
                .collect::<Vec<_>>()
                .windows(2)
                .map(|w| deps[&(w[0].to_owned(), w[1].to_owned())].clone())
                .collect();
            format!("{c} (in {})", files.join(", "))
        })
        .collect();
    assert!(shown.is_empty(), "cycles:\n{}", shown.join("\n"));
}

#[test]
fn the_reader_finds_imports_of_every_form() {
    let found = crate_paths(
        "use crate::lang::Lang;\nuse crate::{model::{Story, Unit}, quote};\nlet x = crate::format::f();\nmy_crate::no;",
    );
    let want: BTreeSet<String> = ["lang", "model", "quote", "format"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(found, want);
    assert_eq!(
        code("use crate::a; // crate::b\nlet u = \"https://x\";"),
        "use crate::a; \nlet u = \"https://x\";"
    );
}
