//! Text as machines read it: Leptos writes elements back to back (`…</h2><p>…`), so a page's
//! `textContent` (what reader modes, unfurlers and search snippets take) runs the words of
//! two blocks together ("IntroductionTake on…"). The prerender puts a line break between a
//! block element and the next one, where a browser shows nothing for it, but never inside
//! an island (`<div class="island…">`: hydrated, its nodes must be the component's own; the
//! islands' components space their texts themselves) nor inside `<pre>`; and, in Chinese,
//! never among the steps (`<div class="steps">`): read as an article they flow as one
//! paragraph (`style/article.css`), where a line break would show as a space between two
//! sentences, and Chinese sentences need none.

/// Elements whose boundaries a line break may stand at without showing.
const BLOCKS: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "details",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "ul",
];
/// Also block boundaries, inside tables.
const CELLS: [&str; 3] = ["tr", "td", "th"];

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name) || CELLS.contains(&name)
}

/// The tag starting at `html[at..]` (`<name …>` or `</name>`): its name, lowercase, and
/// whether it closes; `None` for a comment or anything else.
fn tag_at(html: &str, at: usize) -> Option<(String, bool)> {
    let rest = html.get(at + 1..)?;
    let (closing, rest) = match rest.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    (!name.is_empty()).then_some((name, closing))
}

/// `body` (the prerendered app) with a line break between adjacent block elements outside
/// the islands and `<pre>` (and the steps, unless `steps_too`: the page is in English).
pub fn spaced(body: &str, steps_too: bool) -> String {
    let mut out = String::with_capacity(body.len() + body.len() / 16);
    // Inside an island: the depth of `<div>`s since its own; inside `<pre>`: its depth.
    let mut island: Option<usize> = None;
    let mut pre = 0usize;
    // The last tag written, when nothing but it stands before the current position.
    let mut prev: Option<(String, bool)> = None;
    let mut i = 0;
    while let Some(off) = body[i..].find('<') {
        let at = i + off;
        let text = &body[i..at];
        out.push_str(text);
        if !text.is_empty() {
            prev = None;
        }
        let end = body[at..].find('>').map_or(body.len(), |e| at + e + 1);
        let tag = tag_at(body, at);
        if let Some((name, closing)) = &tag {
            let free = island.is_none() && pre == 0;
            let adjacent = prev
                .as_ref()
                .is_some_and(|(p, _)| is_block(p) || is_block(name));
            if free && adjacent && is_block(name) && at > 0 {
                out.push('\n');
            }
            let source = &body[at..end];
            match (name.as_str(), *closing, island) {
                ("div", false, None)
                    if source.contains("class=\"island")
                        || (!steps_too && source.contains("class=\"steps\"")) =>
                {
                    island = Some(0)
                }
                ("div", false, Some(d)) => island = Some(d + 1),
                ("div", true, Some(0)) => island = None,
                ("div", true, Some(d)) => island = Some(d - 1),
                ("pre", false, _) => pre += 1,
                ("pre", true, _) => pre = pre.saturating_sub(1),
                _ => {}
            }
        }
        out.push_str(&body[at..end]);
        prev = tag;
        i = end;
    }
    out.push_str(&body[i..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_apart_islands_and_inline_elements_untouched() {
        assert_eq!(
            spaced(
                "<header><h2>Intro</h2><p>Take <em>on</em> it.</p><p>Next</p></header>",
                true
            ),
            "<header>\n<h2>Intro</h2>\n<p>Take <em>on</em> it.</p>\n<p>Next</p>\n</header>"
        );
        let island =
            "<div class=\"island\" id=\"k\"><ul><li>a</li><li>b</li></ul><div>c</div></div>";
        assert_eq!(
            spaced(&format!("<p>x</p>{island}<p>y</p>"), true),
            format!("<p>x</p>\n{island}\n<p>y</p>")
        );
        assert_eq!(
            spaced("<pre><p>a</p><p>b</p></pre>", true),
            "<pre><p>a</p><p>b</p></pre>"
        );
        assert_eq!(
            spaced("<p><span>a</span><span>b</span> c</p>", true),
            "<p><span>a</span><span>b</span> c</p>"
        );
        assert_eq!(spaced("<!--x--><p>a</p>", true), "<!--x--><p>a</p>");
        let steps = "<div class=\"steps\"><div class=\"step\"><p>a。</p></div><div class=\"step\"><p>b</p></div></div>";
        assert_eq!(spaced(steps, false), steps);
        assert_eq!(
            spaced(steps, true),
            "<div class=\"steps\">\n<div class=\"step\">\n<p>a。</p>\n</div>\n<div class=\"step\">\n<p>b</p>\n</div>\n</div>"
        );
    }
}
