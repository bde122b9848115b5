//! The pictograms' symbols (isotype), drawn from simple shapes on a 10 × 10 grid: filled
//! polygons and circles in the mark's colour, and "holes" (windows, doors, road markings) in
//! the background's. Drawn on any plotters backend, in device pixels. The filled shapes of a
//! symbol never overlap (`tests/charts_no_overdraw.rs`): a system colour that is not opaque
//! would show darker where they do.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{Circle, Polygon, Rectangle};
use plotters::prelude::Color;
use plotters_backend::DrawingBackend;

use super::marks::err;
use super::spec::ChartError;
use super::theme::Rgb;
use crate::model::Icon;

/// One shape of a symbol, on a 10 × 10 grid.
enum Shape {
    Rect(f64, f64, f64, f64),
    Disc(f64, f64, f64),
    Poly(&'static [(f64, f64)]),
    /// A rectangle in the background's colour.
    Hole(f64, f64, f64, f64),
}

use Shape::*;

const STAR: [(f64, f64); 10] = [
    (5.0, 0.4),
    (6.2, 3.6),
    (9.6, 3.7),
    (6.9, 5.9),
    (7.9, 9.3),
    (5.0, 7.3),
    (2.1, 9.3),
    (3.1, 5.9),
    (0.4, 3.7),
    (3.8, 3.6),
];

fn shapes(icon: Icon) -> &'static [Shape] {
    match icon {
        Icon::Person => &[
            Disc(5.0, 2.2, 1.9),
            Poly(&[
                (1.8, 10.0),
                (1.8, 6.6),
                (3.2, 4.8),
                (6.8, 4.8),
                (8.2, 6.6),
                (8.2, 10.0),
            ]),
        ],
        Icon::House => &[
            Poly(&[(0.4, 5.2), (5.0, 0.8), (9.6, 5.2)]),
            Rect(1.8, 5.2, 8.2, 10.0),
            Hole(4.2, 6.6, 5.8, 10.0),
        ],
        Icon::Building => &[
            Rect(2.0, 0.4, 8.0, 10.0),
            Hole(3.2, 1.8, 4.4, 3.2),
            Hole(5.6, 1.8, 6.8, 3.2),
            Hole(3.2, 4.4, 4.4, 5.8),
            Hole(5.6, 4.4, 6.8, 5.8),
            Hole(4.3, 7.4, 5.7, 10.0),
        ],
        Icon::Factory => &[
            Poly(&[
                (0.4, 10.0),
                (0.4, 4.4),
                (3.3, 6.2),
                (3.3, 4.4),
                (6.2, 6.2),
                (6.2, 4.4),
                (7.2, 4.4),
                (7.2, 0.6),
                (9.2, 0.6),
                (9.2, 4.4),
                (9.6, 4.4),
                (9.6, 10.0),
            ]),
            Hole(2.0, 7.4, 3.4, 8.8),
            Hole(5.0, 7.4, 6.4, 8.8),
        ],
        Icon::Tree => &[Disc(5.0, 3.9, 3.5), Rect(4.2, 7.6, 5.8, 10.0)],
        Icon::Road => &[
            Rect(0.4, 2.6, 9.6, 7.4),
            Hole(1.2, 4.6, 3.0, 5.4),
            Hole(4.1, 4.6, 5.9, 5.4),
            Hole(7.0, 4.6, 8.8, 5.4),
        ],
        Icon::Car => &[
            Poly(&[
                (0.4, 6.8),
                (0.4, 4.8),
                (2.0, 4.2),
                (3.4, 1.8),
                (6.6, 1.8),
                (8.0, 4.2),
                (9.6, 4.8),
                (9.6, 6.8),
            ]),
            Hole(3.8, 2.6, 6.2, 4.1),
            Disc(2.8, 8.5, 1.4),
            Disc(7.2, 8.5, 1.4),
        ],
        Icon::School => &[
            Poly(&[(0.4, 4.4), (5.0, 0.6), (9.6, 4.4)]),
            Rect(1.4, 4.4, 8.6, 10.0),
            Hole(4.2, 6.4, 5.8, 10.0),
            Hole(2.4, 5.4, 3.4, 6.6),
            Hole(6.6, 5.4, 7.6, 6.6),
        ],
        Icon::Flame => &[Poly(&[
            (5.0, 0.4),
            (7.2, 3.4),
            (8.6, 6.2),
            (8.0, 8.6),
            (5.0, 10.0),
            (2.0, 8.6),
            (1.4, 6.2),
            (3.0, 4.6),
            (3.6, 6.4),
            (4.4, 3.2),
        ])],
        Icon::Bowl => &[
            Poly(&[
                (0.4, 4.6),
                (9.6, 4.6),
                (9.0, 6.8),
                (7.6, 8.4),
                (6.0, 9.2),
                (4.0, 9.2),
                (2.4, 8.4),
                (1.0, 6.8),
            ]),
            Rect(3.4, 9.2, 6.6, 10.0),
            Rect(3.4, 1.0, 4.2, 3.8),
            Rect(5.8, 1.0, 6.6, 3.8),
        ],
        Icon::Star => &[Poly(&STAR)],
        Icon::Market => &[
            Rect(0.4, 1.4, 9.6, 4.0),
            Rect(1.4, 4.0, 8.6, 10.0),
            Hole(2.6, 5.2, 7.4, 7.4),
            Hole(2.6, 8.4, 7.4, 10.0),
        ],
    }
}

/// Draws `icon` in a square of `size` device pixels at `(x, y)` (top left).
pub(crate) fn draw_icon<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    icon: Icon,
    (x, y): (f64, f64),
    size: f64,
    colour: Rgb,
    background: Rgb,
) -> Result<(), ChartError> {
    let k = size / 10.0;
    let at = |(px, py): (f64, f64)| ((x + px * k).round() as i32, (y + py * k).round() as i32);
    let (fill, hole) = (colour.plotters().filled(), background.plotters().filled());
    for shape in shapes(icon) {
        match shape {
            Rect(x0, y0, x1, y1) => {
                area.draw(&Rectangle::new([at((*x0, *y0)), at((*x1, *y1))], fill))
            }
            Hole(x0, y0, x1, y1) => {
                area.draw(&Rectangle::new([at((*x0, *y0)), at((*x1, *y1))], hole))
            }
            Disc(cx, cy, r) => area.draw(&Circle::new(
                at((*cx, *cy)),
                (r * k).round().max(1.0) as i32,
                fill,
            )),
            Poly(points) => area.draw(&Polygon::new(
                points.iter().map(|p| at(*p)).collect::<Vec<_>>(),
                fill,
            )),
        }
        .map_err(err)?;
    }
    Ok(())
}
