//! Colour: one palette for light and dark but for a lighter accent on dark; marks keep 3:1
//! against their background (the light page's against both), text
//! 4.5:1; the series stay apart for readers with protanopia, deuteranopia or tritanopia;
//! the CSS uses the same backgrounds as the canvas.
#![cfg(not(target_arch = "wasm32"))]

use luyuan::charts::theme::{contrast, Rgb, Theme, SERIES, SERIES_DARK};

/// A theme's series, as `Theme::palette` must give them.
fn series(theme: Theme) -> [Rgb; 4] {
    match theme {
        Theme::Light => SERIES,
        Theme::Dark => SERIES_DARK,
    }
}

#[test]
fn marks_and_text_have_enough_contrast_in_both_themes() {
    for theme in [Theme::Light, Theme::Dark] {
        let p = theme.palette();
        assert_eq!(p.series, series(theme), "one palette but for the accent");
        for c in SERIES {
            assert!(
                contrast(c, Theme::Dark.palette().bg) >= 3.0,
                "{} on dark",
                c.hex()
            );
        }
        for c in p.series.iter().chain([&p.dim]) {
            let r = contrast(*c, p.bg);
            assert!(
                r >= 3.0,
                "{theme:?}: mark {} on {} is {r:.2}:1",
                c.hex(),
                p.bg.hex()
            );
        }
        for c in [p.text, p.muted] {
            let r = contrast(c, p.bg);
            assert!(
                r >= 4.5,
                "{theme:?}: text {} on {} is {r:.2}:1",
                c.hex(),
                p.bg.hex()
            );
        }
    }
    assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
}

/// `prefers-contrast: more`: secondary text, notes and marks out of focus at 7:1 or more
/// (WCAG 1.4.6), text too; the marks as in the theme.
#[test]
fn more_contrast_reaches_7_to_1() {
    for theme in [Theme::Light, Theme::Dark] {
        let p = theme.more_contrast();
        assert_eq!(p.bg, theme.palette().bg);
        assert_eq!(p.series, series(theme));
        for c in [p.text, p.muted, p.dim] {
            let r = contrast(c, p.bg);
            assert!(
                r >= 7.0,
                "{theme:?}: {} on {} is {r:.2}:1",
                c.hex(),
                p.bg.hex()
            );
        }
        for c in p.series {
            assert!(
                contrast(c, p.dim) > 1.0,
                "{theme:?}: out of focus is told from in focus"
            );
        }
    }
}

fn lin(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// CIE L*a*b* of a linear-RGB colour (D65).
fn lab(r: f64, g: f64, b: f64) -> (f64, f64, f64) {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    (
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    )
}

/// Machado, Oliveira and Fernandes (2009), severity 1.
const PROTAN: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTAN: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITAN: [[f64; 3]; 3] = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];

fn seen(c: Rgb, m: Option<&[[f64; 3]; 3]>) -> (f64, f64, f64) {
    let v = [lin(c.0), lin(c.1), lin(c.2)];
    let w = match m {
        Some(m) => {
            [0, 1, 2].map(|i| (m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]).clamp(0.0, 1.0))
        }
        None => v,
    };
    lab(w[0], w[1], w[2])
}

#[test]
fn the_series_stay_distinct_for_colour_blind_readers() {
    let dims = Theme::Light.palette().dim;
    for (name, m, set) in [
        ("normal", None, SERIES),
        ("protanopia", Some(&PROTAN), SERIES),
        ("deuteranopia", Some(&DEUTAN), SERIES),
        ("tritanopia", Some(&TRITAN), SERIES),
        ("normal, dark", None, SERIES_DARK),
        ("protanopia, dark", Some(&PROTAN), SERIES_DARK),
        ("deuteranopia, dark", Some(&DEUTAN), SERIES_DARK),
        ("tritanopia, dark", Some(&TRITAN), SERIES_DARK),
    ] {
        let colours: Vec<Rgb> = set.iter().copied().chain([dims]).collect();
        for i in 0..colours.len() {
            for j in i + 1..colours.len() {
                let (a, b) = (seen(colours[i], m), seen(colours[j], m));
                let de = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt();
                assert!(
                    de >= 12.0,
                    "{name}: {} and {} are ΔE {de:.1} apart",
                    colours[i].hex(),
                    colours[j].hex()
                );
            }
        }
    }
}

#[test]
fn the_css_uses_the_canvas_colours() {
    let css =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/charts.css")).unwrap();
    for theme in [Theme::Light, Theme::Dark] {
        let p = theme.palette();
        for (var, c) in [
            ("--chart-bg", p.bg),
            ("--chart-fg", p.text),
            ("--chart-muted", p.muted),
        ] {
            let decl = format!("{var}: {};", c.hex());
            assert!(
                css.contains(&decl),
                "style/charts.css lacks {decl} for {theme:?}"
            );
        }
    }
    assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
    assert_eq!(Theme::parse("sepia"), None);
}
