//! The hero: the title, the introduction (導言) as lede, and the key figures, which count up
//! once when the page opens at the top (not under reduced motion).

use leptos::prelude::*;

use super::text::FigureText;
use crate::lang::Lang;
use crate::model::{Metric, Story};
use crate::state::StoryState;
use crate::ui_text::{ui, Ui};

/// The hero. `children`: the key figures, between the lede and the rest of the
/// introduction (the app puts them there as an island).
#[component]
pub fn Hero(children: Children) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    // The lede is the introduction up to the last paragraph that states a key figure; the
    // key figures follow it, then the rest of the introduction.
    let paragraph = |p: &'static crate::model::Paragraph| {
        view! { <p id=p.id.clone()><FigureText text=&p.text figures=&p.figures/></p> }
    };
    let split = lede_len(story);
    let lede = story.intro.paragraphs[..split]
        .iter()
        .map(paragraph)
        .collect_view();
    let rest = story.intro.paragraphs[split..]
        .iter()
        .map(paragraph)
        .collect_view();

    view! {
        <header class="hero" id="top">
            <p class="eyebrow">{story.meta.publisher.get(lang).to_owned()} " · " {story.meta.story_year}</p>
            <h1>{story.title.get(lang).to_owned()}</h1>
            <Byline/>
            <section class="intro" id=story.intro.id.clone() aria-labelledby="intro-title">
                <h2 class="intro-title" id="intro-title">{story.intro.heading.get(lang).to_owned()}</h2>
                <div class="intro-text lede">{lede}</div>
                {children()}
                <div class="intro-text">{rest}</div>
            </section>
        </header>
    }
}

/// The byline: the newspaper, and the story's own dates when `story.json` gives them.
#[component]
fn Byline() -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, meta) = (state.lang, &state.story.meta);
    let date = |key: Ui, d: &Option<String>| {
        d.clone().map(|d| {
            let at = d.clone();
            view! {
                " · " <time datetime=at>{ui(lang, key)} " " {d}</time>
            }
        })
    };
    let modified = meta
        .modified
        .clone()
        .filter(|m| Some(m) != meta.published.as_ref());
    view! {
        <p class="byline">
            <span class="author">{meta.publisher.get(lang).to_owned()}</span>
            {date(Ui::Published, &meta.published)}
            {date(Ui::Modified, &modified)}
        </p>
    }
}

/// The key figures. An island, hydrated on its own.
/// - `count`: how far they have counted up, 0 → 1 (the browser glue counts them up once when
///   the page opens at the top); unset, the stated figures (as prerendered).
#[component]
pub fn KeyFigures(#[prop(into, optional)] count: Option<Signal<f64>>) -> impl IntoView {
    let state = expect_context::<StoryState>();
    let (lang, story) = (state.lang, state.story);
    let count = count.unwrap_or_else(|| Signal::stored(1.0));
    let figures = story
        .key_figures()
        .into_iter()
        .map(|m| {
            let value = move || counted(story, m, lang, count.get());
            view! {
                <li class="key-figure">
                    <span class="kf-value">{value}</span>
                    " "
                    <span class="kf-label">{m.label.get(lang).to_owned()}</span>
                </li>
                " "
            }
        })
        .collect_view();
    view! { <ul class="key-figures" aria-label=ui(lang, Ui::KeyFigures)>{figures}</ul> }
}

/// How many paragraphs of the introduction come before the key figures.
pub fn lede_len(story: &Story) -> usize {
    let states_key = |p: &crate::model::Paragraph| {
        p.figures
            .iter()
            .any(|f| story.intro.key_figures.contains(f))
    };
    story
        .intro
        .paragraphs
        .iter()
        .rposition(states_key)
        .map_or(story.intro.paragraphs.len().min(1), |i| i + 1)
}

/// A key figure at a point of its count-up (`t` from 0 to 1), with the final figure's
/// decimals so the width barely changes while it counts.
pub fn counted(story: &Story, m: &Metric, lang: Lang, t: f64) -> String {
    if t >= 1.0 {
        return story.format(m, lang);
    }
    let decimals = decimals_of(m.value);
    let p = 10f64.powi(decimals as i32);
    let value = (m.value * t * p).round() / p;
    story.format(&Metric { value, ..m.clone() }, lang)
}

fn decimals_of(v: f64) -> usize {
    let s = format!("{v}");
    s.split_once('.').map_or(0, |(_, d)| d.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_up_ends_on_the_stated_figure_and_keeps_its_decimals() {
        let story = crate::model::story();
        for id in &story.intro.key_figures {
            let m = story.metric(id).unwrap();
            assert_eq!(
                counted(story, m, Lang::ZH_HANT, 1.0),
                story.format(m, Lang::ZH_HANT)
            );
            if m.value != 0.0 {
                let half = counted(story, m, Lang::ZH_HANT, 0.5);
                assert_ne!(half, story.format(m, Lang::ZH_HANT), "{id}: halfway");
            }
        }
        assert_eq!(decimals_of(8.7), 1);
        assert_eq!(decimals_of(93.0), 0);
    }

    #[test]
    fn key_figures_follow_the_paragraph_that_states_them() {
        let mut s = crate::model::story().clone();
        s.intro.key_figures = vec!["key".into()];
        for p in &mut s.intro.paragraphs {
            p.figures.clear();
        }
        let len = s.intro.paragraphs.len();
        assert_eq!(lede_len(&s), len.min(1), "no paragraph states a key figure");
        if len > 1 {
            s.intro.paragraphs[len - 2].figures.push("key".into());
            assert_eq!(lede_len(&s), len - 1, "up to the one that states it");
        }
    }
}
