//! Glue to the browser: where the person is (the address, embed mode), the offline copy's
//! service worker, the embedding page, files in and out, the device's date, and the take-over
//! of the pre-rendered page.
//!
//! May use: `state`, `domain` and everything they may use. Never the screens, except
//! `takeover`, which moves parts of the pre-rendered page into the live one.

pub mod clock;
pub mod embed;
pub mod files;
pub mod navigation;
pub mod offline;
pub mod settings_file;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
