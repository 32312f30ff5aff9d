use crate::browser::navigation::use_navigation;
use crate::content::pages::{index_of, PAGES};
use crate::content::{site, words};
use crate::route::Route;
use leptos::prelude::*;

/// The site header: the service name, "Urgent help" (one tap to the 999 card from every page,
/// at every width, in embed mode too) and the main navigation, marking where the reader is. On
/// narrow screens the navigation waits behind "Menu" (opened and closed by
/// `public/apply-preferences.js`, so it works before the app has started).
#[component]
pub fn Header() -> impl IntoView {
    let nav = use_navigation();
    let urgent_index = index_of("urgent-symptoms");
    let urgent = urgent_index.map_or(Route::NotFound, Route::Guide);
    // The urgent page is named as its own front matter names it (one label per thing).
    let urgent_name = urgent_index.map_or("", |i| PAGES[i].short_title);
    let items = [
        (Route::Home, words::page_names::HOME),
        (Route::GuideIndex, words::page_names::GUIDE),
        (urgent, urgent_name),
        (Route::Support, words::page_names::SUPPORT),
        (Route::Benefits, words::page_names::BENEFITS),
        (Route::Settings, words::page_names::SETTINGS),
    ];
    view! {
        <header class="app-header">
            <div class="app-width-container app-header__container">
                <a class="app-header__service" href=Route::Home.href()>{words::site::SERVICE_NAME}</a>
                <a class="app-header__urgent" href=format!("{}#{}", urgent.href(), site::CALL_999_ID)>
                    {words::header::URGENT_HELP}
                </a>
                <button
                    class=site::MENU_TOGGLE_CLASS
                    type="button"
                    aria-expanded="false"
                    aria-controls=site::MENU_ID
                >
                    {words::header::MENU}
                </button>
            </div>
            <nav class="app-header__navigation" id=site::MENU_ID aria-label=words::header::MENU_LABEL>
                <ul class="app-width-container app-header__navigation-list">
                    {items
                        .into_iter()
                        .map(|(route, label)| {
                            // "page" for the page itself; "true" for a page under it (a guide page under "The
                            // guide", the care team page under "Support and contacts").
                            let current = move || {
                                let here = nav.route;
                                if here == route {
                                    Some("page")
                                } else if (route == Route::GuideIndex
                                    && (here == Route::Glossary
                                        || matches!(here, Route::Guide(i) if Route::Guide(i) != urgent)))
                                    || (route == Route::Support && here == Route::CareTeam)
                                {
                                    Some("true")
                                } else {
                                    None
                                }
                            };
                            view! {
                                <li class="app-header__navigation-item">
                                    <a class="app-header__navigation-link" href=route.href() aria-current=current>
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
