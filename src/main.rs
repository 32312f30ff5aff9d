//! The reading pages' wasm bundle (home, the guide): see `pages` for the bundles.

fn main() {
    sbc_guide::start(sbc_guide::pages::guide);
}
