//! plotters' canvas backend, with the chart kit's text placing: every text on its alphabetic
//! baseline, `BASELINE_EM` below the top of its line (on a whole device pixel), exactly as the build's SVG places it
//! (`charts::svg`). plotters-canvas hangs text from the canvas's `top` baseline, which each
//! browser puts by each font's metrics (Chromium and Firefox already differ there from
//! SVG's), so a live chart would not sit where its static picture does.

use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::charts::measure::baseline;

/// A canvas to draw a chart on (for one frame).
pub struct ChartCanvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    /// The font and alignment last set: setting the context's `font` parses it and resolves
    /// the font every time, the costliest call of a frame on a slow phone, so it is set only
    /// when it changes (plotters-canvas's own drawing never touches either).
    font: FontKey,
    align: &'static str,
    /// The fill colour last set by this backend (`None` after plotters-canvas drew a mark
    /// of its own, which sets its own): a chart's rows of symbols share one colour.
    fill: Option<((u8, u8, u8), f64)>,
}

impl ChartCanvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<ChartCanvas> {
        let ctx = super::paint::context(canvas)?;
        ctx.set_text_baseline("alphabetic");
        Some(ChartCanvas {
            ctx,
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
            font: FontKey::default(),
            align: "",
            fill: None,
        })
    }

    fn set_fill(&mut self, c: BackendColor) {
        if self.fill != Some((c.rgb, c.alpha)) {
            self.ctx.set_fill_style_str(&css_colour(c));
            self.fill = Some((c.rgb, c.alpha));
        }
    }
}

/// The font last set, compared without building its CSS string (once per text per frame).
#[derive(Default)]
struct FontKey {
    style: String,
    size: f64,
    family: String,
}

impl FontKey {
    fn is(&self, style: FontStyle, size: f64, family: &str) -> bool {
        self.size == size && self.style == style.as_str() && self.family == family
    }
}

/// plotters-canvas's error (its type is not exported by name).
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

fn css_colour(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    format!("rgba({r},{g},{b},{})", c.alpha)
}

impl DrawingBackend for ChartCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Drawn {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Drawn {
        self.inner.present()
    }

    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Drawn {
        self.fill = None;
        self.inner.draw_pixel(p, c)
    }

    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Drawn {
        self.inner.draw_line(a, b, s)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Drawn {
        let colour = s.color();
        if !fill || colour.alpha == 0.0 {
            return self.inner.draw_rect(a, b, s, fill);
        }
        // As plotters-canvas fills a rect, with the fill colour set only when it changes.
        self.set_fill(colour);
        self.ctx.fill_rect(
            f64::from(a.0),
            f64::from(a.1),
            f64::from(b.0 - a.0),
            f64::from(b.1 - a.1),
        );
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        self.inner.draw_path(path, s)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Drawn {
        self.fill = None;
        self.inner.draw_circle(c, r, s, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Drawn {
        self.fill = None;
        self.inner.fill_polygon(vert, s)
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> Drawn {
        let colour = s.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let align = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        };
        if align != self.align {
            self.ctx.set_text_align(align);
            self.align = align;
        }
        let (style, size, family) = (s.style(), s.size(), s.family());
        if !self.font.is(style, size, family.as_str()) {
            self.ctx
                .set_font(&format!("{} {size}px {}", style.as_str(), family.as_str()));
            self.font = FontKey {
                style: style.as_str().to_owned(),
                size,
                family: family.as_str().to_owned(),
            };
        }
        self.set_fill(colour);
        let baseline = baseline(y, s.size());
        self.ctx
            .fill_text(text, f64::from(x), baseline)
            .map_err(|e: JsValue| {
                DrawingErrorKind::FontError(String::from(js_sys::Error::from(e).message()).into())
            })
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.inner.estimate_text_size(text, s)
    }
}
