use crate::components::guide_list::GuideList;
use crate::components::page_heading::PageHeading;
use leptos::prelude::*;

/// All parts of the guide on one page, each with what it covers.
#[component]
pub fn GuideIndexPage() -> impl IntoView {
    view! {
        <PageHeading text="The guide"/>
        <p class="app-lede">"Eight short parts. Read them in order, or go straight to what you need today."</p>
        <GuideList heading_level=2/>
    }
}
