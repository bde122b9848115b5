//! The words of a text that state a figure: the clause around its mark. Plain std, because
//! the build script includes this file too (it precomputes the quotes the browser shows).

/// The clause of `text` (between punctuation) that holds `mark`. Latin punctuation ends a
/// clause only before a space or the end, so 4.3% and 1,000 stay whole.
pub fn clause_around(text: &str, mark: &str) -> Option<String> {
    let at = text.find(mark)?;
    let breaks: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|&(i, c)| {
            let next = text[i + c.len_utf8()..].chars().next();
            "，。；：！？".contains(c)
                || (",;.!?:".contains(c) && next.is_none_or(char::is_whitespace))
        })
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let start = breaks
        .iter()
        .rev()
        .find(|(i, _)| *i < at)
        .map_or(0, |&(_, end)| end);
    let end = breaks
        .iter()
        .find(|(i, _)| *i >= at + mark.len())
        .map_or(text.len(), |&(i, _)| i);
    Some(text[start..end].trim().to_owned())
}
