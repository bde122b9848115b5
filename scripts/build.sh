#!/usr/bin/env bash
# Release build of dist/: trunk (offline, tools on PATH) builds the wasm, runs wasm-opt and
# the prerender hook that writes one page per language.
set -euo pipefail
cd "$(dirname "$0")/.."
# wasm-opt comes from the npm package binaryen (pinned in package.json and Trunk.toml).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline "$@"
