use crate::content::pages::{PAGES, TOPICS};
use crate::content::words;
use crate::route::Route;
use leptos::prelude::*;

/// The NHS contents list: the pages of the current page's topic, the current one marked and not
/// a link. A page about the end of life is listed only on such a page (elsewhere a person
/// reaches one by choosing it on the contents page). Nothing when the topic has one page.
#[component]
pub fn ContentsList(current: usize) -> impl IntoView {
    let topic = &TOPICS[PAGES[current].topic];
    let listed: Vec<usize> = topic
        .pages
        .iter()
        .copied()
        .filter(|&p| p == current || !PAGES[p].end_of_life || PAGES[current].end_of_life)
        .collect();
    (listed.len() > 1).then(|| view! {
        <nav class="app-contents-list" aria-label=words::fill(words::contents_list::LABEL, "topic", topic.title)>
            <h2 class="app-u-visually-hidden">{words::contents_list::HEADING}</h2>
            <ol class="app-contents-list__list">
                {listed
                    .into_iter()
                    .map(|index| {
                        let name = PAGES[index].short_title;
                        if index == current {
                            view! {
                                <li class="app-contents-list__item" aria-current="page">
                                    <span class="app-contents-list__current">{name}</span>
                                </li>
                            }
                            .into_any()
                        } else {
                            view! {
                                <li class="app-contents-list__item">
                                    <a class="app-contents-list__link" href=Route::Guide(index).href()>{name}</a>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    })
}
