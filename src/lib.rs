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
pub mod id_map;
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
#[cfg(not(target_arch = "wasm32"))]
pub mod wasm_names;
pub mod your_data;

pub use app::{App, PageView};

/// Starts the app on the page the browser opened. The layout around the page stays as the build
/// wrote it; the page inside `main` is drawn again, live, from what is saved and swapped in
/// within one task (see `takeover`), then the page is marked as running.
#[cfg(target_arch = "wasm32")]
pub fn start(page: PageView) {
    use crate::app::{Shell, REPORT_SLOT, UPDATE_SLOT};
    use crate::components::{footer::ReportLink, update_notice::UpdateNotice};
    use leptos::mount::mount_to;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let document = document();
    let slot = |id: &str| {
        document
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let Some(main) = slot("main") else {
        return;
    };
    let route = navigation::current_route();
    let embed = navigation::embed_requested();
    // The "cannot work in this browser" notice goes: this browser can. In embed mode the host
    // page has its own header and footer (the stylesheet already hid ours).
    let leaving = if embed {
        "#app-fallback,.app-header,.app-footer"
    } else {
        "#app-fallback"
    };
    if let Ok(old) = document.query_selector_all(leaving) {
        for i in 0..old.length() {
            if let Some(el) = old
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                el.remove();
            }
        }
    }
    // Leptos starts its task executor when it first mounts; the shared state spawns a task
    // (reading the settings file) before that. An error only means it was already started.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // One owner for the shared state, parent of every part drawn below; it lives as long as
    // the page.
    let owner = Owner::new();
    owner.with(|| {
        let shell = Shell::provide(route, embed);
        if embed {
            navigation::keep_embed_on_links(shell.nav);
            embed::report_height();
        }
        let snapshot = takeover::Snapshot::take(&main);
        main.set_text_content(None);
        mount_to(main.clone(), move || page(route)).forget();
        snapshot.restore(&main);
        if let Some(update) = slot(UPDATE_SLOT) {
            let offline = shell.offline;
            mount_to(update, move || view! { <UpdateNotice offline/> }).forget();
        }
        if let Some(report) = slot(REPORT_SLOT) {
            mount_to(report, ReportLink).forget();
        }
    });
    std::mem::forget(owner);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The entry points are browser programs; built natively (by `cargo test`) they only say so.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_page: PageView) {
    eprintln!("This is the browser app: build it with Trunk (see the README).");
}
