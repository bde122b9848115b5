#!/usr/bin/env bash
# Sets up what is missing and runs every test: native (data, text, layout, charts), then the
# release build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

echo "== native tests"
cargo test --features ssr --quiet

echo "== chart kit in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_charts

echo "== release build"
scripts/build.sh

echo "== browser tests (Chromium, Firefox, WebKit; WebKit needs an X display: Xvfb)"
xvfb-run -a npm run --silent test:browser
