#!/usr/bin/env bash
# The editor's preview: serves a story's pages on localhost and renders them again on every
# save of its folder (no wasm build: the text and the static charts), reloading the open tab
# at its step; a bad edit shows as an overlay. See docs/authoring.md.
#   scripts/preview.sh [STORY_DIR] [port]      (default stories/luyuan-2023, 8090)
# The page's look comes from dist/ (built once here when it is missing; rebuild it with
# scripts/build.sh after a change to src/ or style/).
set -euo pipefail
cd "$(dirname "$0")/.."
story="${1:-${STORY_DIR:-stories/luyuan-2023}}"
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
if [ ! -f dist/.page-template.html ]; then env -u STORY_DIR scripts/build.sh; fi
exec node scripts/preview.mjs --story "$story" --port "${2:-8090}" --dist dist
