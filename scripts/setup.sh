#!/usr/bin/env bash
# Installs whatever this project needs and is missing; skips what is already there.
# Works on a fresh Debian machine that has only the Rust toolchain, Node 20 and npm.
#   scripts/setup.sh            build tools (wasm32 target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --browser  the same, plus Chromium, Firefox ESR and WebKitGTK for the browser tests
# Nothing here is downloaded at build time: Trunk runs --offline and finds these on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.22 needs a newer rustc than this machine's 1.95, so the version is pinned.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  step "installing Trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly. `--locked` is left
# off on purpose: one of its pinned dependencies is missing from the registry.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wbg_version"; then
  step "installing wasm-bindgen-cli $wbg_version"
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

# npm packages, pinned by package-lock.json: binaryen's wasm-opt (Debian's binaryen 108 builds
# a module that crashes at start-up), terser for the glue, playwright-core and axe for the
# browser tests.
stamp=node_modules/.sbc-lock-stamp
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  step "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

# The browser tests check reflow with DejaVu Sans, one of the widest fonts a machine may have
# (fontconfig's fc-list confirms it is there): a narrower font must never hide a page that
# scrolls sideways. The smoke list (tests/engines/) runs in Debian's Firefox ESR, driven by
# playwright-core, and in WebKitGTK's MiniBrowser through WebKitWebDriver (webkit2gtk-driver),
# which has no headless mode: xvfb-run gives it a virtual display. nginx and Apache run the
# deployment guide's server settings (tests/e2e/web-servers.test.mjs); the test starts them on
# its own ports with its own configuration, so the packages' default sites are never used.
webkit_browser() { compgen -G "/usr/lib/*/webkit2gtk-4.1/MiniBrowser" > /dev/null; }
if [ "${1:-}" = "--browser" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list : family 2>/dev/null | grep -q "DejaVu Sans" \
  || [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || ! webkit_browser || [ ! -x /usr/bin/xvfb-run ] || [ ! -x /usr/bin/xauth ] \
  || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/sbin/apache2 ]; }; then
  step "installing Chromium, Firefox ESR, WebKitGTK, nginx, Apache and the test fonts from Debian"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium chromium-driver fonts-dejavu-core fontconfig
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
  # Their packages would start both as services on port 80, where the second fails and stops
  # the install: policy-rc.d (Debian's switch for package scripts) says not to start any.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" > /dev/null
    $sudo_cmd chmod +x "$policy"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends nginx apache2
  if [ -n "$policy" ]; then $sudo_cmd rm -f "$policy"; fi
fi
