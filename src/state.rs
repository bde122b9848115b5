//! The story's shared state, in context: the page's language, the active step (the only
//! thing the step engine writes), the reader's display preferences, and on an embed page
//! what the host page said and what the story tells it. The browser glue's pieces
//! (`client/`) talk to each other only through these signals; the plain types they carry
//! live here too.

use leptos::prelude::*;

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

/// The host's viewport as seen from the iframe (CSS px): its size, and where the iframe's top
/// is relative to the viewport's top (negative once the reader has scrolled into the story).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HostView {
    pub width: f64,
    pub height: f64,
    pub top: f64,
}

impl HostView {
    /// A viewport from numbers a host sent, if they are plausible.
    pub fn new(width: f64, height: f64, top: f64) -> Option<HostView> {
        let size = |v: f64| v.is_finite() && (1.0..=20_000.0).contains(&v);
        let pos = top.is_finite() && top.abs() <= 10_000_000.0;
        (size(width) && size(height) && pos).then_some(HostView { width, height, top })
    }

    /// Where the host's viewport starts, in the story's document (the `scroll_y` the step
    /// engine would read if the story scrolled by itself).
    pub fn scroll_y(&self) -> f64 {
        -self.top
    }
}

/// What an embed page's URL says of its host page, validated (see `embed/params.rs`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostPage {
    /// The host page's address (`parentUrl`): a shared link points there.
    pub url: Option<String>,
    /// The embed's parameters written again (`?v=1&childId=…`, or empty): another embed
    /// page (a language link) keeps them.
    pub query: String,
}

/// What the story tells or asks its host page (embed pages); the embed glue posts it.
#[derive(Clone, Debug, PartialEq)]
pub enum HostNote {
    /// Scroll so that `y` of the story is at the top of the host's viewport.
    Scroll { y: f64 },
    /// The reader follows a link to the story in another language.
    Lang { to: Lang },
    /// The reader shared: `what` is `link` or `chart`, `method` `share`, `copy`, `download`
    /// or `wechat`.
    Share {
        what: &'static str,
        method: &'static str,
        chart: Option<String>,
    },
}

/// How the page is shown right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Steps, with a graphic that stays in view.
    Story,
    /// The plain text with each chapter's charts after it (the article stylesheet).
    Article,
}

#[derive(Clone, Copy)]
pub struct StoryState {
    pub lang: Lang,
    pub story: &'static Story,
    /// The active step (global index), `None` above the first step and below the last.
    pub active: RwSignal<Option<usize>>,
    /// The reader's system asks for reduced motion: no tweens, no count-up.
    pub reduced_motion: RwSignal<bool>,
    /// The page is dark: `<html data-theme>` (`?theme=`), else the system's colour scheme.
    pub dark: RwSignal<bool>,
    /// "Read as article": the reader's choice.
    pub article: RwSignal<bool>,
    /// How the page is shown now (the reader's choice, or an embed waiting for its host), set
    /// once the stylesheets are switched: the step engine measures again when it changes.
    pub mode: RwSignal<Mode>,
    /// The page is an embed page (in an iframe on a host's page): set by the page, never by
    /// the browser, so the markup is the same before and after hydration.
    pub embed: bool,
    /// Embed pages: the host's viewport, once the host sends it (our loader, or pym.js with
    /// `trackscroll`). Until then the embed reads as an article (see `display.rs`).
    pub host_view: RwSignal<Option<HostView>>,
    /// Embed pages: what the URL says of the host page (set after hydration).
    pub host_page: RwSignal<HostPage>,
    /// Embed pages: notes for the host, oldest first, until the embed glue posts them.
    pub to_host: RwSignal<Vec<HostNote>>,
}

impl StoryState {
    pub fn new(lang: Lang, story: &'static Story, embed: bool) -> Self {
        StoryState {
            lang,
            story,
            active: RwSignal::new(None),
            reduced_motion: RwSignal::new(false),
            dark: RwSignal::new(false),
            article: RwSignal::new(false),
            // An embed page is prerendered as an article (its height settles at once).
            mode: RwSignal::new(if embed { Mode::Article } else { Mode::Story }),
            embed,
            host_view: RwSignal::new(None),
            host_page: RwSignal::new(HostPage::default()),
            to_host: RwSignal::new(Vec::new()),
        }
    }

    /// Queues a note for the host page (embed pages only; elsewhere there is no host).
    pub fn tell_host(&self, note: HostNote) {
        if self.embed {
            self.to_host.update(|q| q.push(note));
        }
    }

    /// The id of the active step, if any.
    pub fn active_step_id(&self) -> Option<&'static str> {
        let i = self.active.get_untracked()?;
        step_refs(self.story).get(i).map(|s| s.id)
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
