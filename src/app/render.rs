//! The app drawn to HTML natively, for the build (`crates/sitegen`) and the content tests:
//! the same components the browser runs, rendered as a first visit sees them.

use crate::route::Route;
use leptos::prelude::*;

/// The page at `route` as HTML (the `div.app-page` inside `body`): nothing saved, no
/// hospital settings yet. The browser takes it over (see `app::start`).
pub fn render_page(route: Route) -> String {
    let context = hydration_context::SsrSharedContext::new();
    let owner = Owner::new_root(Some(std::sync::Arc::new(context)));
    let html = owner.with(|| view! { <crate::app::App route page=crate::pages::all/> }.to_html());
    // `<!>` marks where hydration would attach; the browser draws again instead.
    html.replace("<!>", "")
}

/// The "Parts of this guide cannot work here" notice, as every page carries it
/// (`components::fallback`).
pub fn render_fallback() -> String {
    let owner = Owner::new_root(None);
    let html = owner.with(|| view! { <crate::components::fallback::Fallback/> }.to_html());
    html.replace("<!>", "")
}
