//! The recording backend: a plotters `DrawingBackend` that keeps what the kit draws as
//! shapes and texts in device pixels, and plays them back on any other backend. The SVG
//! writer (`svg`) writes what it records; the canvas glue records a frame and plays it
//! onto its canvas, all at once or a few shapes per task (a chart drawn ahead, off screen,
//! never holds a slow phone's frame for long).

use std::convert::Infallible;

use plotters::drawing::IntoDrawingArea;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use super::draw::{draw, Paint};
use super::layout::Layout;
use super::marks::err;
use super::spec::{ChartData, ChartError};

/// A colour as drawn: red, green, blue, and opacity in thousandths.
pub type Colour = (u8, u8, u8, u16);

fn colour(c: BackendColor) -> Colour {
    let (r, g, b) = c.rgb;
    (r, g, b, (c.alpha.clamp(0.0, 1.0) * 1000.0).round() as u16)
}

/// One thing drawn, in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        fill: bool,
        stroke: u32,
    },
    Polygon {
        points: Vec<BackendCoord>,
    },
    Path {
        points: Vec<BackendCoord>,
        stroke: u32,
    },
    Circle {
        c: BackendCoord,
        r: u32,
        fill: bool,
        stroke: u32,
    },
    Text {
        text: String,
        x: i32,
        y: i32,
        size: f64,
        bold: bool,
        family: String,
        anchor: &'static str,
    },
}

/// A plotters backend that records the shapes drawn, with their colours (into a vector
/// it borrows, as plotters' own SVG backend writes into a borrowed string).
pub struct Recorder<'a> {
    size: (u32, u32),
    shapes: &'a mut Vec<(Shape, Colour)>,
}

type Result_ = Result<(), DrawingErrorKind<Infallible>>;

impl<'a> Recorder<'a> {
    /// A recorder of a `size` (device px) drawing, appending to `shapes`.
    pub fn new(size: (u32, u32), shapes: &'a mut Vec<(Shape, Colour)>) -> Self {
        Recorder { size, shapes }
    }

    fn push(&mut self, shape: Shape, c: BackendColor) -> Result_ {
        if c.alpha > 0.0 {
            self.shapes.push((shape, colour(c)));
        }
        Ok(())
    }
}

impl DrawingBackend for Recorder<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result_ {
        Ok(())
    }

    fn present(&mut self) -> Result_ {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, c: BackendColor) -> Result_ {
        let shape = Shape::Rect {
            x,
            y,
            w: 1,
            h: 1,
            fill: true,
            stroke: 0,
        };
        self.push(shape, c)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        s: &S,
    ) -> Result_ {
        let shape = Shape::Path {
            points: vec![from, to],
            stroke: s.stroke_width(),
        };
        self.push(shape, s.color())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result_ {
        let shape = Shape::Rect {
            x: a.0,
            y: a.1,
            w: b.0 - a.0,
            h: b.1 - a.1,
            fill,
            stroke: s.stroke_width(),
        };
        self.push(shape, s.color())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result_ {
        let shape = Shape::Path {
            points: path.into_iter().collect(),
            stroke: s.stroke_width(),
        };
        self.push(shape, s.color())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result_ {
        let shape = Shape::Circle {
            c,
            r,
            fill,
            stroke: s.stroke_width(),
        };
        self.push(shape, s.color())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Result_ {
        let shape = Shape::Polygon {
            points: vert.into_iter().collect(),
        };
        self.push(shape, s.color())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        s: &T,
        (x, y): BackendCoord,
    ) -> Result_ {
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let shape = Shape::Text {
            text: text.to_owned(),
            x,
            y,
            size: s.size(),
            bold: matches!(s.style(), plotters_backend::FontStyle::Bold),
            family: s.family().as_str().to_owned(),
            anchor,
        };
        self.push(shape, s.color())
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Infallible>> {
        // The kit measures its texts itself (`TextMeasure`) and never asks plotters.
        Ok((
            (text.chars().count() as f64 * s.size()) as u32,
            s.size() as u32,
        ))
    }
}

/// Draws `chart`, laid out as `layout`, and returns the shapes.
pub fn record(
    chart: &ChartData,
    layout: &Layout,
    paint: &Paint,
) -> Result<Vec<(Shape, Colour)>, ChartError> {
    let mut shapes = Vec::new();
    {
        let rec = Recorder {
            size: (layout.width, layout.height),
            shapes: &mut shapes,
        };
        let area = rec.into_drawing_area();
        draw(&area, chart, layout, paint)?;
        area.present().map_err(err)?;
    }
    Ok(shapes)
}

/// A recorded colour as plotters' colour.
fn backend_colour((r, g, b, a): Colour) -> plotters::style::RGBAColor {
    plotters::style::RGBAColor(r, g, b, f64::from(a) / 1000.0)
}

/// Draws one recorded shape on `backend`, as the kit drew it on the recorder.
pub fn replay<DB: DrawingBackend>(
    backend: &mut DB,
    (shape, c): &(Shape, Colour),
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    use plotters::style::{FontDesc, FontFamily, FontStyle, ShapeStyle, TextStyle};
    use plotters_backend::text_anchor::{Pos, VPos};
    let style = |filled: bool, stroke_width: u32| ShapeStyle {
        color: backend_colour(*c),
        filled,
        stroke_width,
    };
    match shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        } => backend.draw_rect((*x, *y), (x + w, y + h), &style(*fill, *stroke), *fill),
        Shape::Polygon { points } => backend.fill_polygon(points.iter().copied(), &style(true, 0)),
        Shape::Path { points, stroke } => {
            backend.draw_path(points.iter().copied(), &style(false, *stroke))
        }
        Shape::Circle {
            c: centre,
            r,
            fill,
            stroke,
        } => backend.draw_circle(*centre, *r, &style(*fill, *stroke), *fill),
        Shape::Text {
            text,
            x,
            y,
            size,
            bold,
            family,
            anchor,
        } => {
            let h = match *anchor {
                "middle" => HPos::Center,
                "end" => HPos::Right,
                _ => HPos::Left,
            };
            let weight = if *bold {
                FontStyle::Bold
            } else {
                FontStyle::Normal
            };
            let font = FontDesc::new(FontFamily::Name(family), *size, weight);
            let style = TextStyle {
                font,
                color: plotters::style::Color::to_backend_color(&backend_colour(*c)),
                pos: Pos::new(h, VPos::Top),
            };
            backend.draw_text(text, &style, (*x, *y))
        }
    }
}
