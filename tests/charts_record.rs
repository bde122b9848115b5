//! The recording the canvas plays back (`charts::record`): what the kit draws on the
//! recorder, played onto another backend, is drawn there exactly as the kit drew it, shape
//! for shape (the canvas draws a chart drawn ahead from a recording, a slice at a time), for
//! every chart of the story, mid-tween too, with focus and an active item.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::design::{design_viewport, Design};
use luyuan::charts::record::{record, replay, Recorder};
use luyuan::charts::theme::Theme;
use luyuan::charts::{layout, ApproxMeasure, Paint};
use luyuan::lang::Lang;
use luyuan::story::charts::chart_data;

#[test]
fn a_recording_plays_back_shape_for_shape() {
    let story = luyuan::model::load().unwrap_or_else(|e| panic!("{e}"));
    let mut shapes_seen = 0;
    for spec in &story.charts {
        let d = chart_data(&story, spec, Lang::ZH_HANT);
        let vp = design_viewport(&d, Design::Phone);
        let l = layout(&d, &vp, &ApproxMeasure).unwrap_or_else(|e| panic!("{}: {e}", d.id));
        let halfway: Vec<f64> = d.items.iter().map(|i| i.value / 2.0).collect();
        let paint = Paint {
            palette: Theme::Dark.palette(),
            values: &halfway,
            focus: &[0],
            active: Some(0),
        };
        let drawn = record(&d, &l, &paint).unwrap_or_else(|e| panic!("{}: {e}", d.id));
        assert!(drawn.len() > 3, "{}: {} shapes", d.id, drawn.len());
        let mut played = Vec::new();
        {
            let mut backend = Recorder::new(vp.device_size(), &mut played);
            for s in &drawn {
                replay(&mut backend, s).unwrap();
            }
        }
        assert_eq!(played, drawn, "{}: played back as drawn", d.id);
        shapes_seen += drawn.len();
    }
    assert!(
        shapes_seen > 3 * story.charts.len(),
        "{shapes_seen} shapes in all"
    );
}
