use crate::components::page_heading::PageHeading;
use crate::components::{
    guide_list::{GlossaryLink, TopicList},
    rich_text::RichText,
    sources_list::SourcesList,
};
use crate::content::pages::{index_of, PAGES};
use crate::content::site::QUOTE_SOURCES;
use crate::content::{passages, words};
use crate::route::Route;
use leptos::prelude::*;

/// The home page: the leaflet's quote, what the guide is for, urgent help, and a way into every
/// topic of the guide and the benefits checklist.
#[component]
pub fn HomePage() -> impl IntoView {
    let urgent_index = index_of("urgent-symptoms");
    let urgent = urgent_index.map_or(Route::NotFound, Route::Guide);
    let urgent_title = urgent_index.map_or("", |i| PAGES[i].title);
    view! {
        <PageHeading text={words::site::SERVICE_NAME}/>
        <p class="app-lede">{words::home::LEAD}</p>
        <figure class="app-quote">
            <blockquote class="app-quote__text"><p>{words::home::QUOTE}</p></blockquote>
            <figcaption class="app-quote__cite">{words::home::QUOTE_CITE}</figcaption>
        </figure>
        {passages::home::INTRO.iter().map(|text| view! { <p><RichText text/></p> }).collect_view()}
        <div class="app-inset-text app-inset-text--urgent">
            <p><RichText text=passages::home::URGENT/></p>
            <p><a class="app-link" href=urgent.href()>{urgent_title}</a></p>
        </div>
        <h2>{words::topics::HEADING}</h2>
        <TopicList/>
        <GlossaryLink/>
        <h2>{words::home::MONEY_HEADING}</h2>
        <p><RichText text=passages::home::CHECKLIST/></p>
        <SourcesList sources=QUOTE_SOURCES/>
    }
}
