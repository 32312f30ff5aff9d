use crate::components::page_heading::PageHeading;
use crate::route::Route;
use leptos::prelude::*;

/// Shown for any address the guide does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading text="Page not found"/>
        <p>"We could not find that page. If you typed the web address, check it is correct. The page may also have moved."</p>
        <p>"You can go to the " <a class="app-link" href=Route::Home.href()>"home page"</a>
            " or see " <a class="app-link" href="guide/urgent-symptoms/">"symptoms to report urgently"</a> "."</p>
    }
}
