//! The article's shape: the title (its first line), headings (short lines without final
//! punctuation; a kicker and headline pair opens a section), the introduction (the
//! paragraphs before the first section), and each section's text cut into steps of one to
//! three sentences.

/// A text block of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub title: String,
    pub intro_heading: String,
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
    /// The credit at the end (`來源：…`), kept in the text.
    pub credit: Option<String>,
    /// Lines dropped: a republisher's copyright notice.
    pub dropped: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: [String; 2],
    pub steps: Vec<String>,
}

const FINAL: &[char] = &['。', '！', '？', '；', '，', '…', '：', '—', '、'];

/// A heading: a short line that does not end like a sentence.
pub fn is_heading(line: &str) -> bool {
    let n = line.chars().count();
    (1..=40).contains(&n) && !line.ends_with(FINAL)
}

fn is_notice(line: &str) -> bool {
    line.contains("版權") || line.contains("版权")
}

/// Sentences: text up to 。！？ (and a closing quote after it), or ……
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        cur.push(c);
        i += 1;
        let end = matches!(c, '。' | '！' | '？') || (c == '…' && chars.get(i) != Some(&'…'));
        if end {
            while chars.get(i).is_some_and(|c| matches!(c, '”' | '’' | '）')) {
                cur.push(chars[i]);
                i += 1;
            }
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        match out.last_mut() {
            Some(last) if cur.chars().count() < 12 => last.push_str(&cur),
            _ => out.push(cur),
        }
    }
    out
}

/// Steps of one to three sentences, about a phone screen of text each.
pub fn steps(paragraph: &str) -> Vec<String> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for s in sentences(paragraph) {
        match out.last_mut() {
            Some((text, n)) if *n < 3 && text.chars().count() + s.chars().count() <= 140 => {
                text.push_str(&s);
                *n += 1;
            }
            Some((text, n)) if *n < 3 && s.chars().count() < 30 => {
                text.push_str(&s);
                *n += 1;
            }
            _ => out.push((s, 1)),
        }
    }
    out.into_iter().map(|(t, _)| t).collect()
}

pub fn segment(text: &str) -> Article {
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut dropped = Vec::new();
    while lines.last().is_some_and(|l| is_notice(l)) {
        dropped.push(lines.pop().unwrap_or_default().to_owned());
    }
    let title = lines.first().map(|l| l.to_string()).unwrap_or_default();
    let mut intro_heading = String::new();
    let mut intro = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut headings: Vec<String> = Vec::new();
    for line in lines.iter().skip(1) {
        if is_heading(line) {
            headings.push(line.to_string());
            continue;
        }
        let hs = std::mem::take(&mut headings);
        let opens_section =
            hs.len() >= 2 || !sections.is_empty() || (hs.len() == 1 && !intro.is_empty());
        if !opens_section {
            if let Some(h) = hs.first() {
                intro_heading = h.clone();
            }
            intro.push(line.to_string());
            continue;
        }
        if hs.is_empty() {
            if let Some(sec) = sections.last_mut() {
                sec.steps.extend(steps(line));
                continue;
            }
        }
        let heading = match hs.len() {
            0 => [String::new(), String::new()],
            1 => [hs[0].clone(), hs[0].clone()],
            n => [hs[n - 2].clone(), hs[n - 1].clone()],
        };
        sections.push(Section {
            heading,
            steps: steps(line),
        });
    }
    if intro_heading.is_empty() {
        intro_heading = "導言".to_owned();
    }
    let credit = sections.last().and_then(|s| s.steps.last()).and_then(|t| {
        let t = t.trim_end_matches('）');
        let i = t.rfind("（來源：").or_else(|| t.rfind("（来源："))?;
        Some(t[i + "（".len()..].to_owned())
    });
    Article {
        title,
        intro_heading,
        intro,
        sections,
        credit,
        dropped,
    }
}
