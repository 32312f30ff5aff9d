//! The wasm bundle of the your data page: see `pages` for the bundles.

fn main() {
    sbc_guide::start(sbc_guide::pages::your_data);
}
