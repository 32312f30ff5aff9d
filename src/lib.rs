//! The Secondary Breast Cancer Guide: a client-side Leptos app.
//!
//! The layers, each a folder whose module doc says what it may use:
//! - `content` (the words as typed data, from `content/`), `route` (the pages and their
//!   addresses), `json` and `contracts` (strings shared with scripts and stylesheets): the
//!   foundation, plain Rust.
//! - `domain`: the guide's rules, plain Rust, tested natively.
//! - `state`: what is kept about the person (local storage, preferences, export and import).
//! - `browser`: glue to the browser (address, offline copy, embedding, files, take-over).
//! - `components`, `pages`: the screens, which only bind state to markup.
//! - `app`: the shell every page shares, and starting the app in the browser (`app::start`).
//! - The build's own steps (writing pages, boot modules, service worker) are not here: they are
//!   the `crates/sitegen` crate, so nothing of them can reach the wasm.
//!
//! Each wasm bundle (`src/main.rs`, `src/bundles/`) starts the app with `app::start`.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod contracts;
pub mod domain;
pub mod json;
pub mod pages;
pub mod route;
pub mod state;

/// Talc instead of Rust's default wasm allocator (dlmalloc), without reallocating in place:
/// measured 0.4 to 0.8 KB gzip less on every page (README, "Speed and size") (the support page needed it to stay within
/// its 150 KB first load); the app allocates little, so speed is not the question.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
