use crate::navigation::{focus_main, use_navigation};
use leptos::prelude::*;

/// The first thing a keyboard user reaches: jumps past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    // The page's own address plus "#main": with a `<base href>`, a bare "#main" would lead to
    // the home page. Before the app starts, the browser's own fragment navigation does the job.
    // In the browser the address is the one actually open (it may carry a query).
    let href = if cfg!(target_arch = "wasm32") {
        let location = window().location();
        format!(
            "{}{}#main",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        format!("{}#main", use_navigation().route.href())
    };
    view! {
        <a
            class="app-skip-link"
            href=href
            on:click=|ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            "Skip to main content"
        </a>
    }
}
