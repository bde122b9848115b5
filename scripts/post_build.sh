#!/usr/bin/env bash
# trunk post_build hook (see Trunk.toml), run in the staging dir's build:
# 1. text first: render <App/> into one page per language (src/bin/prerender.rs);
# 2. precompress every text and wasm file (.br and .gz) for hosts that serve them as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --quiet --features ssr --bin prerender
node tools/precompress.mjs "$TRUNK_STAGING_DIR"
