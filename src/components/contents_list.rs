use crate::content::{self, words};
use crate::route::Route;
use leptos::prelude::*;

/// The NHS contents list: every page of the guide, the current one marked and not a link.
#[component]
pub fn ContentsList(current: usize) -> impl IntoView {
    view! {
        <nav class="app-contents-list" aria-label=words::contents_list::LABEL>
            <h2 class="app-u-visually-hidden">{words::contents_list::HEADING}</h2>
            <ol class="app-contents-list__list">
                {content::guide()
                    .iter()
                    .enumerate()
                    .map(|(index, section)| {
                        if index == current {
                            view! {
                                <li class="app-contents-list__item" aria-current="page">
                                    <span class="app-contents-list__current">{section.short_title}</span>
                                </li>
                            }
                            .into_any()
                        } else {
                            view! {
                                <li class="app-contents-list__item">
                                    <a class="app-contents-list__link" href=Route::Guide(index).href()>
                                        {section.short_title}
                                    </a>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
