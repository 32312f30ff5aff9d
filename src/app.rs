//! The app shell: navigation context, layout and the view for each route.

use crate::components::{footer::Footer, header::Header, skip_link::SkipLink};
use crate::navigation::Navigation;
use crate::pages::{
    guide::GuidePage, guide_index::GuideIndexPage, home::HomePage, not_found::NotFoundPage,
};
use crate::route::Route;
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let nav = Navigation::provide();
    // Every page has its own title, so tabs, history and screen readers can tell them apart.
    Effect::new(move |_| document().set_title(&nav.route.get().document_title()));
    view! {
        <div class="app-page" on:click=move |ev| nav.on_click(ev)>
            <SkipLink/>
            <Header/>
            <div class="app-width-container">
                <main class="app-main" id="main" tabindex="-1">
                    {move || match nav.route.get() {
                        Route::Home => view! { <HomePage/> }.into_any(),
                        Route::GuideIndex => view! { <GuideIndexPage/> }.into_any(),
                        Route::Guide(index) => view! { <GuidePage index/> }.into_any(),
                        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                    }}
                </main>
            </div>
            <Footer/>
        </div>
    }
}
