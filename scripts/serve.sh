#!/usr/bin/env bash
# Sets up what is missing, builds the infographic and serves dist/ on localhost.
#   scripts/serve.sh [port]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node tests/browser/serve.mjs --dir dist --port "${1:-8080}" --base /
