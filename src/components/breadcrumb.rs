use crate::content::pages::{PAGES, TOPICS};
use crate::content::words;
use crate::route::Route;
use leptos::prelude::*;

/// The NHS breadcrumb above a guide page: home, the guide's contents, the page's topic (its
/// place on the contents page); on the glossary, home and the guide. On a narrow screen only "Back to <topic>" shows, as on NHS.UK.
/// Drawn before `main`, so "Skip to main content" passes it. Nothing for other pages.
#[component]
pub fn Breadcrumb(route: Route) -> impl IntoView {
    trail(route)
}

fn trail(route: Route) -> Option<impl IntoView> {
    let trail: Vec<(String, &'static str)> = match route {
        Route::GuideIndex => vec![(Route::Home.href(), words::page_names::HOME)],
        Route::Glossary => vec![
            (Route::Home.href(), words::page_names::HOME),
            (Route::GuideIndex.href(), words::page_names::GUIDE),
        ],
        Route::Guide(index) => {
            let topic = &TOPICS[PAGES[index].topic];
            vec![
                (Route::Home.href(), words::page_names::HOME),
                (Route::GuideIndex.href(), words::page_names::GUIDE),
                (
                    format!("{}#{}", Route::GuideIndex.href(), topic.anchor()),
                    topic.title,
                ),
            ]
        }
        _ => Vec::new(),
    };
    let (back_href, back_name) = trail.last().cloned()?;
    Some(view! {
        <nav class="app-breadcrumb" aria-label=words::breadcrumb::LABEL>
            <ol class="app-breadcrumb__list">
                {trail
                    .into_iter()
                    .map(|(href, name)| view! {
                        <li class="app-breadcrumb__item">
                            <a class="app-breadcrumb__link" href=href>{name}</a>
                        </li>
                    })
                    .collect_view()}
            </ol>
            <p class="app-breadcrumb__back">
                <a class="app-breadcrumb__backlink" href=back_href>
                    <span class="app-u-visually-hidden">{words::breadcrumb::BACK}</span>
                    {back_name}
                </a>
            </p>
        </nav>
    })
}
