//! Chartability's reading level (critical): the words a chart shows and says (title, note,
//! takeaway, how to read it, its summary, each item's label, qualifier and note, how to step
//! through it) read at grade 9 or lower. Measured on the English words with the
//! Flesch-Kincaid grade, each text a sentence (a label or a title is one); Chinese has no
//! such formula and says the same things.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::ui::chart_keys;
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

/// Syllables of an English word, by vowel groups (a silent final e not counted).
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: &char| "aeiouy".contains(*c);
    let mut n = 0;
    let mut prev = false;
    for c in &w {
        let v = vowel(c);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    let silent_e = w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) && n > 1;
    (n - usize::from(silent_e)).max(1)
}

/// Flesch-Kincaid grade of `texts`, each at least one sentence; `None` without words.
fn grade(texts: &[String]) -> Option<f64> {
    let mut words = 0usize;
    let mut syll = 0usize;
    let mut sentences = 0usize;
    for t in texts.iter().filter(|t| !t.trim().is_empty()) {
        let ws: Vec<&str> = t
            .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '’' || c == '-'))
            .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        words += ws.len();
        syll += ws.iter().map(|w| syllables(w)).sum::<usize>();
        sentences += t.matches(['.', '!', '?']).count().max(1);
    }
    (words > 0)
        .then(|| 0.39 * words as f64 / sentences as f64 + 11.8 * syll as f64 / words as f64 - 15.59)
}

#[test]
fn what_a_chart_shows_and_says_reads_at_grade_9_or_lower() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut all = vec![chart_keys(Lang::EN).to_string()];
    let mut worst = (f64::MIN, String::new());
    for spec in &story.charts {
        let d = chart_data(&story, spec, Lang::EN);
        let mut texts = vec![
            d.title.clone(),
            d.note.clone(),
            d.takeaway.clone(),
            d.hint.clone(),
            d.summary.clone(),
        ];
        for i in &d.items {
            texts.extend([i.label.clone(), i.detail.clone(), i.note.clone()]);
        }
        if let Some(g) = grade(&texts) {
            if g > worst.0 {
                worst = (g, d.id.clone());
            }
        }
        all.extend(texts);
    }
    let g = grade(&all).expect("words");
    println!(
        "chart words: grade {g:.1}; the hardest chart {} at {:.1}",
        worst.1, worst.0
    );
    assert!(g <= 9.0, "the charts' words read at grade {g:.1}");
    // The formula at work: a long sentence of long words is past grade 9.
    let hard = ["Comprehensive institutional modernisation necessitates interdepartmental coordination mechanisms.".to_string()];
    assert!(grade(&hard).unwrap() > 9.0);
}
