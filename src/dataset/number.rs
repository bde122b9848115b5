//! A metric's full number (value × scale: 8.7萬 is 87000), written exactly and unformatted:
//! the decimal point of the stated number is moved, so no floating-point product
//! (8.7 × 10000 = 87000.00000000001) reaches a download.

/// `value × scale` as plain decimal digits: no grouping, no exponent, no trailing zeros
/// after a decimal point (`-` for a negative number).
pub fn full_number(value: f64, scale: u64) -> String {
    let Some(shift) = power_of_ten(scale) else {
        return format!("{}", value * scale as f64);
    };
    // Rust writes an f64 as the shortest decimal that reads back the same, never with an
    // exponent: the digits the editor typed.
    let stated = format!("{value}");
    let (negative, digits) = match stated.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, stated.as_str()),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut int = int.to_owned();
    let mut frac: std::collections::VecDeque<char> = frac.chars().collect();
    for _ in 0..shift {
        int.push(frac.pop_front().unwrap_or('0'));
    }
    let int = match int.trim_start_matches('0') {
        "" => "0",
        i => i,
    };
    let frac: String = frac.into_iter().collect();
    let frac = frac.trim_end_matches('0');
    let n = if frac.is_empty() {
        int.to_owned()
    } else {
        format!("{int}.{frac}")
    };
    if negative && n != "0" {
        format!("-{n}")
    } else {
        n
    }
}

/// `n` for a scale of 10ⁿ.
fn power_of_ten(scale: u64) -> Option<usize> {
    let mut s = scale;
    let mut n = 0;
    while s >= 10 && s.is_multiple_of(10) {
        s /= 10;
        n += 1;
    }
    (s == 1).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stated_digits_move_by_the_scale() {
        for (value, scale, full) in [
            (8.7, 10_000, "87000"),
            (8145.0, 10_000, "81450000"),
            (1.1, 100_000_000, "110000000"),
            (1.89, 100_000_000, "189000000"),
            (12.4, 10_000, "124000"),
            (0.35, 1, "0.35"),
            (-3.2, 1, "-3.2"),
            (7.0, 1, "7"),
            (0.00015, 10_000, "1.5"),
            (147.0, 1, "147"),
            (-0.0, 1, "0"),
        ] {
            assert_eq!(full_number(value, scale), full, "{value} × {scale}");
            let back: f64 = full.parse().unwrap();
            assert!((back - value * scale as f64).abs() <= 1e-6 * back.abs().max(1.0));
        }
        // A scale that is not a power of ten (not in the data) is multiplied.
        assert_eq!(full_number(2.5, 12), "30");
    }
}
