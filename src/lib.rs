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
pub mod json;
pub mod navigation;
pub mod offline;
pub mod order;
pub mod pages;
pub mod preferences;
pub mod route;
pub mod saved;
pub mod search;
#[cfg(not(target_arch = "wasm32"))]
pub mod sitegen;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
pub mod your_data;

pub use app::{App, PageView};

/// Starts the app on the page the browser opened: draws it live and swaps it in for the
/// pre-rendered HTML in one task (see `takeover`), then marks the page as running.
#[cfg(target_arch = "wasm32")]
pub fn start(page: PageView) {
    use leptos::prelude::*;
    let document = document();
    let route = navigation::current_route();
    let embed = navigation::embed_requested();
    // The old page goes with everything in it, the "cannot work in this browser" notice too.
    let old = document.query_selector("body > .app-page").ok().flatten();
    let snapshot = old.as_ref().map(takeover::Snapshot::take);
    if let Some(old) = &old {
        old.remove();
    }
    leptos::mount::mount_to_body(move || view! { <App route page embed/> });
    if let (Some(snapshot), Some(live)) = (
        snapshot,
        document.query_selector("body > .app-page").ok().flatten(),
    ) {
        snapshot.restore(&live);
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The entry points are browser programs; built natively (by `cargo test`) they only say so.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_page: PageView) {
    eprintln!("This is the browser app: build it with Trunk (see the README).");
}
