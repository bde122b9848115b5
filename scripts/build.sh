#!/usr/bin/env bash
# Release build: trunk (offline, tools on PATH) builds the wasm, runs wasm-opt and the
# prerender hook that writes one page per language, the embed pages, the link previews,
# the licences and the precompressed files.
#
#   scripts/build.sh                                   # the story in stories/luyuan-2023/ into dist/
#   STORY_DIR=tests/fixtures/hexi-2024 scripts/build.sh   # that story into dist-hexi-2024/
#   scripts/build.sh --dist /tmp/site                  # into another folder
#   scripts/build.sh --print-dist                      # only print the folder it would use
#
# STORY_DIR (relative to the repository or absolute) names the story's data folder; a story
# other than stories/luyuan-2023/ goes into dist-<folder name>/ unless --dist says where. The built folder
# gets a .build-stamp: the inputs it was built from (scripts/build-stamp.mjs), with which
# `scripts/test.sh browser` tells a stale build.
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt comes from the npm package binaryen (pinned in package.json and Trunk.toml).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

args=()
has_dist=0
print=0
for a in "$@"; do
  case "$a" in
    --print-dist) print=1; continue ;;
    --dist | --dist=*) has_dist=1 ;;
  esac
  args+=("$a")
done
if [ $has_dist = 0 ]; then
  story_dir="${STORY_DIR:-stories/luyuan-2023}"
  story_dir="${story_dir%/}"
  if [ -z "$story_dir" ] || [ "$(realpath -m "$story_dir")" = "$(realpath stories/luyuan-2023)" ]; then
    args+=(--dist dist)
  else
    args+=(--dist "dist-$(basename "$story_dir")")
  fi
fi
if [ $print = 1 ]; then
  [ $has_dist = 0 ] && echo "${args[-1]}" || echo "(as given by --dist)"
  exit 0
fi
[ -z "${STORY_DIR:-}" ] || export STORY_DIR
# The stamp of the sources as the build starts (an edit made while it runs is not in it).
dist=""
prev=""
for a in "${args[@]}"; do
  [ "$prev" = --dist ] && dist="$a"
  case "$a" in --dist=*) dist="${a#--dist=}" ;; esac
  prev="$a"
done
stamp=$(node scripts/build-stamp.mjs)
# The wasm built for size (its standard library with it; see the file).
. scripts/wasm-size-env.sh
trunk build --release --offline "${args[@]}"
[ -z "$dist" ] || printf '%s\n' "$stamp" >"$dist/.build-stamp"
