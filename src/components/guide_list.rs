use crate::content;
use crate::route::Route;
use leptos::prelude::*;

/// Every part of the guide as a link with its one-line summary.
#[component]
pub fn GuideList() -> impl IntoView {
    view! {
        <ol class="app-guide-list">
            {content::guide()
                .iter()
                .enumerate()
                .map(|(index, section)| view! {
                    <li class="app-guide-list__item">
                        <h3 class="app-guide-list__heading">
                            <a class="app-guide-list__link" href=Route::Guide(index).href()>{section.title}</a>
                        </h3>
                        <p class="app-guide-list__summary">{section.summary}</p>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}
