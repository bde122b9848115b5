#!/usr/bin/env bash
# The benchmark: sets up what is missing, builds release, then measures (bench/bench.mjs):
# sizes and where the wasm's bytes go (bench/size-profile.mjs), Lighthouse, load times (also slow 3G), scrolling frame times, memory; PASS/FAIL
# against the budgets; results in bench/results.json and their tables in bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --bench
# Built for the address the benchmark serves it at (bench.mjs): canonical, hreflang and
# og:url are then absolute, as on a newspaper's site, and Lighthouse's SEO audit sees that.
BENCH_PORT=8799
STORY_BASE_URL="http://127.0.0.1:$BENCH_PORT/news/2024/luyuan/" scripts/build.sh
status=0
BENCH_PORT=$BENCH_PORT node bench/bench.mjs "$@" || status=$?
# bench/README.md's tables are those of bench/results.json (tests/docs/ checks it).
node bench/table.mjs --write
exit $status
