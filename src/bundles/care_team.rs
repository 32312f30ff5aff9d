//! The wasm bundle of the care team page: see `pages` for the bundles.

use sbc_guide::app::start::TakeOver::Page;

fn main() {
    sbc_guide::app::start::start(Page(sbc_guide::pages::care_team));
}
