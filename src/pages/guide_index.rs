use crate::components::guide_list::GuideList;
use crate::components::page_heading::PageHeading;
use crate::content::words;
use leptos::prelude::*;

/// All parts of the guide on one page, each with what it covers.
#[component]
pub fn GuideIndexPage() -> impl IntoView {
    view! {
        <PageHeading text=words::page_names::GUIDE/>
        <p class="app-lede">{words::guide_index::LEDE}</p>
        <GuideList heading_level=2/>
    }
}
