//! What the embed page reads from its own URL (contract v1, see docs/embedding.md): the
//! pym.js child id, the host page's URL and origin, the background and the contract version.
//! Everything is validated here and anything else is ignored; nothing read from the URL ever
//! becomes markup, script or a navigation.
//!
//! `public/boot.js` (which reports the height before the app runs) and `public/embed.js`
//! check the same values: the rules below are written once, as constants, and the build
//! hands them to the scripts as regular expressions (`child_id_pattern`, `bg_pattern`,
//! `url_pattern`; see `script_config.rs`).

/// The embed URL contract this build speaks. A later, incompatible contract gets new page
/// names; `embed.html?v=1` keeps its meaning.
pub const CONTRACT: u32 = 1;

use crate::state::HostPage;
pub use crate::url::{http_url, origin_of};
use crate::url::{URL_EXCLUDED, URL_MAX};

/// The embed page's parameters, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedParams {
    /// `childId`: the id the host knows this iframe by (pym.js: the container's id).
    pub child_id: Option<String>,
    /// `parentUrl`: the host page (http or https, no credentials, without its `#hash`).
    pub parent_url: Option<String>,
    /// `parentOrigin`, else the origin of `parentUrl`: where messages may come from and go to.
    pub parent_origin: Option<String>,
    /// `bg`: `transparent` or a hex colour (`#rgb`, `#rrggbb`).
    pub bg: Option<String>,
    /// `theme`: `light` or `dark` (the host's page; applied by `boot.js`).
    pub theme: Option<String>,
    /// `v`: the contract version the host asked for (1 when absent or unreadable).
    pub version: u32,
}

impl Default for EmbedParams {
    fn default() -> Self {
        EmbedParams {
            child_id: None,
            parent_url: None,
            parent_origin: None,
            bg: None,
            theme: None,
            version: CONTRACT,
        }
    }
}

impl EmbedParams {
    /// Reads `search` (`location.search`, with or without the leading `?`).
    pub fn parse(search: &str) -> EmbedParams {
        let mut p = EmbedParams::default();
        let mut explicit_origin = None;
        for (key, value) in query_pairs(search) {
            match key.as_str() {
                "childId" if p.child_id.is_none() => {
                    p.child_id = valid_child_id(&value).then_some(value)
                }
                "parentUrl" if p.parent_url.is_none() => p.parent_url = http_url(&value),
                "parentOrigin" if explicit_origin.is_none() => {
                    explicit_origin = origin_of(&value).filter(|o| *o == value)
                }
                "bg" if p.bg.is_none() => {
                    p.bg = valid_bg(&value).then_some(value.to_ascii_lowercase())
                }
                "theme" if p.theme.is_none() => {
                    p.theme = matches!(value.as_str(), "light" | "dark").then_some(value)
                }
                "v" => {
                    p.version = value
                        .parse()
                        .ok()
                        .filter(|v| *v >= 1 && *v < 1000)
                        .unwrap_or(CONTRACT)
                }
                _ => {}
            }
        }
        p.parent_origin = explicit_origin.or_else(|| p.parent_url.as_deref().and_then(origin_of));
        p
    }

    /// What the rest of the story needs of these: the host page's address and the query
    /// another embed page keeps.
    pub fn host_page(&self) -> HostPage {
        HostPage {
            url: self.parent_url.clone(),
            query: self.query(),
        }
    }

    /// The query string that carries these parameters on to another embed page (the language
    /// links), rebuilt from the validated values only. Empty, or starting with `?`.
    pub fn query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.version != CONTRACT {
            parts.push(format!("v={}", self.version));
        }
        if let Some(id) = &self.child_id {
            parts.push(format!("childId={}", encode(id)));
        }
        if let Some(url) = &self.parent_url {
            parts.push(format!("parentUrl={}", encode(url)));
        }
        if let Some(o) = &self.parent_origin {
            if self.parent_url.as_deref().and_then(origin_of).as_deref() != Some(o) {
                parts.push(format!("parentOrigin={}", encode(o)));
            }
        }
        if let Some(bg) = &self.bg {
            parts.push(format!("bg={}", encode(bg)));
        }
        if let Some(theme) = &self.theme {
            parts.push(format!("theme={theme}"));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// What a `childId` is made of besides ASCII letters and digits, and its longest length.
const CHILD_ID_PUNCTUATION: &str = "_.:-";
const CHILD_ID_MAX: usize = 128;

/// The `bg` keywords, and the lengths of a hex colour after its `#`.
const BG_KEYWORDS: [&str; 1] = ["transparent"];
const BG_HEX_LENGTHS: [usize; 2] = [3, 6];

/// pym.js uses the container element's id; we accept the characters ids are made of in
/// practice, up to 128 of them.
pub fn valid_child_id(s: &str) -> bool {
    (1..=CHILD_ID_MAX).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || CHILD_ID_PUNCTUATION.contains(c))
}

/// `transparent`, `#rgb` or `#rrggbb` (the host's background), in any case.
pub fn valid_bg(s: &str) -> bool {
    if BG_KEYWORDS.iter().any(|k| s.eq_ignore_ascii_case(k)) {
        return true;
    }
    let Some(hex) = s.strip_prefix('#') else {
        return false;
    };
    BG_HEX_LENGTHS.contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// A character of a JavaScript regular expression's class, escaped.
fn class_char(c: char) -> String {
    match c {
        '-' | ']' | '\\' | '^' => format!("\\{c}"),
        c if c.is_ascii_graphic() => c.to_string(),
        c => format!("\\u{:04x}", u32::from(c)),
    }
}

/// [`valid_child_id`] as a JavaScript regular expression.
pub fn child_id_pattern() -> String {
    let punctuation: String = CHILD_ID_PUNCTUATION.chars().map(class_char).collect();
    format!("^[A-Za-z0-9{punctuation}]{{1,{CHILD_ID_MAX}}}$")
}

/// The secret WordPress gives a discovered embed in its URL's hash (`#?secret=…`), which the
/// page's WordPress height messages carry back: WordPress's host script drops any other.
pub fn wp_secret_pattern() -> String {
    "^[A-Za-z0-9]{1,64}$".to_owned()
}

/// [`valid_bg`] as a JavaScript regular expression, to be used with the `i` flag.
pub fn bg_pattern() -> String {
    let hex = BG_HEX_LENGTHS.map(|n| format!("#[0-9a-f]{{{n}}}"));
    format!("^({}|{})$", BG_KEYWORDS.join("|"), hex.join("|"))
}

/// The characters and length [`http_url`] allows, as a JavaScript regular expression (its
/// other rule, an http(s) origin without credentials, is the URL parser's in JavaScript).
pub fn url_pattern() -> String {
    let excluded: String = URL_EXCLUDED
        .iter()
        .map(|&(a, b)| {
            if a == b {
                class_char(a)
            } else {
                format!("{}-{}", class_char(a), class_char(b))
            }
        })
        .collect();
    format!("^[^{excluded}]{{0,{URL_MAX}}}$")
}

/// The `key=value` pairs of a query string, decoded (`+` is a space). Pairs that do not
/// decode to UTF-8 are dropped.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

/// Percent-decoding of a query component.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encoding of a query component (everything but unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_pym_and_our_loader_pass() {
        let p = EmbedParams::parse(
            "?initialWidth=375&childId=luyuan-story&parentTitle=News&parentUrl=https%3A%2F%2Fnews.example.com%2F2024%2Fstory.html%3Fa%3D1%23top&v=1&bg=%23FAFAF5",
        );
        assert_eq!(p.child_id.as_deref(), Some("luyuan-story"));
        assert_eq!(
            p.parent_url.as_deref(),
            Some("https://news.example.com/2024/story.html?a=1")
        );
        assert_eq!(p.parent_origin.as_deref(), Some("https://news.example.com"));
        assert_eq!(p.bg.as_deref(), Some("#fafaf5"));
        assert_eq!(p.version, 1);
    }

    #[test]
    fn ignores_hostile_or_broken_values() {
        let p = EmbedParams::parse(
            "childId=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&parentUrl=javascript%3Aalert(1)&bg=red%3Bbackground%3Aurl(x)&v=99999&parentOrigin=https%3A%2F%2Fa.com%2Fpath",
        );
        assert_eq!(p, EmbedParams::default());
        for bad in [
            "parentUrl=https%3A%2F%2Fuser%3Apw%40evil.com%2F",
            "parentUrl=data%3Atext%2Fhtml%2C%3Cb%3E",
            "parentUrl=https%3A%2F%2Fa.com%2F%22%3E%3Cscript%3E",
            "parentUrl=%2F%2Fevil.com",
            "parentUrl=https%3A%2F%2F",
            "parentUrl=https%3A%2F%2Fa.com%3A99999%2F",
            "childId=",
            "childId=%E0%A4",
            "bg=%23ggg",
        ] {
            let p = EmbedParams::parse(bad);
            assert_eq!(
                (p.parent_url, p.child_id, p.bg, p.parent_origin),
                (None, None, None, None),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_explicit_parent_origin_wins_and_origins_are_normalised() {
        let p = EmbedParams::parse(
            "parentUrl=https://A.example.com:443/x&parentOrigin=https://cms.example.com",
        );
        assert_eq!(p.parent_origin.as_deref(), Some("https://cms.example.com"));
        assert_eq!(
            origin_of("HTTP://Example.COM:80/a"),
            Some("http://example.com".into())
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080/a?b"),
            Some("http://127.0.0.1:8080".into())
        );
        assert_eq!(
            origin_of("http://[::1]:8080/"),
            Some("http://[::1]:8080".into())
        );
        assert_eq!(origin_of("ftp://a.com/"), None);
    }

    #[test]
    fn the_patterns_for_the_scripts_say_what_the_rules_say() {
        assert_eq!(child_id_pattern(), r"^[A-Za-z0-9_.:\-]{1,128}$");
        assert_eq!(bg_pattern(), "^(transparent|#[0-9a-f]{3}|#[0-9a-f]{6})$");
        assert_eq!(
            url_pattern(),
            r#"^[^\u0000-\u0020"<>\\\^`{-}\u007f-\u00a0\u1680\u2000-\u200a\u2028-\u2029\u202f\u205f\u3000]{0,2048}$"#
        );
    }

    #[test]
    fn the_excluded_url_characters_are_control_space_and_unsafe_ones() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let rule = c.is_control() || c.is_whitespace() || "<>\"\\^`{|}".contains(c);
            assert_eq!(crate::url::url_excluded(c), rule, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn the_query_carries_only_validated_values() {
        let p = EmbedParams::parse("childId=a.b:c&parentUrl=https://n.example/p?q=1&bg=transparent&junk=%3Cx%3E&v=2&theme=dark");
        let q = p.query();
        assert_eq!(q, "?v=2&childId=a.b%3Ac&parentUrl=https%3A%2F%2Fn.example%2Fp%3Fq%3D1&bg=transparent&theme=dark");
        assert_eq!(EmbedParams::parse("theme=%3Cb%3E").theme, None);
        assert_eq!(EmbedParams::parse(&q), p);
        assert_eq!(EmbedParams::parse("").query(), "");
    }
}
