//! The one number formatter of the product: charts, the hero, tooltips, tables and share cards
//! all use it. How a language writes numbers and qualifiers is its row of the locale table
//! (`src/locale/`):
//!
//! * Traditional: `8145萬元`, `逾500億元`, `近100萬平方米`, `25%以上`, `第九`.
//! * Simplified: `8145万元`, `超500亿元`, `近100万平方米`, `25%以上`.
//! * English: `81.45 million yuan`, `over 50 billion yuan`, `nearly 1 million square metres`,
//!   `25% or more`, `87,000 mu (5,800 ha)`, `9th`.
//! * Korean: `8,145만 위안`, `500억 위안 이상`, `약 120만 제곱미터`.
//!
//! Pure functions, no allocation beyond the returned strings.

use crate::lang::Lang;
use crate::locale::Numbers;
use crate::model::{EnStyle, Qualifier, Unit};

/// A value as readers see it: qualifier, number (with 萬/億 in Chinese), unit, and in English
/// the gloss of a Chinese unit: `逾500億元`, `over 50 billion yuan`, `87,000 mu (5,800 ha)`.
pub fn format_value(
    value: f64,
    scale: u64,
    unit: &Unit,
    qualifier: Qualifier,
    lang: Lang,
) -> String {
    let plain = format_plain(value, scale, unit, lang);
    qualify(&plain, qualifier, lang)
}

/// [`format_value`] without the qualifier.
pub fn format_plain(value: f64, scale: u64, unit: &Unit, lang: Lang) -> String {
    let mut s = with_unit(value, scale, unit, lang, false);
    // A unit's gloss is written in English (units.json `gloss.en`).
    if lang == Lang::EN {
        if let Some(g) = gloss(value, scale, unit) {
            s.push_str(" (");
            s.push_str(&g);
            s.push(')');
        }
    }
    s
}

/// For chart labels and axes: no qualifier, no gloss; English compact (`81.45m yuan`,
/// `1.88m m²`, `50bn yuan`).
pub fn format_short(value: f64, scale: u64, unit: &Unit, lang: Lang) -> String {
    with_unit(value, scale, unit, lang, true)
}

/// Adds a qualifier to a formatted value, as the language writes it: 逾 / 超 / over before
/// it, 以上 / or more after it (`逾500億元`, `25%以上`, `25% or more`, `500억 위안 이상`).
pub fn qualify(formatted: &str, qualifier: Qualifier, lang: Lang) -> String {
    let q = &lang.locale().qualifiers;
    let template = match qualifier {
        Qualifier::Exact => return formatted.to_string(),
        Qualifier::OrMore => q.or_more,
        Qualifier::Over => q.over,
        Qualifier::Nearly => q.nearly,
        Qualifier::About => q.about,
        Qualifier::Expected => q.expected,
    };
    template.replacen("{}", formatted, 1)
}

fn with_unit(value: f64, scale: u64, unit: &Unit, lang: Lang, short: bool) -> String {
    let abs = value * scale as f64;
    // A unit's `en_*` fields are English words and English ways of counting.
    let english = lang == Lang::EN;
    let number = if lang.locale().han.is_some() && unit.zh_numerals && scale == 1 && is_whole(value)
    {
        zh_numeral(value as u64)
    } else if english {
        match unit.en_style {
            EnStyle::Cardinal => number_in(value, scale, lang, short),
            EnStyle::Ordinal => en_ordinal(abs.round() as u64),
            EnStyle::Roman => roman(abs.round() as u64),
        }
    } else {
        number_in(value, scale, lang, short)
    };
    let template = match (&unit.en_one, &unit.en_short) {
        (_, Some(s)) if english && short => s.as_str(),
        (Some(one), _) if english && abs == 1.0 => one.as_str(),
        _ => unit.template.get(lang),
    };
    template.replacen("{}", &number, 1)
}

/// The number alone, scale included: `8145萬` (繁), `8145万` (简), as the article writes it,
/// `81.45 million` (English), `8,145만` (Korean).
pub fn format_number(value: f64, scale: u64, lang: Lang) -> String {
    number_in(value, scale, lang, false)
}

fn number_in(value: f64, scale: u64, lang: Lang, short: bool) -> String {
    match lang.locale().numbers {
        Numbers::Thousands {
            million,
            billion,
            million_short,
            billion_short,
        } => {
            let (m, b) = if short {
                (million_short, billion_short)
            } else {
                (million, billion)
            };
            thousands(value * scale as f64, m, b)
        }
        Numbers::Myriads {
            ten_thousand,
            hundred_million,
            grouped,
        } => {
            // As Chinese newspapers write them: 8145萬元, 1153戶, no thousands separator;
            // Korean ones group: 8,145만.
            let digits = decimal(value);
            let digits = if grouped { group(&digits) } else { digits };
            let suffix = match scale {
                10_000 => ten_thousand,
                100_000_000 => hundred_million,
                _ => "",
            };
            format!("{digits}{suffix}")
        }
    }
}

/// Thousands grouped, and the words for millions and billions: `87,000`, `1.88 million`.
fn thousands(abs: f64, million: &str, billion: &str) -> String {
    if abs >= 1e9 {
        format!("{}{billion}", decimal(abs / 1e9))
    } else if abs >= 1e6 {
        format!("{}{million}", decimal(abs / 1e6))
    } else {
        group(&decimal(abs))
    }
}

/// An English number: `87,000`, `1.88 million`, `14.5 billion`, `7.8`.
pub fn en_number(abs: f64) -> String {
    thousands(abs, " million", " billion")
}

/// A compact English number for chart labels: `81.45m`, `50bn`, `87,000`.
pub fn en_compact(abs: f64) -> String {
    thousands(abs, "m", "bn")
}

/// The English gloss of a Chinese unit, without brackets: `5,800 ha` for 8.7萬畝.
pub fn gloss(value: f64, scale: u64, unit: &Unit) -> Option<String> {
    let g = unit.gloss.as_ref()?;
    let x = round_significant(value * scale as f64 * g.factor, g.significant);
    Some(g.en.replacen("{}", &en_number(x), 1))
}

/// Rounds to `sig` significant figures (7.2, 290, 5,800).
pub fn round_significant(x: f64, sig: u8) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = x.abs().log10().floor() as i32;
    let p = 10f64.powi(mag - sig as i32 + 1);
    (x / p).round() * p
}

/// An English ordinal: 1st, 2nd, 3rd, 9th, 11th, 22nd.
pub fn en_ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Roman numerals (water quality classes I–V).
pub fn roman(mut n: u64) -> String {
    const T: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Chinese numerals for small whole numbers: 九, 十一, 二十, 一百零八.
pub fn zh_numeral(n: u64) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n < 10 {
        return D[n as usize].to_string();
    }
    if n >= 10_000 {
        return n.to_string();
    }
    let mut s = String::new();
    let parts = [
        (n / 1000, '千'),
        (n / 100 % 10, '百'),
        (n / 10 % 10, '十'),
        (n % 10, ' '),
    ];
    let mut zero = false;
    for (i, (d, u)) in parts.iter().enumerate() {
        if *d == 0 {
            zero = !s.is_empty();
            continue;
        }
        if zero {
            s.push('零');
            zero = false;
        }
        // 十一, not 一十一, when the number starts with the tens.
        if !(*u == '十' && *d == 1 && s.is_empty() && i == 2) {
            s.push(D[*d as usize]);
        }
        if *u != ' ' {
            s.push(*u);
        }
    }
    s
}

fn is_whole(x: f64) -> bool {
    x.fract() == 0.0 && x >= 0.0
}

/// Up to four decimals, trailing zeros dropped: 8.7, 81.45, 175.3, 5800.
fn decimal(x: f64) -> String {
    let s = format!("{:.4}", (x * 1e4).round() / 1e4);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// Groups the integer part by thousands: 87000 → 87,000; 8145.5 → 8,145.5.
fn group(s: &str) -> String {
    let (int, frac) = match s.find('.') {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    let (sign, int) = match int.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}{frac}")
}
