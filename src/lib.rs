//! The Secondary Breast Cancer Guide: a client-side Leptos app.
//!
//! The layers, each a folder whose module doc says what it may use:
//! - `content` (the words as typed data, from `content/`), `route` (the pages and their
//!   addresses), `json` and `contracts` (strings shared with scripts and stylesheets): the
//!   foundation, plain Rust.
//! - `domain`: the guide's rules, plain Rust, tested natively.
//! - `state`: what is kept about the person (local storage, preferences, export and import).
//! - `browser`: glue to the browser (address, offline copy, embedding, files, take-over).
//! - `components`, `pages`, `app`: the screens, which only bind state to markup.
//! - `build` (native only): pre-rendering and the build's other steps, run by `src/bin/sitegen.rs`.
//!
//! This file starts the app in the browser (`start`).

pub mod app;
pub mod browser;
#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod components;
pub mod content;
pub mod contracts;
pub mod domain;
pub mod json;
pub mod pages;
pub mod route;
pub mod state;

pub use app::{App, PageView};

/// Talc instead of Rust's default wasm allocator (dlmalloc), without reallocating in place:
/// measured 0.4 to 0.6 KB gzip less on every page (the support page needed it to stay within
/// its 150 KB first load); the app allocates little, so speed is not the question.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts the app on the page the browser opened. The layout around the page stays as the build
/// wrote it; the page inside `main` is drawn again, live, from what is saved, and swapped in.
/// The work is split into three short tasks, so a slow phone never stalls on one long one:
/// the shared state now, the page drawn off screen next, then the swap (with what the person
/// did meanwhile carried over: see `takeover`) in one task, so nothing is painted in between.
/// Then the page is marked as running and the boot module is told.
#[cfg(target_arch = "wasm32")]
pub fn start(page: PageView) {
    use crate::app::Shell;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let document = document();
    let Some(main) = element::<web_sys::HtmlElement>("main") else {
        return ready();
    };
    use crate::browser::{embed, navigation};
    let route = navigation::current_route();
    let embed = navigation::embed_requested();
    // The "cannot work in this browser" notice goes: this browser can. In embed mode the host
    // page has its own footer (the stylesheet already hid ours); the header stays, shrunk by the
    // stylesheet to its "Urgent help" link.
    let leaving = if embed {
        "#app-fallback,.app-footer"
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
    let shell = owner.with(|| Shell::provide(route, embed));
    if embed {
        navigation::keep_embed_on_links(shell.nav);
        embed::report_height();
    }
    later(move || {
        let Some(live) = document
            .create_element("div")
            .ok()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return ready();
        };
        owner.with(|| leptos::mount::mount_to(live.clone(), move || page(route)).forget());
        later(move || {
            owner.with(|| swap_in(&main, &live, shell));
            std::mem::forget(owner);
            ready();
        });
    });
}

/// Replaces the pre-rendered page in `main` with the live one drawn in `live`, carrying over
/// what the person did, and draws the two slots outside `main`.
#[cfg(target_arch = "wasm32")]
fn swap_in(main: &web_sys::HtmlElement, live: &web_sys::HtmlElement, shell: app::Shell) {
    use crate::app::{REPORT_SLOT, UPDATE_SLOT};
    use crate::browser::takeover;
    use crate::components::{report_link::ReportLink, update_notice::UpdateNotice};
    use leptos::mount::mount_to;
    use leptos::prelude::*;
    let snapshot = takeover::Snapshot::take(main);
    let put_back = takeover::keep(main);
    main.set_text_content(None);
    while let Some(child) = live.first_child() {
        let _ = main.append_child(&child);
    }
    put_back(main);
    snapshot.restore(main);
    if let Some(update) = element::<web_sys::HtmlElement>(UPDATE_SLOT) {
        let offline = shell.offline;
        mount_to(update, move || view! { <UpdateNotice offline/> }).forget();
    }
    if let Some(report) = element::<web_sys::HtmlElement>(REPORT_SLOT) {
        mount_to(report, ReportLink).forget();
    }
}

#[cfg(target_arch = "wasm32")]
fn element<T: wasm_bindgen::JsCast>(id: &str) -> Option<T> {
    use wasm_bindgen::JsCast;
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<T>().ok())
}

/// Runs `f` in a task of its own, after what is waiting (input, rendering).
#[cfg(target_arch = "wasm32")]
fn later(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = leptos::prelude::window().set_timeout_with_callback(callback.unchecked_ref());
}

/// Marks the page as running (`html[data-app="ready"]`: the stylesheet shows the parts drawn
/// from saved data) and tells the boot module, which then repeats any tap made before.
#[cfg(target_arch = "wasm32")]
fn ready() {
    let document = leptos::prelude::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(contracts::APP_STATE_ATTRIBUTE, "ready");
    }
    if let Ok(event) = web_sys::Event::new(READY_EVENT) {
        let _ = document.dispatch_event(&event);
    }
}

/// The event the boot module (src/boot-body.js) waits for.
pub const READY_EVENT: &str = "sbc-guide:ready";

/// The entry points are browser programs; built natively (by `cargo test`) they only say so.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_page: PageView) {
    eprintln!("This is the browser app: build it with Trunk (see the README).");
}
