#!/usr/bin/env bash
# Benchmarks (not tests): builds the release site, then measures first load against a static
# HTML copy of the same pages, and search as you type over 5,000 directory entries.
#   scripts/bench.sh [runs]     (default 5 runs per page; CI may use 1 for a quick look)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh
trunk build --release --offline
node tests/bench/first-load.mjs "${1:-5}"
node tests/bench/directory-search.mjs
