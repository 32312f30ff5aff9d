//! The wasm bundle of the settings page: see `pages` for the bundles.

fn main() {
    sbc_guide::start(sbc_guide::pages::settings);
}
