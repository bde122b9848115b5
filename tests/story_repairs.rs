//! The received file is kept byte for byte, and the repair list applied to it gives exactly
//! the repaired article (stories/luyuan-2023/article.zh-Hant.txt). Every repair is checked: what was there,
//! what replaces it, where.

#[path = "story_support/mod.rs"]
mod support;

use serde::Deserialize;
use support::{Problems, ARTICLE, REPAIRS, SOURCE};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RepairFile {
    source: String,
    #[allow(dead_code)]
    about: String,
    omit: Vec<Omit>,
    repairs: Vec<Repair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Omit {
    line: usize,
    #[allow(dead_code)]
    why: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Repair {
    kind: String,
    from: String,
    to: String,
    at: Vec<String>,
    #[serde(default)]
    why: Option<String>,
}

const KINDS: [&str; 4] = ["pinyin", "mojibake", "simplified", "punctuation"];

fn repairs() -> RepairFile {
    serde_json::from_str(REPAIRS)
        .unwrap_or_else(|e| panic!("stories/luyuan-2023/repairs.json: {e}"))
}

/// (line, column) from "12:34", both from 1, column in characters.
fn pos(at: &str) -> (usize, usize) {
    let (l, c) = at.split_once(':').unwrap_or_else(|| {
        panic!("stories/luyuan-2023/repairs.json: position “{at}” is not line:column")
    });
    (l.parse().unwrap(), c.parse().unwrap())
}

/// Applies the repair list to the source, as an editor would by hand.
fn apply(source: &str, file: &RepairFile, problems: &mut Problems) -> String {
    let mut lines: Vec<Vec<char>> = source.split('\n').map(|l| l.chars().collect()).collect();
    let mut edits: Vec<(usize, usize, Repair)> = Vec::new();
    for r in &file.repairs {
        for at in &r.at {
            let (l, c) = pos(at);
            edits.push((l, c, r.clone()));
        }
    }
    // Right to left within a line, so earlier columns stay valid.
    edits.sort_by_key(|e| std::cmp::Reverse((e.0, e.1)));
    let mut last: Option<(usize, usize)> = None;
    for (l, c, r) in &edits {
        let from: Vec<char> = r.from.chars().collect();
        if let Some((pl, pc)) = last {
            if pl == *l && c + from.len() > pc {
                problems.push(format!(
                    "stories/luyuan-2023/repairs.json: repair at {l}:{c} overlaps the one at {pl}:{pc}"
                ));
            }
        }
        last = Some((*l, *c));
        let Some(line) = lines.get_mut(l - 1) else {
            problems.push(format!(
                "stories/luyuan-2023/repairs.json: line {l} does not exist"
            ));
            continue;
        };
        let start = c - 1;
        if line.get(start..start + from.len()) != Some(&from[..]) {
            let found: String = line.iter().skip(start).take(from.len()).collect();
            problems.push(format!(
                "stories/luyuan-2023/repairs.json: at {l}:{c} the source has “{found}”, not “{}” ({})",
                r.from, r.kind
            ));
            continue;
        }
        line.splice(start..start + from.len(), r.to.chars());
    }
    for o in &file.omit {
        lines[o.line - 1].clear();
    }
    lines
        .iter()
        .map(|l| l.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn source_copy_is_byte_exact() {
    // The received file, kept as stories/luyuan-2023/source/000_895fd38d52e3d926.txt. SHA-256
    // fe135fe5cdbb6ac807e3eb3101835d9a3a0964a8aebdfd1dd71a7698b55eaf1b (see docs/data.md).
    let bytes = SOURCE.as_bytes();
    assert_eq!(
        bytes.len(),
        14_820,
        "the source copy has changed size: restore it byte for byte"
    );
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    assert_eq!(
        h, 0x3b97_fbec_4dd0_70a1,
        "the source copy has changed: restore it byte for byte"
    );
    assert_eq!(repairs().source, "source/000_895fd38d52e3d926.txt");
}

#[test]
fn repair_list_applied_to_source_gives_the_article() {
    let file = repairs();
    let mut problems = Problems::new();
    let got = apply(SOURCE, &file, &mut problems);
    problems.check("applying stories/luyuan-2023/repairs.json");
    if got != ARTICLE {
        let (a, b): (Vec<&str>, Vec<&str>) =
            (got.split('\n').collect(), ARTICLE.split('\n').collect());
        for (i, (x, y)) in a.iter().zip(b.iter()).enumerate() {
            if x != y {
                let k = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
                panic!(
                    "line {}: the repaired source and stories/luyuan-2023/article.zh-Hant.txt differ at column {}:\n  repairs give: …{}\n  article has:  …{}",
                    i + 1,
                    k + 1,
                    x.chars().skip(k.saturating_sub(5)).take(20).collect::<String>(),
                    y.chars().skip(k.saturating_sub(5)).take(20).collect::<String>()
                );
            }
        }
        panic!("the repaired source and stories/luyuan-2023/article.zh-Hant.txt differ in their number of lines ({} and {})", a.len(), b.len());
    }
}

#[test]
fn every_repair_is_of_a_named_kind_and_sensible() {
    let mut p = Problems::new();
    for r in repairs().repairs {
        let what = format!("repair “{}” → “{}”", r.from, r.to);
        if !KINDS.contains(&r.kind.as_str()) {
            p.push(format!("{what}: kind “{}” is not one of {KINDS:?}", r.kind));
        }
        if r.at.is_empty() {
            p.push(format!("{what}: no positions"));
        }
        match r.kind.as_str() {
            "pinyin" => {
                // 區(qū) → 區: the character stays, the bracketed pinyin goes.
                let mut cs = r.from.chars();
                let first = cs.next().unwrap();
                let rest: String = cs.collect();
                let ok = r.to == first.to_string()
                    && rest.starts_with('(')
                    && rest.ends_with(')')
                    && rest[1..rest.len() - 1]
                        .chars()
                        .all(|c| c.is_lowercase() && !('\u{4e00}'..='\u{9fff}').contains(&c));
                if !ok {
                    p.push(format!(
                        "{what}: a pinyin repair keeps the character and drops its (pinyin)"
                    ));
                }
            }
            "punctuation" => {
                let ok = matches!(
                    (r.from.as_str(), r.to.as_str()),
                    (",", "，") | (":", "：") | (";", "；") | ("(", "（") | (")", "）")
                );
                if !ok {
                    p.push(format!("{what}: not a half-width to full-width mark"));
                }
            }
            "simplified" | "mojibake" if r.why.as_deref().unwrap_or("").is_empty() => {
                p.push(format!("{what}: says no why"));
            }
            _ => {}
        }
    }
    p.check("stories/luyuan-2023/repairs.json");
}

#[test]
fn counts_shown_to_readers_match_the_list() {
    let story = support::story();
    let mut n = [0u32; 4];
    for r in repairs().repairs {
        if let Some(i) = KINDS.iter().position(|k| *k == r.kind) {
            n[i] += r.at.len() as u32;
        }
    }
    let m = &story.meta.repairs;
    assert_eq!(
        [m.pinyin, m.mojibake, m.simplified, m.punctuation],
        n,
        "meta.repairs in stories/luyuan-2023/story.json: counts differ from stories/luyuan-2023/repairs.json"
    );
    // The README speaks of four kinds of damage, over 300 pinyin artefacts and a few mojibake spans.
    assert!(n[0] > 300 && n[1] >= 4 && n[2] >= 20 && n[3] > 100, "{n:?}");
}

#[test]
fn copyright_notice_is_dropped_and_credit_kept() {
    let file = repairs();
    assert_eq!(file.omit.len(), 1);
    let omitted = SOURCE.split('\n').nth(file.omit[0].line - 1).unwrap();
    assert!(
        omitted.starts_with("版權"),
        "the omitted line should be the 版權聲明: {omitted}"
    );
    assert!(!ARTICLE.contains("版權"));
    assert!(!ARTICLE.contains("中國西藏網"));
    assert!(ARTICLE.trim_end().ends_with("（來源：長春日報）"));
    assert!(ARTICLE.ends_with('\n'));
}

#[test]
fn nothing_damaged_is_left_in_the_article() {
    let mut p = Problems::new();
    for (i, line) in ARTICLE.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        for (j, c) in chars.iter().enumerate() {
            let at = format!(
                "stories/luyuan-2023/article.zh-Hant.txt {}:{}",
                i + 1,
                j + 1
            );
            if matches!(
                c,
                ',' | ':' | ';' | '(' | ')' | '!' | '?' | '\u{fffd}' | '€'
            ) {
                p.push(format!("{at}: “{c}” (half-width punctuation or mojibake)"));
            }
            if *c == '（' {
                let rest: String = chars[j + 1..].iter().take_while(|c| **c != '）').collect();
                if rest
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ".contains(c))
                {
                    p.push(format!("{at}: pinyin in brackets “（{rest}）”"));
                }
            }
        }
    }
    // The real brackets of the source stay (made full-width).
    for real in ["中國（長春）", "河（湖）長制", "（來源：長春日報）"] {
        if !ARTICLE.contains(real) {
            p.push(format!(
                "stories/luyuan-2023/article.zh-Hant.txt: the real brackets “{real}” are missing"
            ));
        }
    }
    // The restored mojibake spans and the Traditional forms.
    for good in [
        "份額。“兩車”產業",
        "新解放學校“一校一策”等，贏得",
        "完善。“六個三”鞏固",
        "48家規模化畜禽養殖場",
        "幹勁",
        "骨幹",
        "對於",
        "1500餘套",
        "廚餘",
        "建築垃圾",
        "紮實",
        "後備",
    ] {
        if !ARTICLE.contains(good) {
            p.push(format!(
                "stories/luyuan-2023/article.zh-Hant.txt: “{good}” is missing"
            ));
        }
    }
    p.check("the repaired article");
}
