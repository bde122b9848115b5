//! Charts proposed by the chart rules of `docs/data.md`: like figures of one step (one
//! unit, one kind, one basis, levels) on one axis; a step's unlike figures as a wall of 2–4;
//! one figure alone as a big number. Every step that names figures shows a chart that draws
//! one of them; a step that names none holds the chart before it.

use super::figures::{Figure, Place};
use super::segment::Article;

#[derive(Clone, Debug)]
pub struct Chart {
    pub id: String,
    pub kind: &'static str,
    pub metrics: Vec<String>,
    pub title: String,
    /// The step it is shown at.
    pub step: (usize, usize),
}

fn is_change(kind: &str) -> bool {
    matches!(kind, "growth" | "reduction" | "pp-change" | "rank-change")
}

pub fn propose(article: &Article, figures: &[Figure]) -> Vec<Chart> {
    let mut out = Vec::new();
    for (s, sec) in article.sections.iter().enumerate() {
        for k in 0..sec.steps.len() {
            let here: Vec<&Figure> = figures
                .iter()
                .filter(|f| f.places.contains(&Place::Step(s, k)))
                .collect();
            if here.is_empty() {
                continue;
            }
            let first = here[0];
            let like = here.len() >= 2
                && here.iter().all(|f| {
                    f.unit == first.unit
                        && f.kind == first.kind
                        && f.basis == first.basis
                        && f.scale == first.scale
                })
                && !is_change(first.kind)
                && !matches!(first.kind, "threshold" | "rank" | "share");
            let (kind, picked): (&'static str, Vec<&Figure>) = if here.len() == 1 {
                ("big-number", here.clone())
            } else if like {
                ("hbars", here.iter().copied().take(8).collect())
            } else {
                ("figures", here.iter().copied().take(4).collect())
            };
            let labels: Vec<&str> = picked.iter().map(|f| f.label.as_str()).take(2).collect();
            let mut title = labels.join("、");
            if picked.len() > 2 {
                title.push('等');
            }
            out.push(Chart {
                id: format!("chart-{}-{}", s + 1, k + 1),
                kind,
                metrics: picked.iter().map(|f| f.id.clone()).collect(),
                title,
                step: (s, k),
            });
        }
    }
    out
}
