//! The story folder as JSON texts: story.json (meta.draft true), metrics.json, charts.json,
//! units.json (the units used, draft ones marked), not_figures.json, repairs.json,
//! article.zh-Hant.txt, opencc_exceptions.json; and the list of work left.

use crate::lang::Lang;
use serde_json::{json, Value};

use super::charts::Chart;
use super::convert::Converter;
use super::figures::{book_with_drafts, Figure, NotFigure, Place};
use super::repair::Repairs;
use super::segment::Article;
use super::units::UnitBook;

/// What marks an English text the draft could not write.
pub const EN_DRAFT: &str = "[draft] ";

pub struct Files {
    /// (file name, content)
    pub files: Vec<(String, String)>,
    pub work_left: Vec<String>,
}

fn text(cc: &Converter, hant: &str) -> Value {
    json!({ "zh-Hant": hant, "zh-Hans": cc.to_hans(hant), "en": format!("{EN_DRAFT}{hant}") })
}

/// Today, `YYYY-MM-DD` (UTC).
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    let z = secs / 86400 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The year the article is about: the year it names most.
fn story_year(article: &Article) -> u16 {
    let mut counts = std::collections::BTreeMap::new();
    for t in article.intro.iter().chain(std::iter::once(&article.title)) {
        for tok in super::numbers::numbers_in(t) {
            if let Some(v) = tok.value {
                if tok.text.len() == 4 && (1900.0..=2100.0).contains(&v) {
                    *counts.entry(v as u16).or_insert(0) += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|x| x.1)
        .map(|x| x.0)
        .unwrap_or(2000)
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

pub fn files(
    article: &Article,
    figures: &[Figure],
    not: &[NotFigure],
    charts: &[Chart],
    book: &UnitBook,
    repairs: &Repairs,
    cc: &Converter,
) -> Files {
    let t = |h: &str| text(cc, h);
    let section_id = |s: usize| format!("section-{}", s + 1);
    let stated = |p: Place| -> Vec<String> {
        figures
            .iter()
            .filter(|f| f.places.contains(&p))
            .map(|f| f.id.clone())
            .collect()
    };
    let credit = article
        .credit
        .clone()
        .unwrap_or_else(|| "來源：原文".to_owned());
    let publisher = credit.trim_start_matches("來源：").to_owned();
    let (p, m, s, u) = (
        repairs.count("pinyin"),
        repairs.count("mojibake"),
        repairs.count("simplified"),
        repairs.count("punctuation"),
    );
    let note_hant = format!("本文所據的轉載版有技術性損壞，已修復：刪除{p}處誤插的拼音，復原{m}處亂碼，將{s}處殘留的簡體字改為正體，並將{u}個半形標點改為全形。文字內容未作改動。");
    let note = json!({
        "zh-Hant": note_hant,
        "zh-Hans": format!("本文所据的转载版有技术性损坏，已修复：删除{p}处误插的拼音，复原{m}处乱码，将{s}处残留的简体字改为繁体，并将{u}个半角标点改为全角。文字内容未作改动。"),
        "en": format!("{EN_DRAFT}The copy was damaged and repaired: {p} stray pinyin glosses removed, {m} garbled passages restored, {s} simplified characters put into Traditional form, {u} half-width punctuation marks made full-width."),
    });
    let intro_figs: Vec<String> = (0..article.intro.len())
        .flat_map(|i| stated(Place::Intro(i)))
        .collect();
    let mut key: Vec<String> = intro_figs.clone();
    key.extend(figures.iter().map(|f| f.id.clone()));
    let mut seen = std::collections::BTreeSet::new();
    key.retain(|k| seen.insert(k.clone()));
    key.truncate(5);
    let sections: Vec<Value> = article
        .sections
        .iter()
        .enumerate()
        .map(|(s, sec)| {
            let chart_at = |k: usize| {
                charts
                    .iter()
                    .find(|c| c.step == (s, k))
                    .map(|c| c.id.clone())
            };
            let steps: Vec<Value> = sec
                .steps
                .iter()
                .enumerate()
                .map(|(k, st)| {
                    let figs = stated(Place::Step(s, k));
                    let chart = chart_at(k).or_else(|| {
                        if k == 0 {
                            (1..sec.steps.len()).find_map(chart_at)
                        } else {
                            None
                        }
                    });
                    let focus: Vec<String> = match &chart {
                        Some(c) => {
                            let c = charts.iter().find(|x| &x.id == c);
                            figs.iter()
                                .filter(|f| c.is_some_and(|c| c.metrics.contains(f)))
                                .cloned()
                                .collect()
                        }
                        None => Vec::new(),
                    };
                    json!({
                        "id": format!("{}-{}", section_id(s), k + 1),
                        "text": t(st),
                        "chart": chart.unwrap_or_else(|| crate::model::HOLD.to_owned()),
                        "focus": focus,
                        "figures": figs,
                    })
                })
                .collect();
            json!({
                "id": section_id(s),
                "heading": [t(&sec.heading[0]), t(&sec.heading[1])],
                "steps": steps,
            })
        })
        .collect();
    let story = json!({
        "meta": {
            "data_version": "0.1.0",
            "updated": today(),
            "story_year": story_year(article),
            "slug": "draft-story",
            "languages": [Lang::ZH_HANT, Lang::ZH_HANS, Lang::EN],
            "site_title": t(&article.title.chars().take(20).collect::<String>()),
            "publisher": t(&publisher),
            "credit": t(&credit),
            "republished_by": t(&publisher),
            "translation": {
                "zh-Hant": "簡體中文版由OpenCC自繁體中文版轉換；英文版待譯。",
                "zh-Hans": "简体中文版由OpenCC自繁体中文版转换；英文版待译。",
                "en": format!("{EN_DRAFT}The Simplified text was converted with OpenCC; the English is still to be written."),
            },
            "repairs": { "note": note, "pinyin": p, "mojibake": m, "simplified": s, "punctuation": u },
            "corrections": [],
            "no_corrections": { "zh-Hant": "本稿尚無更正。", "zh-Hans": "本稿尚无更正。", "en": "No corrections have been made to this story." },
            "draft": true,
        },
        "title": t(&article.title),
        "intro": {
            "id": "intro",
            "heading": t(&article.intro_heading),
            "paragraphs": article.intro.iter().enumerate().map(|(i, p)| json!({
                "id": format!("intro-{}", i + 1), "text": t(p), "figures": stated(Place::Intro(i)),
            })).collect::<Vec<_>>(),
            "key_figures": key,
        },
        "sections": sections,
    });
    let metrics: Vec<Value> = figures
        .iter()
        .map(|f| {
            let sec = f.places.iter().find_map(|p| match p {
                Place::Step(s, _) => Some(*s),
                Place::Intro(_) => None,
            });
            let (zh_suffix, en_suffix) = match f.kind {
                "growth" if !crate::model::says_growth(&f.label, Lang::ZH_HANT) => ("增長", " growth"),
                "growth" => ("", " growth"),
                "reduction" => ("減少", " cut"),
                "pp-change" | "rank-change" => ("變化", " change"),
                _ => ("", ""),
            };
            let mut label = format!("{}{}", f.label, zh_suffix);
            if f.kind == "reduction" && f.label.contains("減") {
                label = f.label.clone();
            }
            if !matches!(f.kind, "growth" | "reduction" | "pp-change" | "rank-change")
                && crate::model::says_growth(&label, Lang::ZH_HANT)
            {
                label.push_str("（數）");
            }
            let mut v = json!({
                "id": f.id,
                "section": section_id(sec.unwrap_or(0)),
                "value": f.value,
                "scale": f.scale,
                "unit": f.unit,
                "kind": f.kind,
                "qualifier": f.qualifier,
                "label": { "zh-Hant": label, "zh-Hans": cc.to_hans(&label), "en": format!("{EN_DRAFT}{label}{en_suffix}") },
                "source": f.source,
                "mark": { "zh-Hant": f.mark, "zh-Hans": cc.to_hans(&f.mark), "en": f.mark },
            });
            if let Some(b) = f.basis {
                v["compare"] = json!({ "basis": b, "text": { "zh-Hant": "同比", "zh-Hans": "同比", "en": "year on year" } });
            }
            v
        })
        .collect();
    let chart_recs: Vec<Value> = charts
        .iter()
        .map(|c| {
            json!({
                "id": c.id, "kind": c.kind, "metrics": c.metrics,
                "title": t(&c.title),
                "note": { "zh-Hant": "據原文", "zh-Hans": "据原文", "en": format!("{EN_DRAFT}From the article") },
            })
        })
        .collect();
    let book = book_with_drafts(book, figures);
    let units: Vec<Value> = book
        .units
        .iter()
        .filter(|u| figures.iter().any(|f| f.unit == u.id))
        .map(|u| {
            let mut r = u.record.clone();
            if u.draft {
                r["name"]["zh-Hans"] = json!(cc.to_hans(&u.name));
                r["template"]["zh-Hans"] =
                    json!(cc.to_hans(r["template"]["zh-Hant"].as_str().unwrap_or("{}")));
            }
            r
        })
        .collect();
    let nf: Vec<Value> = not
        .iter()
        .map(|n| json!({ "text": n.text, "kind": n.kind, "why": n.why }))
        .collect();
    let rep: Vec<Value> = repairs
        .list
        .iter()
        .map(|r| json!({ "kind": r.kind, "from": r.from, "to": r.to, "at": r.at }))
        .collect();
    let mut article_txt = String::new();
    article_txt.push_str(&article.title);
    article_txt.push('\n');
    article_txt.push_str(&article.intro_heading);
    article_txt.push('\n');
    for p in &article.intro {
        article_txt.push_str(p);
        article_txt.push('\n');
    }
    for sec in &article.sections {
        article_txt.push_str(&format!(
            "{}\n{}\n{}\n",
            sec.heading[0],
            sec.heading[1],
            sec.steps.concat()
        ));
    }
    let en_texts = 2
        + article.intro.len()
        + article
            .sections
            .iter()
            .map(|s| 2 + s.steps.len())
            .sum::<usize>()
        + figures.len() * 2
        + charts.len() * 2
        + 4;
    let mut work_left = vec![
        format!("{en_texts} English texts to write"),
        format!("{} chart takeaways to write", charts.len()),
        format!("{} figure labels to check", figures.len()),
        format!(
            "{} charts to curate (the draft proposes one per step that names figures)",
            charts.len()
        ),
    ];
    let draft_units = units
        .iter()
        .filter(|u| u["id"].as_str().is_some_and(|i| i.starts_with("draft-")))
        .count();
    if draft_units > 0 {
        work_left.push(format!("{draft_units} draft units to name"));
    }
    if !repairs.unresolved.is_empty() {
        work_left.push(format!(
            "{} places of unknown damage (`?`) to repair by hand: {}",
            repairs.unresolved.len(),
            repairs.unresolved.join(", ")
        ));
    }
    let files = vec![
        ("story.json".to_owned(), pretty(&story)),
        (
            "metrics.json".to_owned(),
            pretty(&json!({ "metrics": metrics })),
        ),
        (
            "charts.json".to_owned(),
            pretty(&json!({ "charts": chart_recs })),
        ),
        ("units.json".to_owned(), pretty(&json!({ "units": units }))),
        (
            "not_figures.json".to_owned(),
            pretty(
                &json!({ "about": "Numbers of the article that the draft did not take as figures, each with its reason.", "not_figures": nf }),
            ),
        ),
        (
            "repairs.json".to_owned(),
            pretty(
                &json!({ "about": "Changes the draft made to the received text, by kind; positions are line:column in the text as it stood at that pass.", "dropped": article.dropped, "repairs": rep }),
            ),
        ),
        ("article.zh-Hant.txt".to_owned(), article_txt),
        (
            "opencc_exceptions.json".to_owned(),
            pretty(&json!({ "exceptions": cc_exceptions(cc) })),
        ),
    ];
    Files { files, work_left }
}

fn cc_exceptions(cc: &Converter) -> Vec<Value> {
    cc.exceptions()
        .iter()
        .map(|(h, o, s)| json!({ "zh-Hant": h, "opencc": o, "zh-Hans": s }))
        .collect()
}
