//! The wasm bundle of the care team page: see `pages` for the bundles.

fn main() {
    sbc_guide::start(sbc_guide::pages::care_team);
}
