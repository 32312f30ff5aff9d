//! The reading pages' wasm bundle (home, the guide): see `pages` for the bundles.

fn main() {
    sbc_guide::app::start::start(sbc_guide::app::start::TakeOver::Islands);
}
