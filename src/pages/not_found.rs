use crate::route::Route;
use leptos::prelude::*;

/// Shown for any address the guide does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 class="app-heading-xl" tabindex="-1">"Page not found"</h1>
        <p>"We could not find that page. If you typed the web address, check it is correct. The page may also have moved."</p>
        <p>"You can go to the " <a class="app-link" href=Route::Home.href()>"home page"</a>
            " or see " <a class="app-link" href="guide/urgent-symptoms/">"symptoms to report urgently"</a> "."</p>
    }
}
