//! Sharing: the link a reader shares (`link.rs`), share cards laid out as pure functions
//! (`card.rs`) and their colours (`ink.rs`), the share buttons (`button.rs`; their browser glue
//! is `client/share/`), and, at build time, the head tags for link previews (`meta.rs`) and the
//! preview image (`og_image.rs`, in Noto Sans CJK, its Chinese faces picked out of Debian's
//! collection by `font.rs`).

pub mod button;
pub mod card;
pub mod ink;
pub mod link;
pub mod preview_card;

#[cfg(not(target_arch = "wasm32"))]
pub mod font;
#[cfg(feature = "ssr")]
pub mod meta;
#[cfg(not(target_arch = "wasm32"))]
pub mod og_image;
