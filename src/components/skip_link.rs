use crate::navigation::focus_main;
use leptos::prelude::*;

/// The first thing a keyboard user reaches: jumps past the header to the page's content.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="app-skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_main();
            }
        >
            "Skip to main content"
        </a>
    }
}
