//! Build-time code, compiled only natively (never into the wasm): pre-rendering every page,
//! writing the service worker and boot modules, bundling CSS, and renaming wasm imports. Run by
//! `src/bin/sitegen.rs` after Trunk.

pub mod sitegen;
pub mod wasm_names;
