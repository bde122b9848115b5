//! The chart kinds, one file each, and the one place that picks a kind's behaviour.
//!
//! A kind is a unit struct implementing [`Kind`]: its limits, its own checks of a
//! [`ChartData`], the space it reserves before it is drawn, the value its marks start from,
//! and its layout. A layout's marks are a geometry implementing [`Marks`] (drawing, hit
//! testing, where a tooltip points), one variant of the closed set [`Geom`]; a kind may lay
//! out as another's geometry (vertical bars that get too thin are drawn as rows).
//!
//! Adding a kind: its file here, `mod` + one line in [`of`], and one line in `geometries!`
//! if it brings a geometry of its own (see `src/charts/README.md`).

mod bars;
mod big_number;
mod figures;
mod gauge;
mod growth;
mod hbars;
mod pictogram;
mod progress;
mod rank;
mod rows;
mod rows_draw;
mod waffle;
mod wall;
mod wall_plan;
mod wall_scale;

use plotters_backend::DrawingBackend;

pub use bars::Columns;
pub use gauge::{GaugeCell, Rings};
pub use pictogram::Isotype;
pub use rank::RankScale;
pub use rows::{BarRows, Line};
pub use waffle::WaffleGrid;
pub use wall::{Cell, Symbols, Wall};
pub use wall_scale::{Strip, StripForm};

use super::ctx::Ctx;
use super::marks::Surface;
use super::placed::{Frame, Row, TextBox, TextRole};
use super::spec::{ChartData, ChartError};
use super::viewport::Viewport;
use crate::lang::Lang;
use crate::model::ChartKind;

/// What a chart kind knows about itself, before and while it is laid out.
pub(crate) trait Kind {
    /// The most items it shows legibly on a 320 px phone.
    fn max_items(&self) -> usize;

    /// Whether values may be negative: it shows signed values, not sizes.
    fn signed(&self) -> bool {
        false
    }

    /// Its own checks of a description, after the common ones (`charts::validate`).
    fn check(&self, _chart: &ChartData) -> Result<(), ChartError> {
        Ok(())
    }

    /// The space reserved before it is drawn, from the data alone (no layout shift): an
    /// aspect ratio (width / height) and a minimum height in rem.
    fn reserve(&self, chart: &ChartData) -> (f64, f64);

    /// The value a mark starts from when it first appears.
    fn baseline(&self, _chart: &ChartData) -> f64 {
        0.0
    }

    /// Measures and places every text and mark for the context's viewport and type scale;
    /// `Err(DoesNotFit)` when the marks do not fit the context's room.
    fn layout(&self, ctx: &Ctx) -> Result<Layout, ChartError>;

    /// The largest type scale the layout tries (see `layout.rs`): charts grow their type up
    /// to this to fill a large frame.
    fn max_scale(&self) -> f64 {
        1.5
    }

    /// The chart is its one figure (a big number, a single gauge): a share card then states
    /// no figure under its title.
    fn is_one_figure(&self, _chart: &ChartData) -> bool {
        false
    }
}

/// The kind's behaviour: the one dispatch on [`ChartKind`] (a new kind is one line here).
pub(crate) fn of(kind: ChartKind) -> &'static dyn Kind {
    match kind {
        ChartKind::Bars => &bars::Bars,
        ChartKind::Hbars => &hbars::Hbars,
        ChartKind::Growth => &growth::Growth,
        ChartKind::Gauge => &gauge::Gauge,
        ChartKind::Waffle => &waffle::Waffle,
        ChartKind::Rank => &rank::Rank,
        ChartKind::BigNumber => &big_number::BigNumber,
        ChartKind::Figures => &figures::Figures,
        ChartKind::Pictogram => &pictogram::Pictogram,
        ChartKind::Progress => &progress::Progress,
    }
}

/// The chart is its one figure (see [`Kind::is_one_figure`]).
pub fn is_one_figure(chart: &ChartData) -> bool {
    of(chart.kind).is_one_figure(chart)
}

/// A layout's marks: drawn each frame, hit by the pointer, pointed at by the tooltip.
pub(crate) trait Marks {
    /// The marks at the frame's values (texts are drawn after, by `draw`).
    fn draw<DB: DrawingBackend>(&self, s: &Surface<DB>, layout: &Layout) -> Result<(), ChartError>;

    /// What a pointer at logical coordinates of the layout's frame hits.
    fn hit(&self, x: f64, y: f64) -> Hit<'_>;

    /// Where a tooltip for item `i` points: by default the top of its figure.
    fn anchor(&self, _i: usize) -> Anchor {
        Anchor::Figure
    }
}

/// What a pointer hits.
pub(crate) enum Hit<'a> {
    /// One of these rows, by y in pixels (see [`Row::at`]).
    Rows(&'a [Row]),
    /// This item, or none.
    Item(Option<usize>),
}

/// Where a tooltip points.
pub(crate) enum Anchor {
    /// The top centre of the item's figure (its value text).
    Figure,
    /// A point in device pixels; `None` for an item the geometry does not have.
    At(Option<(f64, f64)>),
}

/// The top centre of item `i`'s figure, in device pixels.
fn figure_top(layout: &Layout, i: usize) -> Option<(f64, f64)> {
    let t = layout
        .texts
        .iter()
        .find(|t| t.item == Some(i) && matches!(t.role, TextRole::Value | TextRole::Big))?;
    let r = t.rect();
    Some(((r.0 + r.2) / 2.0, r.1))
}

/// The closed set of geometries, each defined in its kind's file, and their dispatch.
macro_rules! geometries {
    ($($(#[$doc:meta])* $variant:ident($geom:ty),)*) => {
        /// Kind-specific geometry of the marks.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Geom {
            $($(#[$doc])* $variant($geom),)*
        }

        impl Geom {
            pub(crate) fn draw<DB: DrawingBackend>(
                &self,
                s: &Surface<DB>,
                layout: &Layout,
            ) -> Result<(), ChartError> {
                match self {
                    $(Geom::$variant(g) => g.draw(s, layout),)*
                }
            }

            /// The item at logical coordinates of the layout's frame.
            pub(crate) fn item_at(&self, x: f64, y: f64) -> Option<usize> {
                let hit = match self {
                    $(Geom::$variant(g) => g.hit(x, y),)*
                };
                match hit {
                    Hit::Rows(rows) => Row::at(rows, y),
                    Hit::Item(i) => i,
                }
            }

            fn anchor(&self, i: usize) -> Anchor {
                match self {
                    $(Geom::$variant(g) => g.anchor(i),)*
                }
            }
        }
    };
}

geometries! {
    /// Vertical bars: x in slots (item i spans i..i+1), y in values.
    Columns(Columns),
    /// Horizontal bars from a zero line: x in values, y in pixels.
    Rows(BarRows),
    /// Rings, one per item.
    Gauges(Rings),
    /// Squares in a grid and their key.
    Waffle(WaffleGrid),
    /// A scale of places per item.
    Rank(RankScale),
    /// Figures set large in cells: a big number, a figure wall.
    Wall(Wall),
    /// Rows of symbols.
    Isotype(Isotype),
}

/// A chart laid out for one viewport.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The kind as drawn (vertical bars that got too thin are drawn as rows).
    pub kind: ChartKind,
    pub lang: Lang,
    pub viewport: Viewport,
    /// Device pixels.
    pub width: u32,
    pub height: u32,
    pub frame: Frame,
    pub texts: Vec<TextBox>,
    pub geom: Geom,
    /// Scale of marks: pixels per unit of value where it applies.
    pub scale: f64,
    /// `u`: the root font size in device pixels.
    pub unit: f64,
    pub items: usize,
}

impl Layout {
    /// The layout a kind made in `ctx`.
    pub(crate) fn new(
        ctx: &Ctx,
        kind: ChartKind,
        frame: Frame,
        texts: Vec<TextBox>,
        geom: Geom,
        scale: f64,
    ) -> Layout {
        let mut texts = texts;
        texts.extend(ctx.chrome.iter().cloned());
        Layout {
            kind,
            lang: ctx.chart.lang,
            viewport: ctx.vp,
            width: ctx.width,
            height: ctx.height,
            frame,
            texts,
            geom,
            scale,
            unit: ctx.em,
            items: ctx.chart.items.len(),
        }
    }

    /// Where a tooltip for item `i` points, in CSS pixels from the canvas's top left.
    pub fn anchor(&self, i: usize) -> Option<(f64, f64)> {
        let dpr = self.viewport.dpr;
        let p = match self.geom.anchor(i) {
            Anchor::Figure => figure_top(self, i),
            Anchor::At(p) => p,
        }?;
        Some((p.0 / dpr, p.1 / dpr))
    }
}
