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
cargo clippy --all-targets --quiet -- -D warnings
step "native tests"
cargo test --quiet
step "release build"
trunk build --release --offline
step "browser tests"
node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/*.test.mjs
