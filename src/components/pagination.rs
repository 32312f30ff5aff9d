use crate::content::pages::{neighbours, PAGES, TOPICS};
use crate::content::words;
use crate::route::Route;
use leptos::prelude::*;

/// Previous and next links between the pages of one topic (NHS pagination pattern), never into
/// a page about the end of life (`pages::neighbours`). Nothing on a topic's only page.
#[component]
pub fn Pagination(current: usize) -> impl IntoView {
    let topic = &TOPICS[PAGES[current].topic];
    let (previous, next) = neighbours(&PAGES, topic, current);
    let link =
        |index: Option<usize>, modifier: &'static str, rel: &'static str, label: &'static str| {
            index.map(|index| {
                view! {
                    <li class=format!("app-pagination__item app-pagination__item--{modifier}")>
                        <a class="app-pagination__link" href=Route::Guide(index).href() rel=rel>
                            <span class="app-pagination__label">{label}</span>
                            <span class="app-u-visually-hidden">": "</span>
                            <span class="app-pagination__page">{PAGES[index].short_title}</span>
                        </a>
                    </li>
                }
            })
        };
    (previous.is_some() || next.is_some()).then(|| view! {
        <nav class="app-pagination" aria-label=words::fill(words::pagination::LABEL, "topic", topic.title)>
            <ul class="app-pagination__list">
                {link(previous, "previous", "prev", words::pagination::PREVIOUS)}
                {link(next, "next", "next", words::pagination::NEXT)}
            </ul>
        </nav>
    })
}
