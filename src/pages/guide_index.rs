use crate::components::guide_list::{GlossaryLink, TopicSections};
use crate::components::page_heading::PageHeading;
use crate::content::words;
use leptos::prelude::*;

/// The guide's contents: every topic, each with its pages and what each covers.
#[component]
pub fn GuideIndexPage() -> impl IntoView {
    view! {
        <PageHeading text=words::page_names::GUIDE/>
        <p class="app-lede">{words::guide_index::LEDE}</p>
        <GlossaryLink/>
        <TopicSections/>
    }
}
