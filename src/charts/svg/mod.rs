//! Charts as SVG (native only): a plotters backend that records what the kit draws and
//! writes it as an SVG document whose text is placed exactly as the browser glue places it
//! on the canvas (alphabetic baseline `BASELINE_EM` below the line's top, the font's size
//! in pixels: plotters' own SVG backend shrinks text by 1.24 and hangs it by `dy`, which no
//! canvas matches). [`render_static`] draws a chart light and dark, each also with more
//! contrast, and in the system colours, and writes one file that follows the reader: each
//! colour becomes a class whose fill the dark scheme changes (`prefers-color-scheme`, which
//! an `<img>`'s SVG takes from the page's used `color-scheme`), as do `prefers-contrast:
//! more` and `forced-colors: active` (a system colour keyword).

use std::fmt::Write;

use plotters_backend::BackendCoord;

use super::draw::Paint;
use super::layout::{layout, Layout, Viewport};
use super::measure::{baseline, TextMeasure};
use super::spec::{ChartData, ChartError};
use super::theme::{Palette, Rgb, Theme, SYSTEM_COLOURS};
use crate::html::escape;

use super::record::{record, Colour, Shape};

/// How the shapes' colours are written: as themselves (one theme), or as classes whose
/// colours the document's style sheet gives, per colour scheme, contrast preference and
/// forced colours: each shape's class is its [`Ink`]'s index.
enum Colours<'a> {
    Plain,
    Classes { inks: &'a [Ink], of: &'a [usize] },
}

/// One shape's colour in each setting: light, dark, light with more contrast, dark with
/// more contrast, and the system colour it takes under forced colours.
type Inks = [Colour; 4];
type Ink = (Inks, &'static str);

fn hex((r, g, b, _): Colour) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// `fill`/`stroke` attributes (or the class) of a shape.
fn paint_attrs(shape: &Shape, i: usize, c: Colour, colours: &Colours) -> String {
    let (stroked, width) = match shape {
        Shape::Rect {
            fill: false,
            stroke,
            ..
        }
        | Shape::Circle {
            fill: false,
            stroke,
            ..
        } => (true, *stroke),
        Shape::Path { stroke, .. } => (true, *stroke),
        _ => (false, 0),
    };
    let mut out = match colours {
        Colours::Plain if stroked => format!(" fill=\"none\" stroke=\"{}\"", hex(c)),
        Colours::Plain => format!(" fill=\"{}\"", hex(c)),
        Colours::Classes { of, .. } => {
            let k = of.get(i).copied().unwrap_or(0);
            format!(" class=\"{}{k}\"", if stroked { 's' } else { 'f' })
        }
    };
    if stroked {
        let _ = write!(out, " stroke-width=\"{}\"", width.max(1));
    }
    if c.3 < 1000 {
        let attr = if stroked {
            "stroke-opacity"
        } else {
            "fill-opacity"
        };
        let _ = write!(out, " {attr}=\"{}\"", f64::from(c.3) / 1000.0);
    }
    out
}

fn points(ps: &[BackendCoord]) -> String {
    ps.iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The style sheet of a document that follows the reader: each class's colour, light, dark,
/// each with more contrast, and the system colour under forced colours.
fn style_sheet(inks: &[Ink]) -> String {
    let rules = |which: usize| {
        let mut css = String::new();
        for (k, (cs, system)) in inks.iter().enumerate() {
            let c = if which < 4 {
                hex(cs[which])
            } else {
                (*system).to_string()
            };
            let _ = write!(css, ".f{k}{{fill:{c}}}.s{k}{{stroke:{c}}}");
        }
        css
    };
    format!(
        "<style>{}@media (prefers-color-scheme:dark){{{}}}@media (prefers-contrast:more){{{}}}\
         @media (prefers-contrast:more) and (prefers-color-scheme:dark){{{}}}\
         @media (forced-colors:active){{{}}}</style>",
        rules(0),
        rules(1),
        rules(2),
        rules(3),
        rules(4)
    )
}

/// The SVG document of `shapes`, drawn on `device` pixels and shown at `css` pixels.
fn document(
    device: (u32, u32),
    css: (f64, f64),
    lang: &str,
    shapes: &[(Shape, Colour)],
    colours: Colours,
) -> String {
    // The family most texts have goes on the root, once.
    let family = shapes
        .iter()
        .find_map(|(s, _)| match s {
            Shape::Text { family, .. } => Some(family.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" \
         xml:lang=\"{lang}\" font-family=\"{}\">",
        device.0,
        device.1,
        css.0,
        css.1,
        escape(&family)
    );
    if let Colours::Classes { inks, .. } = &colours {
        svg.push_str(&style_sheet(inks));
    }
    for (i, (shape, c)) in shapes.iter().enumerate() {
        let paint = paint_attrs(shape, i, *c, &colours);
        let _ = match shape {
            Shape::Rect { x, y, w, h, .. } => {
                write!(
                    svg,
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"{paint}/>"
                )
            }
            Shape::Polygon { points: ps } => {
                write!(svg, "<polygon points=\"{}\"{paint}/>", points(ps))
            }
            Shape::Path { points: ps, .. } => {
                write!(svg, "<polyline points=\"{}\"{paint}/>", points(ps))
            }
            Shape::Circle { c: (x, y), r, .. } => {
                write!(svg, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\"{paint}/>")
            }
            Shape::Text {
                text,
                x,
                y,
                size,
                bold,
                family: f,
                anchor,
            } => {
                let baseline = baseline(*y, *size);
                let mut attrs = format!("x=\"{x}\" y=\"{baseline}\" font-size=\"{size}\"");
                if *bold {
                    attrs.push_str(" font-weight=\"bold\"");
                }
                if *anchor != "start" {
                    let _ = write!(attrs, " text-anchor=\"{anchor}\"");
                }
                if *f != family {
                    let _ = write!(attrs, " font-family=\"{}\"", escape(f));
                }
                write!(svg, "<text {attrs}{paint}>{}</text>", escape(text))
            }
        };
    }
    svg.push_str("</svg>");
    svg
}

/// The paint of a chart at rest with nothing in focus (its final state), in `theme`.
fn at_rest(values: &[f64], palette: Palette) -> Paint<'_> {
    Paint {
        palette,
        values,
        focus: &[],
        active: None,
    }
}

/// Renders a chart to an SVG string in one theme: `values` are the marks' current values
/// (a tween frame), `None` draws the chart at rest.
#[allow(clippy::too_many_arguments)]
pub fn render_svg(
    chart: &ChartData,
    vp: &Viewport,
    theme: Theme,
    values: Option<&[f64]>,
    focus: &[usize],
    active: Option<usize>,
    m: &dyn TextMeasure,
) -> Result<(Layout, String), ChartError> {
    let layout = layout(chart, vp, m)?;
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let paint = Paint {
        palette: theme.palette(),
        values: values.unwrap_or(&rest),
        focus,
        active,
    };
    let shapes = record(chart, &layout, &paint)?;
    let css = (vp.css_width, vp.css_height);
    let svg = document(
        (layout.width, layout.height),
        css,
        chart.lang.tag(),
        &shapes,
        Colours::Plain,
    );
    Ok((layout, svg))
}

/// A chart's static picture: laid out for `vp` with `m`, at rest, nothing in focus, in the
/// light theme and, where the reader's colour scheme is dark, the dark one; with more
/// contrast where the reader asks for it, and in the system colours under forced colours.
/// Fails when the chart does not lay out at that size, or when its palettes do not draw
/// the same shapes.
pub fn render_static(
    chart: &ChartData,
    vp: &Viewport,
    m: &dyn TextMeasure,
) -> Result<String, ChartError> {
    let layout = layout(chart, vp, m)?;
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    // The forced colours' drawing is made in stand-ins, one per system colour, then named.
    let stand_ins = [Rgb(1, 0, 0), Rgb(2, 0, 0), Rgb(3, 0, 0), Rgb(4, 0, 0)];
    let palettes = [
        Theme::Light.palette(),
        Theme::Dark.palette(),
        Theme::Light.more_contrast(),
        Theme::Dark.more_contrast(),
        Palette::system(stand_ins),
    ];
    let drawings = palettes
        .iter()
        .map(|p| record(chart, &layout, &at_rest(&rest, *p)))
        .collect::<Result<Vec<_>, _>>()?;
    let light = &drawings[0];
    let same_drawing = drawings
        .iter()
        .all(|d| d.len() == light.len() && d.iter().zip(light).all(|(a, b)| a.0 == b.0));
    if !same_drawing {
        return Err(ChartError::Draw(format!(
            "{}: its themes or contrasts do not draw the same shapes",
            chart.id
        )));
    }
    let system = |(r, g, b, _): Colour| {
        stand_ins
            .iter()
            .position(|s| (s.0, s.1, s.2) == (r, g, b))
            .map_or("CanvasText", |i| SYSTEM_COLOURS[i])
    };
    let mut inks: Vec<Ink> = Vec::new();
    let of: Vec<usize> = (0..light.len())
        .map(|i| {
            let ink: Ink = (
                [
                    drawings[0][i].1,
                    drawings[1][i].1,
                    drawings[2][i].1,
                    drawings[3][i].1,
                ],
                system(drawings[4][i].1),
            );
            inks.iter().position(|k| *k == ink).unwrap_or_else(|| {
                inks.push(ink);
                inks.len() - 1
            })
        })
        .collect();
    Ok(document(
        (layout.width, layout.height),
        (vp.css_width, vp.css_height),
        chart.lang.tag(),
        light,
        Colours::Classes {
            inks: &inks,
            of: &of,
        },
    ))
}
