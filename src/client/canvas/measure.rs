//! Text measured by the canvas, with a cache of widths already measured.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::CanvasRenderingContext2d;

use crate::charts::{ApproxMeasure, Font, TextMeasure};

/// Text measured by the canvas 2D context, with exactly the font string the canvas backend
/// draws with.
pub struct CanvasMeasure<'a> {
    ctx: &'a CanvasRenderingContext2d,
    font: RefCell<String>,
}

impl<'a> CanvasMeasure<'a> {
    pub fn new(ctx: &'a CanvasRenderingContext2d) -> Self {
        CanvasMeasure {
            ctx,
            font: RefCell::new(String::new()),
        }
    }
}

thread_local! {
    /// Widths already measured, by font and text: balanced wrapping asks for the same
    /// pieces again and again, and a chart drawn for the first time while the reader
    /// scrolls must not spend its frame in `measureText`. Bounded; cleared when full.
    static WIDTHS: RefCell<HashMap<(String, String), f64>> = RefCell::new(HashMap::new());
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: &Font) -> f64 {
        let key = (font.css(), text.to_owned());
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return w;
        }
        if *self.font.borrow() != key.0 {
            self.ctx.set_font(&key.0);
            *self.font.borrow_mut() = key.0.clone();
        }
        let w = match self.ctx.measure_text(text) {
            Ok(m) => m.width(),
            Err(_) => ApproxMeasure.width(text, font),
        };
        WIDTHS.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() > 8192 {
                c.clear();
            }
            c.insert(key, w);
        });
        w
    }
}
