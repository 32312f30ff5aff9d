//! The app shell: navigation context, app-wide state and the layout around each page.

use crate::components::{
    footer::Footer, header::Header, skip_link::SkipLink, update_notice::UpdateNotice,
};
use crate::deployment::ConfigState;
use crate::navigation::Navigation;
use crate::offline::Offline;
use crate::preferences::{self, Preferences};
use crate::route::Route;
use crate::saved::Saved;
use crate::storage::{PREFERENCES_FORMAT, PREFERENCES_KEY};
use leptos::prelude::*;

/// Draws the page for a route. Each wasm bundle passes its own (see `pages::bundle`), so a
/// bundle holds only the code of its own pages.
pub type PageView = fn(Route) -> AnyView;

/// The whole app, showing `route`. The same tree is rendered to HTML at build time (with nothing
/// saved and no hospital settings) and then in the browser, which takes over that HTML.
#[component]
pub fn App(route: Route, page: PageView, #[prop(optional)] embed: bool) -> impl IntoView {
    let nav = Navigation::provide(route, embed);
    // Every page follows the person's settings, including changes made in another tab.
    let preferences = Saved::<Preferences>::load(PREFERENCES_KEY, PREFERENCES_FORMAT);
    provide_context(preferences);
    // The pre-paint script already set these from storage; this keeps them in step with every
    // change (and covers storage that script could not read).
    Effect::new(move |_| preferences.value.with(preferences::apply));
    // The hospital's settings file, read once in the background; pages show what it gave.
    let config = RwSignal::new(ConfigState::Loading);
    provide_context(config);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move { config.set(crate::deployment::load().await) });
    let offline = Offline::start(config);
    if nav.embed {
        crate::embed::report_height();
    }
    view! {
        <div class="app-page" on:click=move |ev| nav.on_click(ev)>
            <SkipLink/>
            <UpdateNotice offline/>
            {(!nav.embed).then(|| view! { <Header/> })}
            <div class="app-width-container">
                <main class="app-main" id="main" tabindex="-1">
                    {page(nav.route)}
                </main>
            </div>
            {(!nav.embed).then(|| view! { <Footer/> })}
        </div>
    }
}
