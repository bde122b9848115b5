//! The story on another site's page: embed pages (`embed.html`, `embed-zh-hans.html`,
//! `embed-en.html`) are prerendered like the pages, with `data-embed` on `<html>`, and
//! `public/embed.js` on the host's page turns a `<div data-luyuan-story>` into an iframe that
//! follows their height. The contract (URL parameters, messages, events) is in
//! docs/embedding.md; `params.rs` and `protocol.rs` hold its rules as pure functions, `bar.rs` the
//! embed's own controls; the browser glue is `client/embed.rs`. One chart alone has its own
//! pages and snippet (`chart.rs`).

pub mod bar;
pub mod chart;
pub mod params;
pub mod protocol;
