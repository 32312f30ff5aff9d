#!/usr/bin/env bash
# What makes up one wasm bundle (sbc-guide, benefits, support, settings or your-data): builds it
# as the release does but keeping function names, then lists code size by crate and module.
#   scripts/wasm-breakdown.sh support
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${1:-sbc-guide}"
scripts/setup.sh
source scripts/env.sh
out=target/wasm-breakdown
cargo build --quiet --release --target wasm32-unknown-unknown --bin "$bundle" \
  --target-dir "$out/cargo" --config profile.release.strip=false
wasm-bindgen --target web --keep-debug --out-dir "$out" "$out/cargo/wasm32-unknown-unknown/release/$bundle.wasm"
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/${bundle}_bg.wasm" -o "$out/$bundle.named.wasm"
python3 scripts/wasm-breakdown.py "$out/$bundle.named.wasm"
