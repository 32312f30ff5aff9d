use crate::content::pages::{PAGES, TOPICS};
use crate::content::words;
use crate::route::Route;
use leptos::prelude::*;

/// The guide's topics, each a link to its place on the contents page with its one-line
/// summary: the home page's way into the guide.
#[component]
pub fn TopicList() -> impl IntoView {
    view! {
        <ul class="app-guide-list">
            {TOPICS
                .iter()
                .map(|topic| view! {
                    <li class="app-guide-list__item">
                        <h3 class="app-guide-list__heading">
                            <a class="app-guide-list__link" href=format!("{}#{}", Route::GuideIndex.href(), topic.anchor())>{topic.title}</a>
                        </h3>
                        <p class="app-guide-list__summary">{topic.summary}</p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

/// The contents page's body: each topic as a section (its heading is where the home page and
/// the breadcrumb lead), with its pages and their summaries. A topic's pages about the end of
/// life wait in a closed group with a gentle line, so they are there for whoever looks for them
/// and in front of nobody else.
#[component]
pub fn TopicSections() -> impl IntoView {
    TOPICS
        .iter()
        .map(|topic| {
            let (later, pages): (Vec<usize>, Vec<usize>) =
                topic.pages.iter().partition(|&&p| PAGES[p].end_of_life);
            view! {
                <section class="app-topic" aria-labelledby=topic.anchor()>
                    <h2 class="app-topic__heading" id=topic.anchor()>{topic.title}</h2>
                    <p class="app-topic__summary">{topic.summary}</p>
                    {page_list(pages)}
                    {(!later.is_empty()).then(|| view! {
                        <details class="app-details">
                            <summary class="app-details__summary">
                                <span class="app-details__summary-text">{words::guide_index::END_OF_LIFE}</span>
                            </summary>
                            <div class="app-details__text">
                                <p>{words::guide_index::END_OF_LIFE_INTRO}</p>
                                {page_list(later)}
                            </div>
                        </details>
                    })}
                </section>
            }
        })
        .collect_view()
}

fn page_list(pages: Vec<usize>) -> impl IntoView {
    view! {
        <ul class="app-guide-list">
            {pages
                .into_iter()
                .map(|index| view! {
                    <li class="app-guide-list__item">
                        <h3 class="app-guide-list__heading">
                            <a class="app-guide-list__link" href=Route::Guide(index).href()>{PAGES[index].title}</a>
                        </h3>
                        <p class="app-guide-list__summary">{summary(index)}</p>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

/// A page's summary, from its words (the contents page is drawn only by the build).
fn summary(index: usize) -> &'static str {
    crate::content::guide()[index].summary
}

/// The way to the glossary, with what it holds, from the home page and the contents page.
#[component]
pub fn GlossaryLink() -> impl IntoView {
    view! {
        <p class="app-glossary-link">
            <a class="app-link" href=Route::Glossary.href()>{words::page_names::GLOSSARY}</a>
            ": "
            {words::page_descriptions::GLOSSARY}
        </p>
    }
}
