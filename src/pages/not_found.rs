use crate::components::page_heading::PageHeading;
use crate::components::rich_text::RichText;
use crate::content::words;
use leptos::prelude::*;

/// Shown for any address the guide does not have.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading text=words::not_found::HEADING/>
        <p>{words::not_found::BODY}</p>
        <p><RichText text=words::not_found::WAYS_ON/></p>
    }
}
