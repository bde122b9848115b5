//! The story's shared state, in context: the page's language, the active step (the only
//! thing the step engine writes), and the reader's display preferences.

use leptos::prelude::*;

use crate::embed::params::EmbedParams;
use crate::embed::protocol::HostView;
use crate::lang::Lang;
use crate::model::{Section, Story};

/// One step of the whole story, in reading order.
#[derive(Clone, Copy, Debug)]
pub struct StepRef {
    pub id: &'static str,
    /// Index of its section in `story.sections`.
    pub section: usize,
    /// Its place in the section, from 0.
    pub index: usize,
}

/// Every step of the story in reading order: the step engine's list.
pub fn step_refs(story: &'static Story) -> Vec<StepRef> {
    story
        .sections
        .iter()
        .enumerate()
        .flat_map(|(section, s)| {
            s.steps.iter().enumerate().map(move |(index, st)| StepRef {
                id: &st.id,
                section,
                index,
            })
        })
        .collect()
}

/// Global index of the first step of each section.
pub fn first_steps(story: &Story) -> Vec<usize> {
    story
        .sections
        .iter()
        .scan(0, |n, s| {
            let first = *n;
            *n += s.steps.len();
            Some(first)
        })
        .collect()
}

#[derive(Clone, Copy)]
pub struct StoryState {
    pub lang: Lang,
    pub story: &'static Story,
    /// The active step (global index), `None` above the first step and below the last.
    pub active: RwSignal<Option<usize>>,
    /// The reader's system asks for reduced motion: no tweens, no count-up.
    pub reduced_motion: RwSignal<bool>,
    /// "Read as article": plain text instead of steps.
    pub article: RwSignal<bool>,
    /// The page is an embed page (in an iframe on a host's page): set by the page, never by
    /// the browser, so the markup is the same before and after hydration.
    pub embed: bool,
    /// Embed pages: the host's viewport, once the host sends it (our loader, or pym.js with
    /// `trackscroll`). Until then the embed reads as an article (see `display.rs`).
    pub host_view: RwSignal<Option<HostView>>,
    /// Embed pages: the validated URL parameters (set after hydration).
    pub params: StoredValue<EmbedParams>,
}

impl StoryState {
    pub fn new(lang: Lang, story: &'static Story, embed: bool) -> Self {
        StoryState {
            lang,
            story,
            active: RwSignal::new(None),
            reduced_motion: RwSignal::new(false),
            article: RwSignal::new(false),
            embed,
            host_view: RwSignal::new(None),
            params: StoredValue::new(EmbedParams::default()),
        }
    }

    /// The step engine follows the reader: on the page itself always, in an embed once the
    /// host tells us its viewport (an iframe as tall as its content never scrolls).
    pub fn follows_scroll(&self) -> bool {
        !self.embed || self.host_view.with(Option::is_some)
    }
}

/// Which of a section's steps the story is at: before it, at step `i`, or past it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Before,
    At(usize),
    After,
}

/// The place of `section` (whose first step has global index `first`) for `active`.
pub fn place(section: &Section, first: usize, active: Option<usize>) -> Place {
    match active {
        Some(a) if a >= first && a < first + section.steps.len() => Place::At(a - first),
        Some(a) if a >= first + section.steps.len() => Place::After,
        _ => Place::Before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_across_sections() {
        let story = crate::model::story();
        let refs = step_refs(story);
        let firsts = first_steps(story);
        assert_eq!(
            refs.len(),
            story.sections.iter().map(|s| s.steps.len()).sum::<usize>()
        );
        for (i, r) in refs.iter().enumerate() {
            assert_eq!(firsts[r.section] + r.index, i);
            assert_eq!(story.sections[r.section].steps[r.index].id, r.id);
        }
    }

    #[test]
    fn place_of_a_section() {
        let story = crate::model::story();
        let s = &story.sections[1];
        let first = first_steps(story)[1];
        assert_eq!(place(s, first, None), Place::Before);
        assert_eq!(place(s, first, Some(first - 1)), Place::Before);
        assert_eq!(place(s, first, Some(first)), Place::At(0));
        assert_eq!(place(s, first, Some(first + s.steps.len())), Place::After);
    }
}
