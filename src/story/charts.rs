//! From the data to what the chart kit draws: a chart spec and its metrics become a
//! [`ChartData`] in one language, every number formatted by the product's formatter. The
//! texts the kit wraps (labels, annotations, takeaway, hint) keep the data's break marks.

use crate::charts::spec::{ChartData, Datum, Scale};
use crate::lang::{unmarked, Lang, Text};
use crate::model::{ChartForm, ChartSpec, Metric, Qualifier, Story};
use crate::quote::clause_around;
use crate::ui_text::{ui, Ui};

/// The chart `spec` in `lang`.
pub fn chart_data(story: &Story, spec: &ChartSpec, lang: Lang) -> ChartData {
    let metrics = story.chart_metrics(spec);
    let icon_of = |id: &str| match &spec.form {
        ChartForm::Pictogram { icon, .. } => Some(*icon),
        ChartForm::Figures { icons, .. } => icons.get(id).copied(),
        _ => None,
    };
    let scale_of = |id: &str| match &spec.form {
        ChartForm::Figures { wholes, grades, .. } => {
            wholes.get(id).map(|&w| Scale::Whole(w)).or_else(|| {
                grades
                    .get(id)
                    .map(|g| Scale::Grades(g.iter().map(|t| t.get(lang).to_owned()).collect()))
            })
        }
        _ => None,
    };
    let items: Vec<Datum> = metrics
        .iter()
        .map(|m| Datum {
            note: spec
                .annotations
                .get(&m.id)
                .map(|t| t.marked(lang).to_owned())
                .unwrap_or_default(),
            icon: icon_of(&m.id),
            scale: scale_of(&m.id),
            ..datum(story, m, lang)
        })
        .collect();
    // The kit's whole: a full ring or track, a rank's number of places (its total metric),
    // a waffle's whole; what one square or symbol stands for; a target line.
    let (whole, per_cell, target) = match &spec.form {
        ChartForm::Gauge { whole } => (Some(*whole), None, None),
        ChartForm::Progress { whole, target } => (Some(*whole), None, *target),
        ChartForm::Waffle { per_cell, of } => (
            story.metric(of).map(|w| w.absolute()),
            Some(*per_cell),
            None,
        ),
        ChartForm::Pictogram { per_icon, .. } => (None, Some(*per_icon), None),
        ChartForm::Rank { total } => (story.metric(total).map(|t| t.absolute()), None, None),
        _ => (None, None, None),
    };
    let reference = spec
        .form
        .reference()
        .and_then(|id| story.metric(id))
        .map(|m| Datum {
            note: spec
                .annotations
                .get(&m.id)
                .map(|t| t.marked(lang).to_owned())
                .unwrap_or_default(),
            ..datum(story, m, lang)
        });
    let unit = metrics
        .first()
        .and_then(|m| story.unit(&m.unit))
        .map(|u| u.name.get(lang).to_owned())
        .unwrap_or_default();
    let text = |t: &Option<Text>| {
        t.as_ref()
            .map(|t| t.marked(lang).to_owned())
            .unwrap_or_default()
    };
    let title = spec.title.get(lang).to_owned();
    let takeaway = text(&spec.takeaway);
    let summary = unmarked(&summary(&title, &takeaway, &items, lang));
    let credit = story.meta.credit.get(lang);
    let note = spec.note.get(lang);
    let note = if note.is_empty() {
        credit.to_owned()
    } else {
        format!("{note}{}{credit}", sep(lang))
    };
    ChartData {
        id: spec.id.clone(),
        kind: spec.kind(),
        lang,
        title,
        note,
        summary,
        unit,
        whole,
        per_cell,
        target,
        reference,
        takeaway,
        hint: text(&spec.hint),
        items,
    }
}

/// A metric as a chart's item: its label, its size, its figure as the formatter writes it.
fn datum(story: &Story, m: &Metric, lang: Lang) -> Datum {
    Datum {
        // Sizes compare absolute amounts (8145萬 against 1.1億), a rank its place.
        detail: detail(story, m, lang),
        ..Datum::new(
            &m.id,
            m.label.marked(lang),
            m.absolute(),
            &story.format(m, lang),
        )
    }
}

fn sep(lang: Lang) -> &'static str {
    lang.locale().punct.between_sentences
}

/// The canvas's `aria-label`: the title, the takeaway and every figure, in a sentence.
fn summary(title: &str, takeaway: &str, items: &[Datum], lang: Lang) -> String {
    let p = &lang.locale().punct;
    let (colon, comma, stop) = (p.colon, p.semicolon, p.stop);
    let figures: Vec<String> = items
        .iter()
        .map(|d| {
            if items.len() == 1 {
                d.display.clone()
            } else {
                format!("{} {}", d.label, d.display)
            }
        })
        .collect();
    let takeaway = if takeaway.is_empty() {
        String::new()
    } else {
        format!("{takeaway}{}", sep(lang))
    };
    format!("{title}{colon}{takeaway}{}{stop}", figures.join(comma))
}

/// The tooltip's line under the figure: what it is compared with, how exact it is, and the
/// words of the article that state it.
fn detail(story: &Story, m: &Metric, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = &m.compare {
        parts.push(c.text.get(lang).to_owned());
    }
    if let Some(q) = qualifier_words(m.qualifier, lang) {
        parts.push(q.to_owned());
    }
    // The browser's copy of the data carries the quotes (the build script computed them with
    // `quote_for`, so both sides agree); natively they come from the texts.
    let quote = match &m.quote {
        Some(q) => Some(q.get(lang).to_owned()).filter(|q| !q.is_empty()),
        None => quote_for(story, m, lang),
    };
    if let Some(q) = quote {
        let (open, close) = lang.locale().punct.quote;
        parts.push(format!("{open}{q}{close}"));
    }
    parts.join(lang.locale().punct.dot)
}

fn qualifier_words(q: Qualifier, lang: Lang) -> Option<&'static str> {
    let key = match q {
        Qualifier::Exact => return None,
        Qualifier::Over => Ui::QualifierOver,
        Qualifier::OrMore => Ui::QualifierOrMore,
        Qualifier::Nearly => Ui::QualifierNearly,
        Qualifier::About => Ui::QualifierAbout,
        Qualifier::Expected => Ui::QualifierExpected,
    };
    Some(ui(lang, key))
}

/// The article's words that state `m` in `lang`: its source words in Traditional, else the
/// clause of the text that states it.
pub fn quote_for(story: &Story, m: &Metric, lang: Lang) -> Option<String> {
    match lang {
        Lang::ZH_HANT => Some(m.source.clone()),
        _ => stating_text(story, &m.id).and_then(|t| clause_around(t.get(lang), m.mark.get(lang))),
    }
}

/// The text (a step or an intro paragraph) whose figures include `metric`.
pub fn stating_text<'a>(story: &'a Story, metric: &str) -> Option<&'a Text> {
    let steps = story
        .sections
        .iter()
        .flat_map(|s| &s.steps)
        .map(|s| (&s.figures, &s.text));
    let paragraphs = story.intro.paragraphs.iter().map(|p| (&p.figures, &p.text));
    steps
        .chain(paragraphs)
        .find(|(figures, _)| figures.iter().any(|f| f == metric))
        .map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_is_cut_at_punctuation() {
        let t = "有效提振經營主體信心。經營主體發展到12.4萬戶、同比增長4.3%，“四上”企業達528戶。";
        assert_eq!(
            clause_around(t, "12.4萬戶").unwrap(),
            "經營主體發展到12.4萬戶、同比增長4.3%"
        );
        assert_eq!(
            clause_around("In 2023, 465 graduates came.", "465").unwrap(),
            "465 graduates came"
        );
        assert_eq!(clause_around("x", "y"), None);
    }

    #[test]
    fn every_chart_of_the_story_builds_in_every_language() {
        let story = crate::model::story();
        for spec in &story.charts {
            for &lang in Lang::published() {
                let d = chart_data(story, spec, lang);
                assert_eq!(d.items.len(), spec.metrics.len(), "{}", spec.id);
                assert!(
                    d.items
                        .iter()
                        .all(|i| !i.display.is_empty() && !i.label.is_empty()),
                    "{}",
                    spec.id
                );
                assert!(d.summary.contains(&d.title));
                assert!(d.note.contains(story.meta.credit.get(lang)));
                if matches!(spec.form, ChartForm::Rank { .. }) {
                    assert!(d.whole.is_some(), "{}: rank without a total", spec.id);
                }
            }
        }
    }

    #[test]
    fn story_tooltips_quote_the_article_in_the_page_language() {
        if !crate::model::is_default_story() {
            return;
        }
        let story = crate::model::story();
        let m = story.metric("gdp-growth").unwrap();
        let hant = detail(story, m, Lang::ZH_HANT);
        assert!(
            hant.contains("預計全年同比增長7%") && hant.contains("預計數"),
            "{hant}"
        );
        let hans = detail(story, m, Lang::ZH_HANS);
        assert!(hans.contains("增长7%") && !hans.contains("長"), "{hans}");
        let en = detail(story, m, Lang::EN);
        assert!(en.contains("7%") && en.contains("an estimate"), "{en}");
    }

    #[test]
    fn story_tooltips_say_nearly_and_or_more_as_the_source_does() {
        if !crate::model::is_default_story() {
            return;
        }
        let story = crate::model::story();
        let nearly = story.metric("zhaijia-green-space").unwrap();
        assert_eq!(
            qualifier_words(nearly.qualifier, Lang::ZH_HANT),
            Some("略低於此數")
        );
        assert!(detail(story, nearly, Lang::EN).contains("just under this figure"));
        let or_more = story.metric("spending-cut").unwrap();
        assert!(detail(story, or_more, Lang::ZH_HANS).contains("原文为下限（含此数）"));
        assert_eq!(story.format(or_more, Lang::EN), "\u{2212}25% or more");
        assert_eq!(story.format(nearly, Lang::ZH_HANT), "近100萬平方米");
    }
}
