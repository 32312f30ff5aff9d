//! The build's own steps, run natively by Trunk's `post_build` hook (`src/main.rs`) and never
//! compiled into the wasm: writing each page's HTML from the app's pre-rendered pages
//! (`sbc_guide::app::render`), the boot modules, the service worker, the bundled stylesheet,
//! and renaming the wasm's imports.

pub mod site;
pub mod wasm_names;
