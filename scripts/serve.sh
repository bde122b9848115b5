#!/usr/bin/env bash
# Sets up what is missing, builds the infographic and serves it on localhost.
#   scripts/serve.sh [port]     (default 8080)
#   STORY_DIR=tests/fixtures/hexi-2024 scripts/serve.sh    (another story, see build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node tests/browser/serve.mjs --dir "$(scripts/build.sh --print-dist)" --port "${1:-8080}" --base /
