//! The one number formatter of the product: charts, the hero, tooltips, tables and share cards
//! all use it.
//!
//! * Traditional: `8145萬元`, `逾500億元`, `近100萬平方米`, `25%以上`, `第九`.
//! * Simplified: `8145万元`, `超500亿元`, `近100万平方米`, `25%以上`.
//! * English: `81.45 million yuan`, `over 50 billion yuan`, `nearly 1 million square metres`,
//!   `25% or more`, `87,000 mu (5,800 ha)`, `9th`.
//!
//! Also the reader of numbers as the article writes them ([`parse_zh_number`]: `8.7萬`,
//! `2300餘萬`, `九`, `兩`, `十一`) and the scanner that finds them in a text ([`numbers_in`]).
//! Pure functions, no allocation beyond the returned strings.

use crate::lang::Lang;
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
    if lang == Lang::En {
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

/// Adds a qualifier to a formatted value: 逾 / 超 / over, 近 / 近 / nearly, 約 / 约 / about,
/// 預計 / 预计 / expected before it; 以上 / 以上 / or more after it (`25%以上`, `25% or more`).
pub fn qualify(formatted: &str, qualifier: Qualifier, lang: Lang) -> String {
    let word = match (qualifier, lang) {
        (Qualifier::Exact, _) => return formatted.to_string(),
        (Qualifier::OrMore, Lang::ZhHant | Lang::ZhHans) => return format!("{formatted}以上"),
        (Qualifier::OrMore, Lang::En) => return format!("{formatted} or more"),
        (Qualifier::Over, Lang::ZhHant) => "逾",
        (Qualifier::Over, Lang::ZhHans) => "超",
        (Qualifier::Over, Lang::En) => "over ",
        (Qualifier::Nearly, Lang::ZhHant | Lang::ZhHans) => "近",
        (Qualifier::Nearly, Lang::En) => "nearly ",
        (Qualifier::About, Lang::ZhHant) => "約",
        (Qualifier::About, Lang::ZhHans) => "约",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::Expected, Lang::ZhHant) => "預計",
        (Qualifier::Expected, Lang::ZhHans) => "预计",
        (Qualifier::Expected, Lang::En) => "expected ",
    };
    format!("{word}{formatted}")
}

fn with_unit(value: f64, scale: u64, unit: &Unit, lang: Lang, short: bool) -> String {
    let abs = value * scale as f64;
    let (number, template) = match lang {
        Lang::ZhHant | Lang::ZhHans => {
            let n = if unit.zh_numerals && scale == 1 && is_whole(value) {
                zh_numeral(value as u64)
            } else {
                format_number(value, scale, lang)
            };
            (n, unit.template.get(lang))
        }
        Lang::En => {
            let n = match unit.en_style {
                EnStyle::Cardinal if short => en_compact(abs),
                EnStyle::Cardinal => en_number(abs),
                EnStyle::Ordinal => en_ordinal(abs.round() as u64),
                EnStyle::Roman => roman(abs.round() as u64),
            };
            let t = match (&unit.en_one, &unit.en_short) {
                (_, Some(s)) if short => s.as_str(),
                (Some(one), _) if abs == 1.0 => one.as_str(),
                _ => unit.template.en.as_str(),
            };
            (n, t)
        }
    };
    template.replacen("{}", &number, 1)
}

/// The number alone, scale included: `8145萬` (繁), `8145万` (简), as the article writes it,
/// `81.45 million` (English).
pub fn format_number(value: f64, scale: u64, lang: Lang) -> String {
    match lang {
        Lang::En => en_number(value * scale as f64),
        Lang::ZhHant | Lang::ZhHans => {
            // As Chinese newspapers write them: 8145萬元, 1153戶, no thousands separator.
            let digits = decimal(value);
            let suffix = match (scale, lang) {
                (10_000, Lang::ZhHant) => "萬",
                (10_000, _) => "万",
                (100_000_000, Lang::ZhHant) => "億",
                (100_000_000, _) => "亿",
                _ => "",
            };
            format!("{digits}{suffix}")
        }
    }
}

/// An English number: `87,000`, `1.88 million`, `14.5 billion`, `7.8`.
pub fn en_number(abs: f64) -> String {
    if abs >= 1e9 {
        format!("{} billion", decimal(abs / 1e9))
    } else if abs >= 1e6 {
        format!("{} million", decimal(abs / 1e6))
    } else {
        group(&decimal(abs))
    }
}

/// A compact English number for chart labels: `81.45m`, `50bn`, `87,000`.
pub fn en_compact(abs: f64) -> String {
    if abs >= 1e9 {
        format!("{}bn", decimal(abs / 1e9))
    } else if abs >= 1e6 {
        format!("{}m", decimal(abs / 1e6))
    } else {
        group(&decimal(abs))
    }
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
