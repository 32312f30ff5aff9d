//! The wasm bundle of the benefits page: see `pages` for the bundles.

fn main() {
    sbc_guide::start(sbc_guide::pages::benefits);
}
