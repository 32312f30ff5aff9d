use crate::browser::navigation::use_navigation;
use crate::content::words;
use leptos::prelude::*;

/// The first thing a keyboard user reaches: jumps past the header to the page's content.
/// The page's own address plus "#main": with a `<base href>`, a bare "#main" would lead to the
/// home page. Where JavaScript runs, the boot module (src/boot-body.js) moves focus to `main`
/// instead of following the link, so an address with a search in it is kept.
#[component]
pub fn SkipLink() -> impl IntoView {
    let href = format!("{}#main", use_navigation().route.href());
    view! { <a class="app-skip-link" href=href>{words::skip_link::TEXT}</a> }
}
