//! plotters' canvas backend, with the chart kit's text placing: every text on its alphabetic
//! baseline, `BASELINE_EM` below the top of its line (on a whole device pixel), exactly as the build's SVG places it
//! (`charts::svg`). plotters-canvas hangs text from the canvas's `top` baseline, which each
//! browser puts by each font's metrics (Chromium and Firefox already differ there from
//! SVG's), so a live chart would not sit where its static picture does.

use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::charts::measure::baseline;

/// A canvas to draw a chart on.
pub struct ChartCanvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
}

impl ChartCanvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<ChartCanvas> {
        Some(ChartCanvas {
            ctx: super::paint::context(canvas)?,
            inner: CanvasBackend::with_canvas_object(canvas.clone())?,
        })
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
        self.inner.draw_rect(a, b, s, fill)
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
        self.inner.draw_circle(c, r, s, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Drawn {
        self.inner.fill_polygon(vert, s)
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> Drawn {
        let colour = s.color();
        if colour.alpha == 0.0 {
            return Ok(());
        }
        let ctx = &self.ctx;
        ctx.set_text_baseline("alphabetic");
        ctx.set_text_align(match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        });
        ctx.set_fill_style_str(&css_colour(colour));
        ctx.set_font(&format!(
            "{} {}px {}",
            s.style().as_str(),
            s.size(),
            s.family().as_str()
        ));
        let baseline = baseline(y, s.size());
        ctx.fill_text(text, f64::from(x), baseline)
            .map_err(|e: JsValue| DrawingErrorKind::FontError(format!("{e:?}").into()))
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.inner.estimate_text_size(text, s)
    }
}
