#!/usr/bin/env bash
# The benchmark: sets up what is missing, builds release, then measures (bench/bench.mjs):
# sizes, Lighthouse, load times (also slow 3G), scrolling frame times, memory; PASS/FAIL
# against the budgets; results in bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build.sh
node bench/bench.mjs "$@"
