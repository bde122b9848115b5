//! One palette for light and dark pages.
//!
//! The mark colours: a green accent, then three of Okabe and Ito's colour-blind-safe
//! colours, each at least 3:1 against its background (WCAG 1.4.11 for graphics). The accent
//! is lighter on a dark page, as the page's own accent is (a dark green reads as dull on
//! near-black); the other three are the same in both themes. Text colours keep at least
//! 4.5:1 (WCAG 1.4.3). `tests/charts_theme.rs` checks every pair, and that
//! `style/charts.css` uses the same backgrounds.

/// Light or dark. Chosen by the page (`data-theme` or `prefers-color-scheme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, as in CSS and in plotters' SVG output.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        fn lin(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    pub(crate) fn plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }
}

/// WCAG 2 contrast ratio between two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The series colours on a light page, in order: a green, then Okabe and Ito's vermillion,
/// blue and reddish purple. Each keeps 3:1 against both backgrounds, and the four stay apart
/// for colour-blind readers (`tests/charts_theme.rs`).
pub const SERIES: [Rgb; 4] = [
    Rgb(0x16, 0x8A, 0x5E),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xCC, 0x79, 0xA7),
];

/// The series colours on a dark page: the same but for a lighter green accent.
pub const SERIES_DARK: [Rgb; 4] = [Rgb(0x3D, 0xBE, 0x8B), SERIES[1], SERIES[2], SERIES[3]];

/// The colours one chart is drawn with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Canvas background (the chart box has the same colour in CSS).
    pub bg: Rgb,
    /// Labels and numbers.
    pub text: Rgb,
    /// Secondary text (ends of a rank scale, the waffle's unit).
    pub muted: Rgb,
    /// The unfilled part of a gauge, waffle or rank scale (decorative).
    pub track: Rgb,
    /// Marks that are not in focus while others are.
    pub dim: Rgb,
    /// Marks, in order; the first is the accent.
    pub series: [Rgb; 4],
}

impl Palette {
    /// Colour for positive values (growth) and for single-series marks.
    pub fn accent(&self) -> Rgb {
        self.series[0]
    }
    /// Colour for negative growth.
    pub fn negative(&self) -> Rgb {
        self.series[1]
    }
}

/// The CSS system colours a chart is drawn in under `forced-colors: active`, in the order
/// [`Palette::system`] takes them.
pub const SYSTEM_COLOURS: [&str; 4] = ["Canvas", "CanvasText", "Highlight", "GrayText"];

impl Palette {
    /// The palette in the reader's forced (system) colours: the background `Canvas`, text
    /// and notes `CanvasText`, marks `Highlight`, tracks and marks out of focus `GrayText`.
    /// The colours are the browser's, read at run time (`SYSTEM_COLOURS`, in that order).
    pub fn system([canvas, text, highlight, gray]: [Rgb; 4]) -> Palette {
        Palette {
            bg: canvas,
            text,
            muted: text,
            track: gray,
            dim: gray,
            series: [highlight; 4],
        }
    }

    /// Whether every series is drawn in one colour (forced colours): what colour told apart
    /// must then be told by pattern.
    pub fn one_ink(&self) -> bool {
        self.series.iter().all(|c| *c == self.series[0])
    }
}

impl Theme {
    /// The palette for `prefers-contrast: more`: notes, secondary text and marks out of
    /// focus at 7:1 or more against the background (WCAG 1.4.6), the rest as in
    /// [`Theme::palette`].
    pub fn more_contrast(self) -> Palette {
        let base = self.palette();
        match self {
            Theme::Light => Palette {
                muted: Rgb(0x3D, 0x3D, 0x3D),
                dim: Rgb(0x4D, 0x4D, 0x4D),
                ..base
            },
            Theme::Dark => Palette {
                muted: Rgb(0xD0, 0xD4, 0xDC),
                dim: Rgb(0xB0, 0xB0, 0xB0),
                ..base
            },
        }
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                bg: Rgb(0xFF, 0xFF, 0xFF),
                text: Rgb(0x1A, 0x1A, 0x1A),
                muted: Rgb(0x55, 0x55, 0x55),
                track: Rgb(0xE3, 0xE5, 0xE9),
                dim: Rgb(0x6C, 0x6C, 0x6C),
                series: SERIES,
            },
            Theme::Dark => Palette {
                bg: Rgb(0x15, 0x17, 0x1C),
                text: Rgb(0xEC, 0xEE, 0xF2),
                muted: Rgb(0xA9, 0xAF, 0xBA),
                track: Rgb(0x34, 0x3A, 0x45),
                dim: Rgb(0x6C, 0x6C, 0x6C),
                series: SERIES_DARK,
            },
        }
    }

    /// Parses a `data-theme` or `?theme=` value; unknown values are `None`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}
