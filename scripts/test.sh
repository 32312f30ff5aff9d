#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests (content and logic), then the release
# build in headless Chromium (every page, accessibility, focus, fallback, requests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check
step "clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "native tests"
cargo test --workspace --quiet
step "release build"
trunk build --release --offline
step "browser tests"
# The timeout applies to each test file as a whole, too: guide.test.mjs runs axe on every page
# at two widths (about 2 minutes on 2 cores), so files get 5 minutes.
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/*.test.mjs
