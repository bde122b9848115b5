//! One chart's state between frames: its data, the layout cached per viewport, and the tween.
//! Plain Rust: the canvas glue owns one and calls it; native tests drive it with SVG.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters_backend::DrawingBackend;

use super::draw::{draw, Paint};
use super::layout::{baseline, layout, Layout, Viewport};
use super::measure::TextMeasure;
use super::spec::{ChartData, ChartError};
use super::theme::Palette;
use super::tween::{Tween, MAX_MS};

pub struct ChartState {
    data: ChartData,
    tween: Tween,
    /// The last layout and the viewport it is for (language and data are the state's own).
    cache: Option<(Viewport, Result<Layout, ChartError>)>,
    /// How many layouts were computed (for tests and the benchmark).
    pub layouts_computed: u32,
}

impl ChartState {
    /// A chart that tweens in from its baseline starting at `now` (or appears at once).
    pub fn new(data: ChartData, now: f64, animate: bool) -> ChartState {
        let to: Vec<f64> = data.items.iter().map(|d| d.value).collect();
        let from = vec![baseline(&data); to.len()];
        let tween = Tween::new(from, to, now, if animate { MAX_MS } else { 0.0 });
        ChartState {
            data,
            tween,
            cache: None,
            layouts_computed: 0,
        }
    }

    pub fn data(&self) -> &ChartData {
        &self.data
    }

    /// New data (a step changed it, or the language): items keep their place by id and tween
    /// from where they are now. Returns whether anything changed.
    pub fn set_data(&mut self, data: ChartData, now: f64, animate: bool) -> bool {
        if data == self.data {
            return false;
        }
        let map: Vec<Option<usize>> = data
            .items
            .iter()
            .map(|d| self.data.items.iter().position(|o| o.id == d.id))
            .collect();
        let to: Vec<f64> = data.items.iter().map(|d| d.value).collect();
        let values_changed =
            to.as_slice() != self.tween.target() || map.iter().any(Option::is_none);
        if values_changed {
            let dur = if animate { MAX_MS } else { 0.0 };
            self.tween.retarget(to, &map, baseline(&data), now, dur);
        }
        self.data = data;
        self.cache = None;
        true
    }

    /// The layout for `vp`, computed only when the viewport (size, DPR, font size) or the
    /// data (language included) changed.
    pub fn layout(&mut self, vp: Viewport, m: &dyn TextMeasure) -> Result<&Layout, ChartError> {
        let stale = !matches!(&self.cache, Some((v, _)) if *v == vp);
        if stale {
            self.layouts_computed += 1;
            self.cache = Some((vp, layout(&self.data, &vp, m)));
        }
        match &self.cache {
            Some((_, Ok(l))) => Ok(l),
            Some((_, Err(e))) => Err(e.clone()),
            None => Err(ChartError::Draw("no layout".into())),
        }
    }

    /// The cached layout, if the last one succeeded.
    pub fn cached_layout(&self) -> Option<&Layout> {
        match &self.cache {
            Some((_, Ok(l))) => Some(l),
            _ => None,
        }
    }

    pub fn values_at(&self, now: f64) -> Vec<f64> {
        self.tween.values_at(now)
    }

    pub fn animating(&self, now: f64) -> bool {
        !self.tween.is_done(now)
    }

    /// Starts the marks from their baseline again, tweening in to their values from `now`
    /// (a chart drawn for the first time).
    pub fn tween_in(&mut self, now: f64) {
        let to = self.tween.target().to_vec();
        let from = vec![baseline(&self.data); to.len()];
        self.tween = Tween::new(from, to, now, MAX_MS);
    }

    /// Jumps to the end of any tween (reduced motion).
    pub fn finish(&mut self) {
        self.tween = Tween::settled(self.tween.target().to_vec());
    }

    /// Draws the frame for `now`; `Ok(true)` while the tween needs more frames.
    #[allow(clippy::too_many_arguments)]
    pub fn paint<DB: DrawingBackend>(
        &mut self,
        area: &DrawingArea<DB, Shift>,
        vp: Viewport,
        m: &dyn TextMeasure,
        palette: Palette,
        focus: &[usize],
        active: Option<usize>,
        now: f64,
    ) -> Result<bool, ChartError> {
        let values = self.values_at(now);
        let more = self.animating(now);
        self.layout(vp, m)?;
        let Some(layout) = self.cached_layout() else {
            return Err(ChartError::Draw("no layout".into()));
        };
        let paint = Paint {
            palette,
            values: &values,
            focus,
            active,
        };
        draw(area, &self.data, layout, &paint)?;
        Ok(more)
    }
}
