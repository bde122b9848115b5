//! A step's text cut into plain runs and the figures it states, so the figures can be
//! highlighted. Each figure is found by its `mark` (the exact words stating it in that
//! language), in the order the data lists them.

use leptos::prelude::*;

use crate::charts::breaks::unit_spans;
use crate::charts::measure::{ApproxMeasure, Font, TextMeasure};
use crate::charts::view::UnitRuns;
use crate::lang::{Lang, Text};
use crate::state::StoryState;

/// A text of the article with its figures highlighted (`<strong class="fig">`), no number
/// parted from its unit by a line break, in a figure or not.
/// - `text`: the text in the three languages; `figures`: the metric ids it states.
#[component]
pub fn FigureText(text: &'static Text, figures: &'static [String]) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let lang = state.lang;
    let marks: Vec<(&str, &str)> = figures
        .iter()
        .filter_map(|id| {
            state
                .story
                .metric(id)
                .map(|m| (id.as_str(), m.mark.get(lang)))
        })
        .collect();
    segments(text.get(lang), &marks)
        .into_iter()
        .map(|s| match s {
            // The plain words too keep each number with its unit ("66 kV", "2023年").
            Segment::Plain(t) => unit_spans(t)
                .into_iter()
                .map(|(run, keep)| match keep {
                    true => view! { <span class="nobr">{run.to_owned()}</span> }.into_any(),
                    false => run.to_owned().into_any(),
                })
                .collect_view()
                .into_any(),
            Segment::Figure { text, metric } if keeps_together(text, lang) => {
                view! { <strong class="fig nowrap" data-metric=metric.to_owned()>{text.to_owned()}</strong> }.into_any()
            }
            Segment::Figure { text, metric } => {
                view! { <strong class="fig" data-metric=metric.to_owned()><UnitRuns text/></strong> }.into_any()
            }
        })
        .collect_view()
}

/// A figure short enough to stay on one line: a break inside "88件" or "1.1億元" parts the
/// number from its unit. Longer ones ("25,000 households") may wrap. Six and a half em (as
/// the charts measure bold) fit the step card of a 320 px phone even at 200 % text.
pub fn keeps_together(figure: &str, lang: Lang) -> bool {
    ApproxMeasure.width(
        figure,
        &Font {
            px: 1.0,
            bold: true,
            lang,
        },
    ) <= 6.5
}

/// A run of a text: plain words, or the words of a figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Figure { text: &'a str, metric: &'a str },
}

/// Cuts `text` at the marks `(metric id, mark)`. Each mark is looked for after the previous
/// one first (figures are listed in reading order), then anywhere it does not overlap one
/// already placed; a mark that is not there is left out (the data tests make sure none is).
pub fn segments<'a>(text: &'a str, marks: &[(&'a str, &'a str)]) -> Vec<Segment<'a>> {
    let mut placed: Vec<(usize, usize, &'a str)> = Vec::new();
    let mut cursor = 0;
    for &(metric, mark) in marks {
        if mark.is_empty() {
            continue;
        }
        let free = |start: usize| {
            placed
                .iter()
                .all(|&(s, e, _)| start + mark.len() <= s || start >= e)
        };
        let found = text[cursor..]
            .match_indices(mark)
            .map(|(i, _)| i + cursor)
            .find(|&i| free(i))
            .or_else(|| text.match_indices(mark).map(|(i, _)| i).find(|&i| free(i)));
        if let Some(start) = found {
            placed.push((start, start + mark.len(), metric));
            cursor = start + mark.len();
        }
    }
    placed.sort_unstable_by_key(|&(s, _, _)| s);
    let mut out = Vec::with_capacity(placed.len() * 2 + 1);
    let mut at = 0;
    for (start, end, metric) in placed {
        if start > at {
            out.push(Segment::Plain(&text[at..start]));
        }
        out.push(Segment::Figure {
            text: &text[start..end],
            metric,
        });
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Plain(&text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    #[test]
    fn short_figures_keep_their_unit_long_ones_may_wrap() {
        for short in [
            "88件",
            "1.1億元",
            "8,145萬元",
            "12.4萬戶",
            "93%",
            "110 million",
        ] {
            assert!(keeps_together(short, Lang::ZH_HANT), "{short}");
        }
        for long in [
            "25,000 households",
            "50 residential estates",
            "87,000 mu (5,800 ha)",
            "地區生產總值增長7%",
        ] {
            assert!(!keeps_together(long, Lang::EN), "{long}");
        }
    }

    #[test]
    fn cuts_around_each_figure() {
        let s = segments(
            "經營主體發展到12.4萬戶、同比增長4.3%。",
            &[("a", "12.4萬戶"), ("b", "增長4.3%")],
        );
        assert_eq!(
            s,
            vec![
                Plain("經營主體發展到"),
                Figure {
                    text: "12.4萬戶",
                    metric: "a"
                },
                Plain("、同比"),
                Figure {
                    text: "增長4.3%",
                    metric: "b"
                },
                Plain("。"),
            ]
        );
    }

    #[test]
    fn a_repeated_mark_takes_the_next_occurrence() {
        let s = segments(
            "出庭應訴率100%。化解率100%。",
            &[("court", "100%"), ("mediation", "100%")],
        );
        let figures: Vec<_> = s.iter().filter(|x| matches!(x, Figure { .. })).collect();
        assert_eq!(figures.len(), 2);
        assert_eq!(
            s[1],
            Figure {
                text: "100%",
                metric: "court"
            }
        );
        assert_eq!(
            s[3],
            Figure {
                text: "100%",
                metric: "mediation"
            }
        );
    }

    #[test]
    fn marks_listed_out_of_order_still_do_not_overlap() {
        let s = segments("A 5 B 10 C", &[("ten", "10"), ("five", "5")]);
        assert_eq!(
            s[1],
            Figure {
                text: "5",
                metric: "five"
            }
        );
        assert_eq!(
            s[3],
            Figure {
                text: "10",
                metric: "ten"
            }
        );
    }

    #[test]
    fn the_whole_text_is_kept() {
        let text = "耕種收綜合機械化率93%，8.7萬畝農作物喜獲豐收";
        let s = segments(text, &[("m", "93%"), ("x", "not there"), ("c", "8.7萬畝")]);
        let joined: String = s
            .iter()
            .map(|x| match x {
                Plain(t) | Figure { text: t, .. } => *t,
            })
            .collect();
        assert_eq!(joined, text);
    }
}
