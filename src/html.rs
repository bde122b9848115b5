//! Text in HTML: one escaping for element text and attribute values (`&`, `<`, `>`, `"`).

/// Escapes text for an HTML attribute or element.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
