use crate::components::page_heading::PageHeading;
use crate::content::words;
use crate::route::Route;
use leptos::prelude::*;

/// Shown for any address the guide does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    // The links sit where the words say {home} and {urgent}; plain text, so no markup reader in
    // every bundle (measured: 2.2 KB of code).
    let (home_before, rest) =
        words::around(words::not_found::WAYS_ON, "home").unwrap_or((words::not_found::WAYS_ON, ""));
    let (urgent_before, urgent_after) = words::around(rest, "urgent").unwrap_or((rest, ""));
    view! {
        <PageHeading text=words::not_found::HEADING/>
        <p>{words::not_found::BODY}</p>
        <p>
            {home_before}<a class="app-link" href=Route::Home.href()>{words::not_found::HOME_LINK}</a>
            {urgent_before}<a class="app-link" href="guide/urgent-symptoms/">{words::not_found::URGENT_LINK}</a>{urgent_after}
        </p>
    }
}
