use crate::content::{words, Source};
use leptos::prelude::*;

/// Where the page's facts come from, so a reader or a reviewer can check them.
#[component]
pub fn SourcesList(sources: &'static [Source]) -> impl IntoView {
    view! {
        <section class="app-sources" aria-labelledby="app-sources-heading">
            <h2 class="app-sources__heading" id="app-sources-heading">{words::sources::HEADING}</h2>
            <SourceItems sources class="app-list app-list--bullet app-sources__list"/>
        </section>
    }
}

/// The list of sources itself: a link where the source has a web address, its title where it
/// is print only. Also used for each checklist item's own sources.
#[component]
pub fn SourceItems(sources: &'static [Source], class: &'static str) -> impl IntoView {
    view! {
        <ul class=class>
            {sources
                .iter()
                .map(|source| match source.url {
                    Some(url) => view! { <li><a class="app-link" href=url>{source.title}</a></li> }.into_any(),
                    None => view! { <li>{source.title}</li> }.into_any(),
                })
                .collect_view()}
        </ul>
    }
}
