//! Addresses the story takes from outside (a host page's URL, the site's base URL): only
//! absolute http(s) URLs, checked by hand (no URL parser in the wasm).

/// The longest `parentUrl`, in UTF-16 units (as JavaScript counts).
pub const URL_MAX: usize = 2048;
/// What a `parentUrl` may not hold, as inclusive ranges: control characters, white space,
/// and the characters a URL never has unescaped (`"<>\^`{|}`).
pub const URL_EXCLUDED: [(char, char); 15] = [
    ('\0', ' '),
    ('"', '"'),
    ('<', '<'),
    ('>', '>'),
    ('\\', '\\'),
    ('^', '^'),
    ('`', '`'),
    ('{', '}'),
    ('\u{7f}', '\u{a0}'),
    ('\u{1680}', '\u{1680}'),
    ('\u{2000}', '\u{200a}'),
    ('\u{2028}', '\u{2029}'),
    ('\u{202f}', '\u{202f}'),
    ('\u{205f}', '\u{205f}'),
    ('\u{3000}', '\u{3000}'),
];

pub(crate) fn url_excluded(c: char) -> bool {
    URL_EXCLUDED.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// An absolute http(s) URL without credentials, spaces or control characters, at most 2048
/// UTF-16 units, without its fragment; `None` for anything else.
pub fn http_url(s: &str) -> Option<String> {
    let s = s.split('#').next().unwrap_or_default();
    if s.encode_utf16().count() > URL_MAX || s.chars().any(url_excluded) {
        return None;
    }
    origin_of(s)?;
    Some(s.to_owned())
}

/// The origin (`scheme://host[:port]`, lower case, default port dropped) of an http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => "80",
        "https" => "443",
        _ => return None,
    };
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')? + 1;
        let port = authority[end..].strip_prefix(':');
        if port.is_none() && end != authority.len() {
            return None;
        }
        (&authority[..end], port)
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    let host_ok = if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !v6.is_empty()
            && v6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        !host.is_empty()
            && host.len() <= 253
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            && !host.starts_with(['.', '-'])
    };
    if !host_ok {
        return None;
    }
    let host = host.to_ascii_lowercase();
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) if p.is_empty() || p == default_port => Some(format!("{scheme}://{host}")),
        Some(p)
            if p.len() <= 5
                && p.chars().all(|c| c.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| n > 0 && n < 65536) =>
        {
            Some(format!("{scheme}://{host}:{}", p.trim_start_matches('0')))
        }
        Some(_) => None,
    }
}
