use crate::content::{self, words};
use crate::route::Route;
use leptos::prelude::*;

/// Previous and next links between guide pages (NHS pagination pattern).
#[component]
pub fn Pagination(current: usize) -> impl IntoView {
    let pages = content::guide();
    let previous = current.checked_sub(1).map(|i| (i, &pages[i]));
    let next = pages.get(current + 1).map(|s| (current + 1, s));
    view! {
        <nav class="app-pagination" aria-label=words::pagination::LABEL>
            <ul class="app-pagination__list">
                {previous.map(|(index, section)| view! {
                    <li class="app-pagination__item app-pagination__item--previous">
                        <a class="app-pagination__link" href=Route::Guide(index).href() rel="prev">
                            <span class="app-pagination__label">{words::pagination::PREVIOUS}</span>
                            <span class="app-u-visually-hidden">": "</span>
                            <span class="app-pagination__page">{section.short_title}</span>
                        </a>
                    </li>
                })}
                {next.map(|(index, section)| view! {
                    <li class="app-pagination__item app-pagination__item--next">
                        <a class="app-pagination__link" href=Route::Guide(index).href() rel="next">
                            <span class="app-pagination__label">{words::pagination::NEXT}</span>
                            <span class="app-u-visually-hidden">": "</span>
                            <span class="app-pagination__page">{section.short_title}</span>
                        </a>
                    </li>
                })}
            </ul>
        </nav>
    }
}
