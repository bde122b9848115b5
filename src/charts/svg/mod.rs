//! Charts as SVG (native only): a plotters backend that records what the kit draws and
//! writes it as an SVG document whose text is placed exactly as the browser glue places it
//! on the canvas (alphabetic baseline `BASELINE_EM` below the line's top, the font's size
//! in pixels: plotters' own SVG backend shrinks text by 1.24 and hangs it by `dy`, which no
//! canvas matches). [`render_static`] draws a chart twice, light and dark, and writes one
//! file that follows the reader's colour scheme: each colour becomes a class whose fill the
//! dark scheme changes (`prefers-color-scheme`, which an `<img>`'s SVG takes from the
//! page's used `color-scheme`).

use std::fmt::Write;

use plotters_backend::BackendCoord;

use super::draw::Paint;
use super::layout::{layout, Layout, Viewport};
use super::measure::{baseline, TextMeasure};
use super::spec::{ChartData, ChartError};
use super::theme::Theme;
use crate::html::escape;

use super::record::{record, Colour, Shape};

/// How the shapes' colours are written: as themselves (one theme), or as classes whose
/// colours the document's style sheet gives, per colour scheme: each shape's class is its
/// (light, dark) pair's index.
enum Colours<'a> {
    Plain,
    Classes {
        pairs: &'a [(Colour, Colour)],
        of: &'a [usize],
    },
}

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

/// The style sheet of a two-scheme document: each class's colour, light then dark.
fn style_sheet(pairs: &[(Colour, Colour)]) -> String {
    let rules = |dark: bool| {
        let mut css = String::new();
        for (k, (light, night)) in pairs.iter().enumerate() {
            let c = hex(if dark { *night } else { *light });
            let _ = write!(css, ".f{k}{{fill:{c}}}.s{k}{{stroke:{c}}}");
        }
        css
    };
    format!(
        "<style>{}@media (prefers-color-scheme:dark){{{}}}</style>",
        rules(false),
        rules(true)
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
    if let Colours::Classes { pairs, .. } = &colours {
        svg.push_str(&style_sheet(pairs));
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
fn at_rest(values: &[f64], theme: Theme) -> Paint<'_> {
    Paint {
        theme,
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
        theme,
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
/// light theme and, where the reader's colour scheme is dark, the dark one. Fails when the
/// chart does not lay out at that size, or when its two themes are not the same drawing.
pub fn render_static(
    chart: &ChartData,
    vp: &Viewport,
    m: &dyn TextMeasure,
) -> Result<String, ChartError> {
    let layout = layout(chart, vp, m)?;
    let rest: Vec<f64> = chart.items.iter().map(|d| d.value).collect();
    let light = record(chart, &layout, &at_rest(&rest, Theme::Light))?;
    let dark = record(chart, &layout, &at_rest(&rest, Theme::Dark))?;
    let same_drawing =
        light.len() == dark.len() && light.iter().zip(&dark).all(|(a, b)| a.0 == b.0);
    if !same_drawing {
        return Err(ChartError::Draw(format!(
            "{}: the dark theme draws other shapes than the light one",
            chart.id
        )));
    }
    let mut pairs: Vec<(Colour, Colour)> = Vec::new();
    let of: Vec<usize> = light
        .iter()
        .zip(&dark)
        .map(|((_, l), (_, d))| {
            let pair = (*l, *d);
            pairs.iter().position(|p| *p == pair).unwrap_or_else(|| {
                pairs.push(pair);
                pairs.len() - 1
            })
        })
        .collect();
    Ok(document(
        (layout.width, layout.height),
        (vp.css_width, vp.css_height),
        chart.lang.tag(),
        &light,
        Colours::Classes {
            pairs: &pairs,
            of: &of,
        },
    ))
}
