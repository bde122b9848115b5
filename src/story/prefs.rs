//! The reader's saved choices. Storage can be missing or throw (sandboxed iframes, private
//! modes): every access is guarded, and nothing depends on it.

use crate::lang::Lang;

const LANG_KEY: &str = "luyuan-2023:lang";

/// Remembers the language the reader chose (read by `public/boot.js` on the default page).
pub fn save_lang(lang: Lang) {
    #[cfg(feature = "hydrate")]
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANG_KEY, lang.tag());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (lang, LANG_KEY);
}
