#!/usr/bin/env bash
# Sets up what is missing and runs every test: native (data, text, layout, charts, the
# fixture stories), the chart kit in headless Chromium, the release builds of the story
# (dist/) and of each fixture story (dist-<name>/), then the browser tests in three engines.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

echo "== native tests"
cargo test --features ssr --quiet

echo "== chart kit in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_charts --test wasm_frames

echo "== release build"
scripts/build.sh

# The kit builds other stories: each fixture into dist-<name>/ (tests/browser/fixture.test.mjs).
for fixture in tests/fixtures/*/; do
  [ -f "$fixture/story.json" ] || continue
  echo "== release build of the fixture story $fixture"
  STORY_DIR="$fixture" scripts/build.sh
done

echo "== browser tests (Chromium, Firefox, WebKit; WebKit needs an X display: Xvfb)"
xvfb-run -a npm run --silent test:browser
