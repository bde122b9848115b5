//! Tweens: at most 600 ms, eased, and an interrupted tween goes on from where the marks are;
//! count-up keeps the formatter's form; frames reuse the cached layout.
#![cfg(not(target_arch = "wasm32"))]

mod charts_common;

use charts_common::*;
use luyuan::charts::tween::{count_up, ease_out, Tween, MAX_MS};
use luyuan::charts::{ApproxMeasure, ChartState, Theme, Viewport};
use luyuan::lang::Lang;
use plotters::prelude::*;

#[test]
fn easing_and_duration() {
    assert_eq!(ease_out(0.0), 0.0);
    assert_eq!(ease_out(1.0), 1.0);
    assert_eq!(ease_out(2.0), 1.0);
    assert!(ease_out(0.5) > 0.5, "ease-out is ahead at half time");
    let t = Tween::new(vec![0.0], vec![10.0], 1000.0, 5000.0);
    assert_eq!(t.values_at(1000.0 + MAX_MS), vec![10.0], "capped at 600 ms");
    assert!(t.is_done(1600.0) && !t.is_done(1599.0));
    assert_eq!(t.values_at(900.0), vec![0.0], "before it starts");
    let jump = Tween::new(vec![0.0], vec![10.0], 0.0, 0.0);
    assert_eq!(jump.values_at(0.0), vec![10.0], "no motion: at once");
}

#[test]
fn a_finished_tween_is_exactly_its_target() {
    // From values whose difference to the target is not exact in binary (0.1 + (x - 0.1)
    // may miss x by a rounding error), interrupted twice: once done, the target bit for bit,
    // so a count-up's ratio is exactly 1 and its text the formatter's.
    let targets = vec![25_000.0, 36_000.0, 81_450_000.0, 7.0, 0.3];
    let mut t = Tween::new(vec![0.1, 0.7, 3.3, 0.01, 0.0], targets.clone(), 0.0, MAX_MS);
    t.retarget(
        targets.clone(),
        &[Some(0), Some(1), Some(2), Some(3), Some(4)],
        0.0,
        123.4,
        MAX_MS,
    );
    t.retarget(
        targets.clone(),
        &[Some(0), Some(1), Some(2), Some(3), Some(4)],
        0.0,
        277.7,
        MAX_MS,
    );
    let end = t.values_at(277.7 + MAX_MS);
    assert_eq!(end, targets);
    for (v, target) in end.iter().zip(&targets) {
        assert_eq!(
            count_up("24,999 households", v / target),
            "24,999 households"
        );
    }
}

#[test]
fn an_interrupted_tween_starts_where_it_is() {
    let mut t = Tween::new(vec![0.0, 100.0], vec![100.0, 0.0], 0.0, 600.0);
    let at300 = t.values_at(300.0);
    assert!(at300[0] > 50.0 && at300[0] < 100.0, "{at300:?}");
    // New target at 300 ms: same items, same order.
    t.retarget(vec![20.0, 20.0], &[Some(0), Some(1)], 0.0, 300.0, MAX_MS);
    assert_eq!(t.values_at(300.0), at300, "no jump");
    let next = t.values_at(316.0);
    assert!(
        (next[0] - at300[0]).abs() < 10.0,
        "one frame later it has moved a little: {next:?}"
    );
    assert_eq!(
        t.values_at(900.0),
        vec![20.0, 20.0],
        "there 600 ms after the interruption"
    );
    // Items found by id: a new item starts at the baseline, a kept one where it was.
    t.retarget(vec![5.0, 7.0], &[None, Some(0)], 68.0, 400.0, MAX_MS);
    let v = t.values_at(400.0);
    assert_eq!(v[0], 68.0);
    assert!((v[1] - t.values_at(400.0)[1]).abs() < 1e-9 && v[1] > 20.0);
}

#[test]
fn count_up_keeps_the_formatters_form() {
    assert_eq!(count_up("8,145萬元", 1.0), "8,145萬元");
    assert_eq!(count_up("8,145萬元", 0.25), "2,036萬元");
    assert_eq!(count_up("8,145萬元", 0.0), "0萬元");
    assert_eq!(count_up("1.1億元", 0.5), "0.6億元");
    assert_eq!(count_up("+18.7%", 0.2), "+3.7%");
    assert_eq!(count_up("81.45 million yuan", 0.5), "40.73 million yuan");
    assert_eq!(count_up("12,345,678 people", 0.1), "1,234,568 people");
    assert_eq!(count_up("第九", 0.5), "第九", "no digits: as is");
    assert_eq!(
        count_up("2023年增長7%", 0.5),
        "1012年增長7%",
        "only the first number counts"
    );
}

fn frame(state: &mut ChartState, vp: Viewport, now: f64) -> bool {
    let (w, h) = vp.device_size();
    let mut s = String::new();
    let area = SVGBackend::with_string(&mut s, (w, h)).into_drawing_area();
    state
        .paint(
            &area,
            vp,
            &ApproxMeasure,
            Theme::Light.palette(),
            &[],
            None,
            now,
        )
        .unwrap()
}

#[test]
fn the_engine_tweens_in_retargets_mid_way_and_lays_out_once_per_viewport() {
    let chart = support(Lang::ZH_HANT);
    let vp = Viewport::new(375.0, 420.0, 3.0, 16.0);
    let mut s = ChartState::new(chart.clone(), 0.0, true);
    assert_eq!(s.values_at(0.0), vec![0.0; 4], "bars grow from zero");
    for k in 0..10 {
        assert!(frame(&mut s, vp, f64::from(k) * 16.0), "still animating");
    }
    assert_eq!(s.layouts_computed, 1, "ten frames, one layout");
    let mid = s.values_at(160.0);
    // A step changes a figure mid-tween: it goes on from where it is.
    let mut next = chart.clone();
    next.items[3].value = 2e9;
    next.items[3].display = "20億元".into();
    assert!(s.set_data(next.clone(), 160.0, true));
    assert_eq!(s.values_at(160.0), mid);
    assert!(!frame(&mut s, vp, 160.0 + MAX_MS), "done 600 ms later");
    assert_eq!(s.values_at(760.0)[3], 2e9);
    assert_eq!(s.layouts_computed, 2, "new data, new layout");
    frame(&mut s, vp, 800.0);
    assert_eq!(s.layouts_computed, 2);
    frame(
        &mut s,
        Viewport {
            css_width: 414.0,
            ..vp
        },
        900.0,
    );
    assert_eq!(s.layouts_computed, 3, "a resize lays out again");
    frame(
        &mut s,
        Viewport {
            dpr: 2.0,
            css_width: 414.0,
            ..vp
        },
        900.0,
    );
    frame(
        &mut s,
        Viewport {
            font_px: 32.0,
            dpr: 2.0,
            css_width: 414.0,
            ..vp
        },
        900.0,
    );
    assert_eq!(s.layouts_computed, 5, "so do a new DPR and a new font size");
    // The same data again changes nothing.
    assert!(!s.set_data(next, 1000.0, true));
    // A new language lays out again but does not move the marks.
    assert!(s.set_data(
        support(Lang::EN).clone_with_values(&s.values_at(1000.0)),
        1000.0,
        true
    ));
    assert!(!s.animating(1000.0));
}

#[test]
fn reduced_motion_shows_the_final_state_at_once() {
    let s = ChartState::new(rank(Lang::EN), 0.0, false);
    assert_eq!(s.values_at(0.0), vec![9.0]);
    let mut animated = ChartState::new(rank(Lang::EN), 0.0, true);
    assert_eq!(
        animated.values_at(0.0),
        vec![68.0],
        "a rank climbs from the last place"
    );
    animated.finish();
    assert_eq!(animated.values_at(0.0), vec![9.0]);
    assert!(!s.animating(0.0));
}

trait WithValues {
    fn clone_with_values(&self, v: &[f64]) -> Self;
}

impl WithValues for luyuan::charts::ChartData {
    fn clone_with_values(&self, v: &[f64]) -> Self {
        let mut c = self.clone();
        for (d, x) in c.items.iter_mut().zip(v) {
            d.value = *x;
        }
        c
    }
}
