#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests (content and logic), then the release
# build in headless Chromium (every page, accessibility, focus, fallback, requests), then the
# smoke list in Firefox ESR and WebKit (tests/engines/smoke.mjs).
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
# The timeout applies to each test file as a whole, too, so it is a net for a hang, not a
# measure: accessibility.test.mjs runs axe on every page at three widths and on one page of each
# kind at four more, 4 to 5 minutes on 2 busy cores (a fresh-clone CI run passed 5 minutes), so
# files get 15. Each test's own waits are much shorter.
node --test --test-concurrency=1 --test-timeout=900000 tests/e2e/*.test.mjs
step "browser tests in Firefox ESR and WebKit"
# The smoke list (every page's start-up, saving and reload, search, offline, the no-wasm
# fallback) in two more engines: Firefox headless; WebKitGTK's MiniBrowser has no headless mode,
# so it gets a virtual display. The WebKit driver and its browsers are ended by the test file;
# the trap ends whatever a crash leaves behind (each driver leads a process group of its own).
node --test --test-concurrency=1 --test-timeout=300000 tests/engines/firefox.test.mjs
webkit_pids=$(mktemp)
end_webkit() {
  while read -r pid; do kill -- "-$pid" 2>/dev/null || true; done < "$webkit_pids"
  rm -f "$webkit_pids"
}
trap end_webkit EXIT
SBC_WEBKIT_PIDS=$webkit_pids xvfb-run -a -s "-screen 0 1920x1080x24" \
  node --test --test-concurrency=1 --test-timeout=300000 tests/engines/webkit.test.mjs
