//! The reader's saved choices. Storage can be missing or throw (sandboxed iframes, private
//! modes): every access is guarded, and nothing depends on it.
//!
//! Keys are the story's own (`{slug}:{what}`, from `story.json`'s `meta.slug`), so that two
//! stories on one site keep their readers' choices apart. `public/boot.js` gets the language
//! key from the page (`script_config.rs`).

use crate::lang::Lang;
use crate::model::story;

/// What the language the reader chose is saved under (local storage).
pub const LANG: &str = "lang";
/// What a dismissed language suggestion is saved under (session storage).
pub const SUGGEST: &str = "suggest";

/// The storage key of `what` for this story: `{slug}:{what}`.
pub fn storage_key(what: &str) -> String {
    format!("{}:{what}", story().meta.slug)
}

/// Remembers the language the reader chose (read by `public/boot.js` on the default page).
pub fn save_lang(lang: Lang) {
    #[cfg(feature = "hydrate")]
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(&storage_key(LANG), lang.tag());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = lang;
}
