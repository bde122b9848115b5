//! zh-Hans is OpenCC's conversion of zh-Hant (t2s), not hand-made: this test converts every
//! text again and diffs. Where OpenCC is wrong, stories/luyuan-2023/opencc_exceptions.json lists the fix and
//! why. The converter is the pure-Rust port ferrous-opencc, pinned (=0.4.0) as a
//! dev-dependency; it never goes into the wasm. On the story's texts it gives the same output
//! as Debian's `opencc -c t2s.json` (1.1.6), which the last test checks when that is installed.
//! Also: no Simplified character is left in any zh-Hant text.

#[path = "story_support/mod.rs"]
mod support;

use std::collections::HashMap;

use ferrous_opencc::config::BuiltinConfig;
use ferrous_opencc::OpenCC;
use serde::Deserialize;
use support::{Problems, ARTICLE, OPENCC_EXCEPTIONS};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExceptionFile {
    #[allow(dead_code)]
    about: String,
    exceptions: Vec<Exception>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Exception {
    #[serde(rename = "zh-Hant")]
    hant: String,
    opencc: String,
    #[serde(rename = "zh-Hans")]
    hans: String,
    why: String,
}

fn exceptions() -> Vec<Exception> {
    serde_json::from_str::<ExceptionFile>(OPENCC_EXCEPTIONS)
        .unwrap_or_else(|e| panic!("stories/luyuan-2023/opencc_exceptions.json: {e}"))
        .exceptions
}

/// OpenCC's t2s of a zh-Hant text, with the listed exceptions applied.
fn to_hans(cc: &OpenCC, hant: &str, ex: &[Exception], used: &mut HashMap<String, usize>) -> String {
    let mut out = cc.convert(hant);
    for e in ex {
        if hant.contains(&e.hant) && out.contains(&e.opencc) {
            out = out.replace(&e.opencc, &e.hans);
            *used.entry(e.hant.clone()).or_default() += 1;
        }
    }
    out
}

#[test]
fn zh_hans_is_the_opencc_conversion() {
    let cc = OpenCC::from_config(BuiltinConfig::T2s).expect("OpenCC t2s");
    let ex = exceptions();
    let mut used = HashMap::new();
    let mut p = Problems::new();
    let texts = support::all_texts();
    assert!(texts.len() > 500, "only {} texts found", texts.len());
    for t in &texts {
        let want = to_hans(&cc, &t.hant, &ex, &mut used);
        if t.hans != want {
            p.push(format!(
                "{}, {}: zh-Hans is not the OpenCC conversion of zh-Hant\n    has:    {}\n    OpenCC: {}\n    (run tools/data/hans.py, or list an exception in stories/luyuan-2023/opencc_exceptions.json)",
                t.file, t.place, t.hans, want
            ));
        }
    }
    for e in &ex {
        if e.why.trim().is_empty() {
            p.push(format!(
                "stories/luyuan-2023/opencc_exceptions.json, “{}”: give the reason",
                e.hant
            ));
        }
        if !used.contains_key(&e.hant) {
            p.push(format!(
                "stories/luyuan-2023/opencc_exceptions.json, “{}”: not used by any text; remove it",
                e.hant
            ));
        }
        if cc.convert(&e.hant) != e.opencc {
            p.push(format!(
                "stories/luyuan-2023/opencc_exceptions.json, “{}”: OpenCC gives “{}”, not “{}”",
                e.hant,
                cc.convert(&e.hant),
                e.opencc
            ));
        }
    }
    p.check("zh-Hans");
}

/// Traditional forms that are right as they stand although OpenCC's s2t prefers a variant
/// (see stories/luyuan-2023/tools/make_repairs.py): these may differ from s2t, nothing else may.
const VARIANTS_KEPT: &str = "為啟眾群占布閑巨志灶";

#[test]
fn no_simplified_character_is_left_in_zh_hant() {
    let cc = OpenCC::from_config(BuiltinConfig::S2t).expect("OpenCC s2t");
    let mut p = Problems::new();
    let mut check = |where_: String, s: &str| {
        let back = cc.convert(s);
        let (a, b): (Vec<char>, Vec<char>) = (s.chars().collect(), back.chars().collect());
        if a.len() != b.len() {
            p.push(format!("{where_}: OpenCC s2t changes the length of “{s}”"));
            return;
        }
        for (x, y) in a.iter().zip(b.iter()) {
            if x != y && !VARIANTS_KEPT.contains(*x) {
                p.push(format!(
                    "{where_}: “{x}” looks Simplified (Traditional “{y}”) in “{s}”"
                ));
            }
        }
    };
    for t in support::all_texts() {
        check(format!("{}, {}, zh-Hant", t.file, t.place), &t.hant);
    }
    for (i, line) in ARTICLE.lines().enumerate() {
        check(
            format!("stories/luyuan-2023/article.zh-Hant.txt line {}", i + 1),
            line,
        );
    }
    p.check("Simplified characters in zh-Hant");
}

#[test]
fn pure_rust_port_agrees_with_debian_opencc_when_installed() {
    let Ok(out) = std::process::Command::new("opencc")
        .args(["-c", "t2s.json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(ARTICLE.as_bytes())?;
            child.wait_with_output()
        })
    else {
        eprintln!("note: Debian's opencc is not installed; the pure-Rust port alone is checked");
        return;
    };
    if !out.status.success() {
        eprintln!("note: opencc did not run; the pure-Rust port alone is checked");
        return;
    }
    let cc = OpenCC::from_config(BuiltinConfig::T2s).unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        cc.convert(ARTICLE),
        "ferrous-opencc and Debian's opencc disagree on the article"
    );
}
