//! What a wall's figure is measured against, drawn under it where the article gives it: a
//! track for the whole it is part of (a share, a cut, all of a plan's projects), or the scale
//! of grades it is a place on (Class IV of I–V, the best first). A figure alone says how much;
//! the strip says how much of what.

use plotters_backend::DrawingBackend;

use crate::charts::ctx::Ctx;
use crate::charts::marks::{px_rect, Surface};
use crate::charts::placed::{Align, TextBox, TextRole};
use crate::charts::spec::{ChartError, Scale};
use crate::charts::theme::Rgb;

/// A strip under a figure, device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    /// Left and top of the bar, its full width and thickness.
    pub bar: (f64, f64, f64, f64),
    pub form: StripForm,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StripForm {
    /// Filled to value / whole.
    Track { whole: f64 },
    /// `n` segments with `gap` between them; the value's (1 is the first) is filled.
    Grades { n: usize, gap: f64 },
}

/// The bar's thickness and the longest a strip grows.
fn bar_size(ctx: &Ctx) -> (f64, f64) {
    (
        (0.35 * ctx.em).round().max(3.0 * ctx.dpr),
        (14.0 * ctx.em).round(),
    )
}

/// The height a strip takes under a figure (its names included), or `None` when a grade's
/// name would not fit its segment in a cell `w` wide.
pub(super) fn height(ctx: &Ctx, scale: &Scale, w: f64) -> Option<f64> {
    let (thick, _) = bar_size(ctx);
    match scale {
        Scale::Whole(_) => Some(thick),
        Scale::Grades(names) => {
            let (seg, _) = segments(ctx, names, w);
            (widest(ctx, names) <= seg)
                .then(|| thick + (0.2 * ctx.em).round() + ctx.small.line_height())
        }
    }
}

fn widest(ctx: &Ctx, names: &[String]) -> f64 {
    names
        .iter()
        .map(|n| ctx.measure(n, &ctx.small))
        .fold(0.0, f64::max)
}

/// A segment's width and the gap between two, for the grades `names` in `w`: the strip's
/// usual length, or longer where a name needs it.
fn segments(ctx: &Ctx, names: &[String], w: f64) -> (f64, f64) {
    let (_, longest) = bar_size(ctx);
    let n = names.len() as f64;
    let gap = (0.2 * ctx.em).round().max(ctx.dpr);
    let wanted = n * (widest(ctx, names) + (0.5 * ctx.em).round()) + gap * (n - 1.0);
    let span = w.min(longest.max(wanted));
    (((span - gap * (n - 1.0)) / n).floor(), gap)
}

/// The strip of item `i` with its top at `(x, y)` in a cell `w` wide, and its texts.
pub(super) fn place(
    ctx: &Ctx,
    scale: &Scale,
    i: usize,
    (x, y): (f64, f64),
    w: f64,
) -> (Strip, Vec<TextBox>) {
    let (thick, longest) = bar_size(ctx);
    match scale {
        Scale::Whole(whole) => (
            Strip {
                bar: (x, y, w.min(longest), thick),
                form: StripForm::Track { whole: *whole },
            },
            Vec::new(),
        ),
        Scale::Grades(names) => {
            let n = names.len();
            let (seg, gap) = segments(ctx, names, w);
            let below = y + thick + (0.2 * ctx.em).round();
            let texts = names
                .iter()
                .enumerate()
                .map(|(k, name)| {
                    let centre = x + k as f64 * (seg + gap) + seg / 2.0;
                    ctx.text(
                        name,
                        centre,
                        below,
                        ctx.small,
                        Align::Center,
                        TextRole::Muted,
                    )
                    .of(i)
                })
                .collect();
            let span = n as f64 * seg + (n - 1) as f64 * gap;
            (
                Strip {
                    bar: (x, y, span, thick),
                    form: StripForm::Grades { n, gap },
                },
                texts,
            )
        }
    }
}

impl Strip {
    /// The lowest pixel of the bar (its names are texts of the layout).
    pub fn bottom(&self) -> f64 {
        self.bar.1 + self.bar.3
    }

    /// The strip at the item's current `value`: the track filled that far, or the grade it
    /// has reached marked (it moves along the scale as the figure counts up).
    pub(super) fn draw<DB: DrawingBackend>(
        &self,
        s: &Surface<DB>,
        value: f64,
        ink: Rgb,
    ) -> Result<(), ChartError> {
        let (x, y, w, h) = self.bar;
        match self.form {
            StripForm::Track { whole } => {
                // Side by side, never one over the other (a forced-colours picture may not
                // draw a mark opaque over its track).
                let filled = (w * (value / whole).clamp(0.0, 1.0)).round();
                if filled > 0.0 {
                    px_rect(s.plot, (x, y, x + filled, y + h), ink)?;
                }
                if filled < w {
                    px_rect(s.plot, (x + filled, y, x + w, y + h), s.pal.track)?;
                }
            }
            StripForm::Grades { n, gap } => {
                let seg = (w - gap * (n - 1) as f64) / n as f64;
                let at = value.round() as usize;
                for k in 0..n {
                    let x0 = (x + k as f64 * (seg + gap)).round();
                    let colour = if k + 1 == at { ink } else { s.pal.track };
                    px_rect(s.plot, (x0, y, (x0 + seg).round(), y + h), colour)?;
                }
            }
        }
        Ok(())
    }
}
