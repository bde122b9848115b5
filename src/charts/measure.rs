//! Text measuring, behind a trait (line breaking is `breaks.rs` and `wrap.rs`).
//!
//! plotters measures text itself: in the browser by laying out a DOM span (slow, and it
//! forces a style recalculation per label), natively without a font by guessing from the
//! UTF-8 length, which makes a CJK character about three times too wide. The chart kit never
//! asks plotters: layout takes a [`TextMeasure`]. Charts are laid out with [`ApproxMeasure`]
//! everywhere: at build time (the static pictures), in the tests, and in the browser
//! (`src/client/canvas/`), so a chart's layout is the same in every browser as in its static
//! picture and the canvas takes the picture's place with nothing moving. The browser's
//! `measureText` is not used: with the system's fonts it would lay out about half of the
//! story's charts otherwise than the build (`tests/wasm_charts_bench.rs` counts them).
//! [`ApproxMeasure`] errs wide so that its layouts fit the real fonts (`tests/wasm_charts.rs`
//! measures every text with the browser's). Share cards and link previews, drawn with the
//! card fonts themselves, measure with their glyphs (`src/share/font.rs`).

use crate::lang::{Lang, BREAK_MARK};

/// A font the charts draw with: size in device pixels, weight, and the language (which picks
/// the system font stack, so Traditional and Simplified Chinese get their own glyph forms).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    pub px: f64,
    pub bold: bool,
    pub lang: Lang,
}

impl Font {
    /// The system font stack for the language. Single quotes only: the stack also goes into
    /// SVG attributes.
    pub fn family(&self) -> &'static str {
        self.lang.locale().css_fonts
    }

    /// The CSS `font` shorthand, as the canvas backend sets it.
    pub fn css(&self) -> String {
        format!(
            "{} {}px {}",
            if self.bold { "bold" } else { "normal" },
            self.px,
            self.family()
        )
    }

    /// Distance between two lines of this font.
    pub fn line_height(&self) -> f64 {
        (self.px * 1.3).ceil()
    }

    pub(crate) fn style(&self) -> plotters::style::TextStyle<'static> {
        use plotters::style::{FontFamily, FontStyle, IntoFont};
        let family = FontFamily::Name(self.family());
        let style = if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        (family, self.px, style).into_font().into()
    }
}

/// Where a line's alphabetic baseline is below the top of its line box, in ems. The
/// canvas glue and the SVG writer both draw text on this baseline (not on a backend's
/// `top`, which browsers place by each font's own metrics, so a canvas and an SVG would
/// disagree): 0.75 em is where the canvas's `top` put it with Linux's default fonts.
pub const BASELINE_EM: f64 = 0.75;

/// The baseline (device px) of a text whose line's top is `top`, in a `px` font: on a whole
/// device pixel, as both the canvas glue and the SVG writer place it (a fractional baseline
/// is snapped by one and not the other, and the glyphs' edges would differ).
pub fn baseline(top: i32, px: f64) -> f64 {
    (f64::from(top) + px * BASELINE_EM).round()
}

/// Measures the advance width of a text, in the same pixels as `font.px`.
pub trait TextMeasure {
    fn width(&self, text: &str, font: &Font) -> f64;
}

/// A font-free estimate that knows CJK characters are one em wide and Latin letters and
/// digits about half an em. It errs slightly wide, so a layout that fits with it fits
/// with the system fonts.
#[derive(Clone, Copy, Debug, Default)]
pub struct ApproxMeasure;

/// How much wider bold draws than regular. Ideographs barely widen (a margin); Latin
/// letters and digits do, most in the widest fallback, Linux's DejaVu Sans Bold (digits
/// 0.70 em against 0.64 regular; `wasm_charts` measures every text in the browser's fonts).
const BOLD_WIDE: f64 = 1.06;
const BOLD_LATIN: f64 = 1.12;

impl TextMeasure for ApproxMeasure {
    fn width(&self, text: &str, font: &Font) -> f64 {
        let (wide, latin) = text.chars().fold((0.0, 0.0), |(w, l), c| {
            if is_wide(c) {
                (w + 1.0, l)
            } else {
                (w, l + char_em(c))
            }
        });
        let (kw, kl) = if font.bold {
            (BOLD_WIDE, BOLD_LATIN)
        } else {
            (1.0, 1.0)
        };
        (wide * kw + latin * kl) * font.px
    }
}

/// A character's advance in ems, as wide as the widest common fallback (DejaVu Sans) draws
/// it, or nearly.
fn char_em(c: char) -> f64 {
    if c == BREAK_MARK {
        0.0
    } else if is_wide(c) {
        1.0
    } else if c.is_ascii_digit() {
        0.62
    } else if c == ' ' {
        0.32
    } else if "=+<>±×÷~".contains(c) {
        0.84
    } else if ".,:;'|!ilIj".contains(c) {
        0.32
    } else if c == '%' || c == 'm' || c == 'w' || c == 'M' || c == 'W' {
        0.9
    } else if c.is_ascii_uppercase() {
        0.7
    } else {
        0.6
    }
}

/// East Asian wide characters: CJK ideographs, kana, Hangul, CJK and full-width punctuation.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}
