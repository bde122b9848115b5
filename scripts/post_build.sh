#!/usr/bin/env bash
# trunk post_build hook (see Trunk.toml), run on the staging dir of each build:
# 1. text first: render <App/> into one page per language (src/bin/prerender.rs);
# 2. third-party notices of the crates the wasm ships (cargo-about, about.toml/about.hbs),
#    cached by Cargo.lock so that only a dependency change pays the half minute;
# 3. with STORY_WECHAT_SIGNATURE_URL, WeChat's JS-SDK from npm and its licence
#    (tools/wechat-signature/sdk.mjs, src/page/wechat.rs);
# 4. short names for the wasm's imports and exports, in the wasm and its script
#    (tools/wasm-names.mjs);
# 5. minify the app's script (wasm-bindgen's glue, about 60 KB as written): a slow phone parses
#    it on the main thread when the reader first acts, in one task, and minified it takes
#    about half as long (terser, from npm);
# 6. precompress every text and wasm file (.br and .gz) for hosts that serve them as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
# The native prerender and cargo-about build as the tests do: the wasm's size options
# (scripts/wasm-size-env.sh, set by scripts/build.sh) are not theirs.
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES
cargo run --quiet --features ssr --bin prerender

target=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
key=$(cat Cargo.lock about.toml about.hbs | sha256sum | cut -c1-16)
cached="$target/licences-$key.html"
if [ ! -f "$cached" ]; then
  cargo about generate --offline --features hydrate --no-default-features about.hbs -o "$cached.tmp" 2>/dev/null
  mv "$cached.tmp" "$cached"
fi
cp "$cached" "$TRUNK_STAGING_DIR/licences.html"

if [ -n "${STORY_WECHAT_SIGNATURE_URL:-}" ]; then
  node tools/wechat-signature/sdk.mjs "$TRUNK_STAGING_DIR"
fi

node tools/wasm-names.mjs "$TRUNK_STAGING_DIR"
for glue in "$TRUNK_STAGING_DIR"/luyuan-*.js; do
  node_modules/.bin/terser "$glue" --module --compress --mangle -o "$glue"
done

node tools/precompress.mjs "$TRUNK_STAGING_DIR"
