//! Animation math: values tween in at most [`MAX_MS`]; a new target starts from where the
//! marks are now, so an interrupted tween never jumps. Times are milliseconds
//! (`performance.now()` in the browser).

/// The longest a tween may take.
pub const MAX_MS: f64 = 600.0;

/// Cubic ease-out: fast start, gentle landing.
pub fn ease_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    1.0 - (1.0 - t).powi(3)
}

/// Values moving from `from` to `to` between `start` and `start + duration`.
#[derive(Clone, Debug, PartialEq)]
pub struct Tween {
    from: Vec<f64>,
    to: Vec<f64>,
    start: f64,
    duration: f64,
}

impl Tween {
    /// At rest at `values`.
    pub fn settled(values: Vec<f64>) -> Tween {
        Tween {
            from: values.clone(),
            to: values,
            start: 0.0,
            duration: 0.0,
        }
    }

    /// From `from` to `to`, starting at `now`; `duration` is capped at [`MAX_MS`] and 0 jumps.
    pub fn new(from: Vec<f64>, to: Vec<f64>, now: f64, duration: f64) -> Tween {
        let mut from = from;
        from.resize(to.len(), 0.0);
        Tween {
            from,
            to,
            start: now,
            duration: duration.clamp(0.0, MAX_MS),
        }
    }

    /// How far along the tween is at `now`, 0 to 1 (eased).
    pub fn progress(&self, now: f64) -> f64 {
        if self.duration <= 0.0 || now >= self.start + self.duration {
            1.0
        } else if now <= self.start {
            0.0
        } else {
            ease_out((now - self.start) / self.duration)
        }
    }

    /// The values at `now`.
    pub fn values_at(&self, now: f64) -> Vec<f64> {
        let p = self.progress(now);
        if p >= 1.0 {
            // The target itself, not `a + (b - a)`, which may miss it by a rounding error.
            return self.to.clone();
        }
        self.from
            .iter()
            .zip(&self.to)
            .map(|(a, b)| a + (b - a) * p)
            .collect()
    }

    pub fn target(&self) -> &[f64] {
        &self.to
    }

    pub fn is_done(&self, now: f64) -> bool {
        self.progress(now) >= 1.0
    }

    /// Moves towards a new target, starting from the values at `now` (where the marks are).
    /// `from_current` maps each new item to its index in the current values, or `None` for a
    /// new item, which starts at `baseline`.
    pub fn retarget(
        &mut self,
        to: Vec<f64>,
        from_current: &[Option<usize>],
        baseline: f64,
        now: f64,
        duration: f64,
    ) {
        let current = self.values_at(now);
        let from = (0..to.len())
            .map(|i| {
                from_current
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|j| current.get(j).copied())
                    .unwrap_or(baseline)
            })
            .collect();
        *self = Tween::new(from, to, now, duration);
    }
}

/// The display text with its number scaled by `ratio` (count-up): "8,145萬元" at 0.5 is
/// "4,073萬元"; decimals and thousands separators are kept; at 1 (or with no number in it)
/// the text is returned unchanged.
pub fn count_up(display: &str, ratio: f64) -> String {
    if !ratio.is_finite() || (ratio - 1.0).abs() < 1e-9 {
        return display.to_string();
    }
    let Some((start, end)) = number_span(display) else {
        return display.to_string();
    };
    let num = &display[start..end];
    let grouped = num.contains(',');
    let decimals = num.split_once('.').map_or(0, |(_, d)| d.len());
    // The number in units of its last decimal: "8,145" → 8145, "1.1" → 11.
    let mut units: u64 = 0;
    for b in num.bytes().filter(u8::is_ascii_digit) {
        units = units.saturating_mul(10).saturating_add(u64::from(b - b'0'));
    }
    let scaled = (units as f64 * ratio.max(0.0)).round().max(0.0) as u64;
    let mut s = fixed(scaled, decimals);
    if grouped {
        s = group_thousands(&s);
    }
    format!("{}{}{}", &display[..start], s, &display[end..])
}

/// `units` with a decimal point `decimals` digits from the right: (1234, 2) → "12.34".
/// Integer formatting only: no float formatting code in the wasm.
pub fn fixed(units: u64, decimals: usize) -> String {
    let digits = format!("{units:0>width$}", width = decimals + 1);
    if decimals == 0 {
        digits
    } else {
        let (int, frac) = digits.split_at(digits.len() - decimals);
        format!("{int}.{frac}")
    }
}

/// The byte span of the first number (digits, grouping commas, one decimal point).
fn number_span(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let start = bytes.iter().position(|b| b.is_ascii_digit())?;
    let mut end = start;
    let mut seen_dot = false;
    while end < bytes.len() {
        let b = bytes[end];
        let next_digit = bytes.get(end + 1).is_some_and(|n| n.is_ascii_digit());
        if b.is_ascii_digit() || (b == b',' && next_digit) || (b == b'.' && !seen_dot && next_digit)
        {
            seen_dot |= b == b'.';
            end += 1;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// "12345.6" → "12,345.6".
pub fn group_thousands(s: &str) -> String {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}
