//! The step engine's rule, as pure functions: which step is active is a function of where
//! the steps are and where the reader is now, never of the steps seen before. So it is right
//! after a reload mid-page, a jump through a link, a fast fling, a rotation or a resize.
//! The browser glue (`scroll.rs`) only measures and calls these.

/// Where the steps are, measured once per layout (document coordinates, CSS px).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepLayout {
    /// Top of each step's text, in document order (ascending).
    pub tops: Vec<f64>,
    /// Bottom of the last step's chapter: past it no step is active.
    pub end: f64,
    /// Phones: how far down the viewport a graphic held in view reaches (CSS px from the
    /// viewport's top; the tallest chapter's graphic). `None` where the text is beside it.
    pub graphic_bottom: Option<f64>,
}

/// What a step's card shows below the graphic before the step becomes active: its padding
/// and its first line and a half (CSS px).
pub const FIRST_LINES: f64 = 56.0;

/// The line in the viewport that a step's top must cross to become active, as a share of
/// the viewport's height from its top. Side by side (desktops) it is the middle. Phones keep
/// the graphic in the upper part and the text in the lower, so the line is below the
/// graphic: the step becomes active when its card's first lines show under its chart
/// (at most 0.92: on a short screen, a small phone in English or a landscape phone, the
/// first line is the last of the screen).
pub fn trigger_ratio(viewport_width: f64, viewport_h: f64, graphic_bottom: Option<f64>) -> f64 {
    if viewport_width >= 900.0 {
        return 0.5;
    }
    match graphic_bottom {
        Some(bottom) if viewport_h > 0.0 => ((bottom + FIRST_LINES) / viewport_h).clamp(0.5, 0.92),
        _ => 0.7,
    }
}

/// The active step: the last one whose top is above the trigger line, if the line is inside
/// the steps at all (`None` above the first step and below `end`).
pub fn active_step(
    layout: &StepLayout,
    scroll_y: f64,
    viewport_h: f64,
    ratio: f64,
) -> Option<usize> {
    let line = scroll_y + viewport_h * ratio;
    if line >= layout.end {
        return None;
    }
    // Number of tops at or above the line; the tops are sorted.
    let passed = layout.tops.partition_point(|&top| top <= line);
    passed.checked_sub(1)
}

/// How far the reader is through the page, 0 to 1.
pub fn progress(scroll_y: f64, viewport_h: f64, document_h: f64) -> f64 {
    let room = document_h - viewport_h;
    if room <= 0.0 {
        1.0
    } else {
        (scroll_y / room).clamp(0.0, 1.0)
    }
}

/// The scroll position that puts step `i`'s top just above the trigger line, for the step
/// keys and for links to a step.
pub fn scroll_to_step(layout: &StepLayout, i: usize, viewport_h: f64, ratio: f64) -> Option<f64> {
    layout
        .tops
        .get(i)
        .map(|top| (top - viewport_h * ratio + 1.0).max(0.0))
}

/// The step a step key leads to: the next or previous one from the active step; from
/// before the first step, down leads to the first.
pub fn step_key_target(active: Option<usize>, count: usize, down: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match (active, down) {
        (None, true) => Some(0),
        (None, false) => None,
        (Some(i), true) => (i + 1 < count).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    }
}

/// Where a graphic that should stay in view is drawn, as an offset from its place in the
/// layout (CSS px, for a `translateY`): `position: sticky` done by hand, for an embedded story
/// whose iframe is as tall as its content and so never scrolls itself. `natural_top` is the
/// graphic's top in the document without the offset, `height` its height, `end` the bottom
/// of the box it may move in, `view_top` where the reader's viewport starts in the document
/// and `inset` the gap to keep above it.
pub fn pinned_offset(natural_top: f64, height: f64, end: f64, view_top: f64, inset: f64) -> f64 {
    let room = (end - natural_top - height).max(0.0);
    (view_top + inset - natural_top).clamp(0.0, room)
}

/// The host's viewport size that an embedded story lays its steps out for: the last one,
/// unless only the height moved by less than a fifth (a phone's address bar showing or
/// hiding), so the story does not change height while the reader scrolls.
pub fn stable_viewport(prev: Option<(f64, f64)>, now: Option<(f64, f64)>) -> Option<(f64, f64)> {
    match (prev, now) {
        (Some((pw, ph)), Some((w, h))) if (pw - w).abs() < 1.0 && (ph - h).abs() < 0.2 * ph => {
            Some((pw, ph))
        }
        (_, Some(now)) => Some(now),
        (prev, None) => prev,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout() -> StepLayout {
        StepLayout {
            tops: vec![1000.0, 1600.0, 2200.0],
            end: 3000.0,
            graphic_bottom: None,
        }
    }

    #[test]
    fn active_is_the_last_step_above_the_line() {
        let l = layout();
        // viewport 600 tall, line at 70 % = 420 px below the top of the viewport.
        assert_eq!(active_step(&l, 0.0, 600.0, 0.7), None);
        assert_eq!(active_step(&l, 580.0, 600.0, 0.7), Some(0)); // line at 1000
        assert_eq!(active_step(&l, 1179.0, 600.0, 0.7), Some(0));
        assert_eq!(active_step(&l, 1180.0, 600.0, 0.7), Some(1));
        assert_eq!(active_step(&l, 2500.0, 600.0, 0.7), Some(2));
        assert_eq!(active_step(&l, 2580.0, 600.0, 0.7), None); // past the end
    }

    #[test]
    fn scrolling_to_a_step_activates_it() {
        let l = layout();
        for i in 0..3 {
            let y = scroll_to_step(&l, i, 800.0, 0.5).unwrap();
            assert_eq!(active_step(&l, y, 800.0, 0.5), Some(i));
        }
    }

    #[test]
    fn step_keys_walk_the_steps_and_stop_at_the_ends() {
        assert_eq!(step_key_target(None, 3, true), Some(0));
        assert_eq!(step_key_target(Some(0), 3, true), Some(1));
        assert_eq!(step_key_target(Some(2), 3, true), None);
        assert_eq!(step_key_target(Some(0), 3, false), None);
        assert_eq!(step_key_target(Some(2), 3, false), Some(1));
        assert_eq!(step_key_target(None, 0, true), None);
    }

    #[test]
    fn progress_is_clamped() {
        assert_eq!(progress(-20.0, 600.0, 2600.0), 0.0);
        assert_eq!(progress(1000.0, 600.0, 2600.0), 0.5);
        assert_eq!(progress(5000.0, 600.0, 2600.0), 1.0);
        assert_eq!(progress(0.0, 600.0, 300.0), 1.0);
    }

    #[test]
    fn trigger_is_lower_on_phones() {
        assert!(trigger_ratio(375.0, 667.0, None) > trigger_ratio(1280.0, 800.0, None));
    }

    #[test]
    fn on_phones_a_step_becomes_active_with_its_first_lines_below_the_graphic() {
        // A graphic held from the top bar down to 440 px of a 667 px screen.
        let ratio = trigger_ratio(375.0, 667.0, Some(440.0));
        assert_eq!(ratio * 667.0, 440.0 + FIRST_LINES);
        // A graphic that leaves little room keeps the card's first lines in view.
        assert_eq!(trigger_ratio(640.0, 360.0, Some(330.0)), 0.92);
        // Side by side the line is the middle, whatever the graphic.
        assert_eq!(trigger_ratio(1280.0, 800.0, Some(700.0)), 0.5);
    }

    #[test]
    fn a_pinned_graphic_stays_in_view_inside_its_box() {
        // Graphic 400 tall at 1000, its box ends at 3000; the reader's viewport starts at y.
        assert_eq!(pinned_offset(1000.0, 400.0, 3000.0, 0.0, 16.0), 0.0);
        assert_eq!(pinned_offset(1000.0, 400.0, 3000.0, 1500.0, 16.0), 516.0);
        assert_eq!(pinned_offset(1000.0, 400.0, 3000.0, 9000.0, 16.0), 1600.0);
        assert_eq!(pinned_offset(1000.0, 400.0, 1200.0, 1500.0, 16.0), 0.0);
    }

    #[test]
    fn the_embed_keeps_its_layout_while_an_address_bar_comes_and_goes() {
        let first = stable_viewport(None, Some((390.0, 664.0)));
        assert_eq!(first, Some((390.0, 664.0)));
        assert_eq!(stable_viewport(first, Some((390.0, 720.0))), first);
        assert_eq!(
            stable_viewport(first, Some((390.0, 844.0))),
            Some((390.0, 844.0))
        );
        assert_eq!(
            stable_viewport(first, Some((844.0, 390.0))),
            Some((844.0, 390.0))
        );
        assert_eq!(stable_viewport(first, None), first);
    }
}
