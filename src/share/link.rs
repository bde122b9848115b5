//! The link a reader shares: the story's page in its language, at the step they are on.
//! Pure, so native tests hold the rules; the browser glue passes in what it reads.

use crate::url::http_url;

/// A step or chapter id as the story writes them (`economy`, `economy-2`): anything else in a
/// hash is not ours and is left out.
pub fn valid_anchor(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The shared link.
///
/// - `page_url`: the page's canonical URL (absolute; its query and hash are dropped). Each
///   language has its own page, so the link carries the language.
/// - `anchor`: the active step (or chapter), added as `#id` when it is one of ours.
/// - `host_url`: inside an embed, the host page's URL when the host told us (`parentUrl`);
///   the link then points there (the host page holds the story), with the step's hash.
pub fn share_link(page_url: &str, anchor: Option<&str>, host_url: Option<&str>) -> String {
    let base = host_url
        .and_then(http_url)
        .unwrap_or_else(|| strip(page_url).to_owned());
    match anchor.filter(|a| valid_anchor(a)) {
        Some(a) => format!("{base}#{a}"),
        None => base,
    }
}

/// A URL without its query and hash.
fn strip(url: &str) -> &str {
    &url[..url.find(['?', '#']).unwrap_or(url.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_the_language_page_at_the_step() {
        assert_eq!(
            share_link(
                "https://news.example/luyuan/en.html?theme=dark#old",
                Some("economy-2"),
                None
            ),
            "https://news.example/luyuan/en.html#economy-2"
        );
        assert_eq!(
            share_link("https://news.example/luyuan/index.html", None, None),
            "https://news.example/luyuan/index.html"
        );
        assert_eq!(
            share_link(
                "https://news.example/luyuan/zh-hans.html",
                Some("x\" onclick=\"1"),
                None
            ),
            "https://news.example/luyuan/zh-hans.html"
        );
    }

    #[test]
    fn inside_an_embed_the_link_is_the_host_page() {
        assert_eq!(
            share_link(
                "https://story.example/embed-en.html",
                Some("city-4"),
                Some("https://paper.example/2024/luyuan?ref=a#top")
            ),
            "https://paper.example/2024/luyuan?ref=a#city-4"
        );
        // A host URL that is not http(s): the story's own page.
        assert_eq!(
            share_link(
                "https://story.example/en.html",
                Some("city-4"),
                Some("javascript:alert(1)")
            ),
            "https://story.example/en.html#city-4"
        );
    }

    #[test]
    fn anchors_are_ours_only() {
        assert!(valid_anchor("livelihoods-12"));
        for bad in ["", "Economy", "a b", "<x>", "1abc", &"a".repeat(65)] {
            assert!(!valid_anchor(bad), "{bad}");
        }
    }
}
