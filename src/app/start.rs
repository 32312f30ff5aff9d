//! Starting the app on the page the browser opened.
//!
//! Every page arrives as HTML the build drew from the same components, so its words are on
//! screen before the wasm arrives. A bundle then takes over in one of two ways (`TakeOver`):
//! - a **tool** page (benefits, support, care team, settings, your data), drawn mostly from what
//!   is saved, has the whole of `main` drawn again, live, and swapped in, with the parts that
//!   are the same for everyone kept as built (`components::kept`);
//! - a **reading** page (home, the guide) stays as built, and only its few parts that differ per
//!   person or per day (`components::island`) are drawn again, so the guide's words never enter
//!   the wasm (docs/decisions/0008).
//!
//! Either way the layout around `main` (header, footer) stays as built, and what the person did
//! before the app started is carried over (`browser::takeover`).

use crate::app::PageView;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// How a bundle takes over the pre-rendered page.
#[derive(Clone, Copy)]
pub enum TakeOver {
    /// Draws `main` again from the bundle's view of its pages.
    Page(PageView),
    /// Leaves `main` as built and draws only its islands again.
    Islands,
}

/// Starts the app in the browser. The work is split into short tasks, so a slow phone never
/// stalls on one long one: the shared state now; then, for a tool page, the page drawn off
/// screen, and the swap (with what the person did meanwhile carried over) in one more task, so
/// nothing is painted in between. Then the page is marked as running and the boot module is
/// told (`contracts::READY_EVENT`).
#[cfg(target_arch = "wasm32")]
pub fn start(take_over: TakeOver) {
    use crate::app::Shell;
    use crate::browser::navigation;
    use leptos::prelude::*;
    let Some(main) = element::<web_sys::HtmlElement>("main") else {
        return ready();
    };
    let route = navigation::current_route();
    let embed = navigation::embed_requested();
    // The "cannot work here" notice goes: this browser can. In embed mode the host
    // page has its own footer (the stylesheet already hid ours); the header stays, shrunk by the
    // stylesheet to its "Urgent help" link.
    remove_all(if embed {
        "#app-fallback,.app-footer"
    } else {
        "#app-fallback"
    });
    // Leptos starts its task executor when it first mounts; the shared state spawns a task
    // (reading the settings file) before that. An error only means it was already started.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // One owner for the shared state, parent of every part drawn below; it lives as long as
    // the page.
    let owner = Owner::new();
    let shell = owner.with(|| Shell::provide(route, embed));
    // A host that answers an unknown address with another page (some do, for every address)
    // sent a page that is not this address's: a reading page cannot be kept as built then.
    let take_over = match take_over {
        TakeOver::Islands
            if main.get_attribute(crate::contracts::PAGE_ATTRIBUTE) != Some(route.path()) =>
        {
            TakeOver::Page(crate::pages::not_found)
        }
        other => other,
    };
    match take_over {
        TakeOver::Page(page) => later(move || {
            let Some(live) = element_new("div") else {
                return ready();
            };
            owner.with(|| leptos::mount::mount_to(live.clone(), move || page(route)).forget());
            later(move || {
                owner.with(|| {
                    swap_in(&main, &live);
                    draw_slots(shell);
                });
                std::mem::forget(owner);
                ready();
            });
        }),
        TakeOver::Islands => later(move || {
            owner.with(|| {
                draw_islands(&main);
                draw_slots(shell);
            });
            std::mem::forget(owner);
            ready();
        }),
    }
}

/// Replaces the pre-rendered page in `main` with the live one drawn in `live`, carrying over
/// what the person did.
#[cfg(target_arch = "wasm32")]
fn swap_in(main: &web_sys::HtmlElement, live: &web_sys::HtmlElement) {
    use crate::browser::takeover;
    let snapshot = takeover::Snapshot::take(main);
    let put_back = takeover::keep(main);
    main.set_text_content(None);
    while let Some(child) = live.first_child() {
        let _ = main.append_child(&child);
    }
    put_back(main);
    snapshot.restore(main);
}

/// Draws each island of the pre-rendered page in `main` again, in place, carrying over what the
/// person did inside it. An island this build does not know (none should exist: each is
/// `Island`'s code) stays as built.
#[cfg(target_arch = "wasm32")]
fn draw_islands(main: &web_sys::HtmlElement) {
    use crate::browser::takeover;
    use crate::components::island::Island;
    use crate::contracts::ISLAND_ATTRIBUTE;
    for part in takeover::each(main, &format!("[{ISLAND_ATTRIBUTE}]")) {
        let Some(island) = part
            .get_attribute(ISLAND_ATTRIBUTE)
            .and_then(|code| Island::from_code(&code))
        else {
            continue;
        };
        let Ok(part) = part.dyn_into::<web_sys::HtmlElement>() else {
            continue;
        };
        let snapshot = takeover::Snapshot::take(&part);
        part.set_text_content(None);
        leptos::mount::mount_to(part.clone(), move || island.draw()).forget();
        snapshot.restore(&part);
    }
}

/// Draws the two slots outside `main`: the "new version" notice and the footer's "Report a
/// mistake" link.
#[cfg(target_arch = "wasm32")]
fn draw_slots(shell: crate::app::Shell) {
    use crate::components::{report_link::ReportLink, update_notice::UpdateNotice};
    use crate::contracts::{REPORT_SLOT, UPDATE_SLOT};
    use leptos::mount::mount_to;
    use leptos::prelude::*;
    if let Some(update) = element::<web_sys::HtmlElement>(UPDATE_SLOT) {
        let offline = shell.offline;
        mount_to(update, move || view! { <UpdateNotice offline/> }).forget();
    }
    if let Some(report) = element::<web_sys::HtmlElement>(REPORT_SLOT) {
        mount_to(report, ReportLink).forget();
    }
}

#[cfg(target_arch = "wasm32")]
fn remove_all(selector: &str) {
    let document = leptos::prelude::document();
    let Ok(old) = document.query_selector_all(selector) else {
        return;
    };
    for i in 0..old.length() {
        if let Some(el) = old
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            el.remove();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn element<T: JsCast>(id: &str) -> Option<T> {
    leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<T>().ok())
}

#[cfg(target_arch = "wasm32")]
fn element_new(tag: &str) -> Option<web_sys::HtmlElement> {
    leptos::prelude::document()
        .create_element(tag)
        .ok()
        .and_then(|el| el.dyn_into().ok())
}

/// Runs `f` in a task of its own, after what is waiting (input, rendering).
#[cfg(target_arch = "wasm32")]
fn later(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = leptos::prelude::window().set_timeout_with_callback(callback.unchecked_ref());
}

/// Marks the page as running (`html[data-app="ready"]`: the stylesheet shows the parts drawn
/// from saved data) and tells the boot module, which then repeats any tap made before.
#[cfg(target_arch = "wasm32")]
fn ready() {
    use crate::contracts::{APP_STATE_ATTRIBUTE, READY_EVENT};
    let document = leptos::prelude::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(APP_STATE_ATTRIBUTE, "ready");
    }
    if let Ok(event) = web_sys::Event::new(READY_EVENT) {
        let _ = document.dispatch_event(&event);
    }
}

/// The entry points are browser programs; built natively (by `cargo test`) they only say so.
#[cfg(not(target_arch = "wasm32"))]
pub fn start(_take_over: TakeOver) {
    eprintln!("This is the browser app: build it with Trunk (see the README).");
}
