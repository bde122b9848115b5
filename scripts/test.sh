#!/usr/bin/env bash
# The tests. With no argument (CI: .ci/run), everything: sets up what is missing, then the
# docs' references, native (data, text, layout, charts, the fixture stories), the chart kit
# in headless Chromium, the release builds of the story (dist/), of each fixture story
# (dist-<name>/), of a story drafted from the received copy and with a WeChat endpoint
# (dist-wechat/), then the browser tests in three engines.
#
#   scripts/test.sh                         everything, as CI runs it
#   scripts/test.sh quick [target …]        the docs' references and the native tests
#                                           (cargo test --features ssr), or only the given
#                                           test targets (story_schema charts_fit 'story_*');
#                                           no set-up, browsers, wasm or release build
#   scripts/test.sh browser <file> …        browser test files (tests/browser/<file>; the
#                                           .test.mjs may be left out) against dist/, which
#                                           is rebuilt first when its .build-stamp is not the
#                                           sources' (and dist-<name>/ for fixture.test.mjs)
#   scripts/test.sh kit [native|browser]    the kit's tests (not tests/story_*.rs, which are
#                                           the default story's own) on the story STORY_DIR
#                                           names, e.g. STORY_DIR=tests/fixtures/hexi-2024:
#                                           native, then every browser file on its build
#
# `browser` and `kit` test the story STORY_DIR names (default: the default story, in dist/).
set -euo pipefail
cd "$(dirname "$0")/.."

# The signature endpoint dist-wechat/ is built with (the test routes it to a stub).
WECHAT_ENDPOINT=https://sign.news.example/wechat/signature

usage() {
  echo "usage:" >&2
  sed -n '8,22p' "$0" | sed 's/^# \{0,1\}//' >&2
}

# dist/ (or another story's dist-<name>/) as the sources are now: rebuilt, saying why, when
# its build stamp (scripts/build-stamp.mjs, written by scripts/build.sh) differs. An empty
# story is the default one.
fresh_build() {
  local story="$1" dist why
  if [ "$story" = wechat ]; then
    # dist-wechat/: the story (STORY_DIR's) built with a WeChat signature endpoint (tests/browser/wechat.test.mjs).
    if why=$(env -u STORY_BASE_URL STORY_WECHAT_SIGNATURE_URL="$WECHAT_ENDPOINT" node scripts/build-stamp.mjs --check dist-wechat); then
      echo "== $why"
    else
      echo "== release build with STORY_WECHAT_SIGNATURE_URL: $why"
      env -u STORY_BASE_URL STORY_WECHAT_SIGNATURE_URL="$WECHAT_ENDPOINT" scripts/build.sh --dist dist-wechat
    fi
  elif [ -z "$story" ]; then
    dist=$(env -u STORY_DIR scripts/build.sh --print-dist)
    if why=$(env -u STORY_DIR node scripts/build-stamp.mjs --check "$dist"); then
      echo "== $why"
    else
      echo "== release build: $why"
      env -u STORY_DIR scripts/build.sh
    fi
  else
    dist=$(STORY_DIR="$story" scripts/build.sh --print-dist)
    if why=$(STORY_DIR="$story" node scripts/build-stamp.mjs --check "$dist"); then
      echo "== $why"
    else
      echo "== release build of the story $story: $why"
      STORY_DIR="$story" scripts/build.sh
    fi
  fi
}

case "${1:-}" in
  quick)
    shift
    export PATH="$HOME/.cargo/bin:$PATH"
    echo "== docs: internal references; the tools' tests"
    node --test tests/docs/references.test.mjs tools/wechat-signature/
    targets=()
    for t in "$@"; do
      t="${t#tests/}"
      targets+=(--test "${t%.rs}")
    done
    echo "== native tests${targets[*]:+ (${targets[*]})}"
    cargo test --features ssr --quiet "${targets[@]}"
    exit 0
    ;;
  browser)
    shift
    if [ $# = 0 ]; then
      usage
      exit 2
    fi
    files=()
    fixtures=0
    wechat=0
    for f in "$@"; do
      found=""
      for p in "tests/browser/$f.test.mjs" "tests/browser/$f" "$f"; do
        if [ -z "$found" ] && [ -f "$p" ]; then found="$p"; fi
      done
      if [ -z "$found" ]; then
        echo "scripts/test.sh browser: no browser test file $f (see tests/browser/*.test.mjs)" >&2
        exit 2
      fi
      files+=("$found")
      if [ "$(basename "$found")" = fixture.test.mjs ]; then fixtures=1; fi
      if [ "$(basename "$found")" = wechat.test.mjs ]; then wechat=1; fi
    done
    scripts/setup.sh --test
    export PATH="$HOME/.cargo/bin:$PATH"
    fresh_build "${STORY_DIR:-}"
    if [ $wechat = 1 ]; then fresh_build wechat; fi
    if [ $fixtures = 1 ]; then
      for fixture in tests/fixtures/*/; do
        if [ -f "$fixture/story.json" ]; then fresh_build "$fixture"; fi
      done
    fi
    echo "== browser tests: ${files[*]}"
    xvfb-run -a node --test --test-concurrency=1 "${files[@]}"
    exit 0
    ;;
  kit)
    shift
    what="${1:-all}"
    export PATH="$HOME/.cargo/bin:$PATH"
    echo "== the kit's tests on ${STORY_DIR:-the default story}"
    if [ "$what" != browser ]; then
      targets=(--lib --bins)
      for t in tests/*.rs; do
        t=$(basename "$t" .rs)
        case "$t" in story_* | wasm_*) ;; *) targets+=(--test "$t") ;; esac
      done
      echo "== native tests (the kit's)"
      cargo test --features ssr --quiet --no-fail-fast "${targets[@]}"
    fi
    if [ "$what" != native ]; then
      scripts/setup.sh --test
      fresh_build "${STORY_DIR:-}"
      fresh_build wechat
      for fixture in tests/fixtures/*/; do
        if [ -f "$fixture/story.json" ]; then fresh_build "$fixture"; fi
      done
      echo "== browser tests"
      xvfb-run -a node --test --test-concurrency=1 tests/browser/*.test.mjs
    fi
    exit 0
    ;;
  "") ;;
  *)
    usage
    exit 2
    ;;
esac

scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PATH"

echo "== docs: internal references; the tools' tests"
node --test tests/docs/references.test.mjs tools/wechat-signature/

echo "== native tests"
cargo test --features ssr --quiet

echo "== chart kit and the browser's data in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_TIMEOUT=300 cargo test --target wasm32-unknown-unknown --features hydrate --test wasm_charts --test wasm_frames --test wasm_data

echo "== release build"
scripts/build.sh

# The kit builds other stories: each fixture into dist-<name>/ (tests/browser/fixture.test.mjs).
for fixture in tests/fixtures/*/; do
  [ -f "$fixture/story.json" ] || continue
  echo "== release build of the fixture story $fixture"
  STORY_DIR="$fixture" scripts/build.sh
done

# Next year's story starts as a draft (storykit draft, docs/authoring.md): the draft of this
# year's received copy builds as it is.
echo "== release build of a story drafted from the received copy"
drafted=$(mktemp -d)
cargo run --quiet --features ssr --bin storykit -- draft "$(ls stories/luyuan-2023/source/*.txt | head -1)" --out "$drafted/story" >/dev/null
STORY_DIR="$drafted/story" scripts/build.sh --dist "$drafted/dist"
rm -rf "$drafted"

echo "== release build with a WeChat signature endpoint (dist-wechat/)"
fresh_build wechat

echo "== browser tests (Chromium, Firefox, WebKit; WebKit needs an X display: Xvfb)"
xvfb-run -a npm run --silent test:browser
