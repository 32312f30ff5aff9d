//! The Secondary Breast Cancer Guide: a client-side Leptos app.
//!
//! `content` holds the words as typed data and `route` the pages and their addresses: both are
//! plain Rust with native tests. `navigation`, `clock`, `components`, `pages` and `app` bind them
//! to the browser.

pub mod app;
pub mod checklist;
pub mod clock;
pub mod components;
pub mod contacts;
pub mod content;
pub mod deployment;
pub mod directory;
pub mod embed;
pub mod files;
pub mod navigation;
pub mod offline;
pub mod pages;
pub mod preferences;
pub mod route;
pub mod saved;
pub mod search;
#[cfg(not(target_arch = "wasm32"))]
pub mod sitegen;
pub mod storage;
pub mod your_data;

pub use app::App;

/// Starts the app: removes the static fallback that `index.html` shows until now (helplines and
/// urgent symptoms for browsers that cannot run the app) and mounts the app in its place.
pub fn start() {
    if let Some(fallback) = leptos::prelude::document().get_element_by_id("app-fallback") {
        fallback.remove();
    }
    leptos::mount::mount_to_body(App);
}
