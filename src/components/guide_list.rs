use crate::content;
use crate::route::Route;
use leptos::prelude::*;

/// Every part of the guide as a link with its one-line summary. `heading_level` keeps the
/// outline right: 2 on a page of its own, 3 under a section heading.
#[component]
pub fn GuideList(heading_level: u8) -> impl IntoView {
    view! {
        <ol class="app-guide-list">
            {content::guide()
                .iter()
                .enumerate()
                .map(|(index, section)| view! {
                    <li class="app-guide-list__item">
                        {heading(heading_level, view! {
                            <a class="app-guide-list__link" href=Route::Guide(index).href()>{section.title}</a>
                        })}
                        <p class="app-guide-list__summary">{section.summary}</p>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}

fn heading(level: u8, link: impl IntoView + 'static) -> AnyView {
    if level <= 2 {
        view! { <h2 class="app-guide-list__heading">{link}</h2> }.into_any()
    } else {
        view! { <h3 class="app-guide-list__heading">{link}</h3> }.into_any()
    }
}
