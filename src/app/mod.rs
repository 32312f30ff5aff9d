//! The app shell: what every page shares, and the layout around each page.
//!
//! The layout (skip link, header, footer) is the same on every visit, so it is drawn once, at
//! build time, into each page's HTML. In the browser the app draws only what can change: the
//! page inside `main` (or, on a reading page, only its islands), the "new version" notice and
//! the footer's "Report a mistake" link (see `start`). Leaving the layout's view code out of the wasm keeps every page's first
//! load about 15 KB smaller.

#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod start;

use crate::browser::navigation::Navigation;
use crate::browser::offline::Offline;
use crate::components::{
    breadcrumb::Breadcrumb, footer::Footer, header::Header, skip_link::SkipLink,
};
use crate::contracts::UPDATE_SLOT;
use crate::domain::deployment::ConfigState;
use crate::route::Route;
use crate::state::preferences::{self, Preferences};
use crate::state::saved::Saved;
use leptos::prelude::*;

/// Draws the page for a route. Each wasm bundle passes its own (see `Route::bundle`), so a
/// bundle holds only the code of its own pages.
pub type PageView = fn(Route) -> AnyView;

/// What every page shares, provided as contexts: where the person is, their saved
/// preferences, the hospital's settings file and the offline copy.
#[derive(Clone, Copy)]
pub struct Shell {
    pub nav: Navigation,
    pub config: RwSignal<ConfigState>,
    pub offline: Offline,
}

impl Shell {
    /// Provides the shared state to the current owner and, in the browser, starts what runs in
    /// the background (reading the settings file, the offline copy, following preferences).
    pub fn provide(route: Route, embed: bool) -> Shell {
        let nav = Navigation::provide(route, embed);
        // Every page follows the person's settings, including changes made in another tab.
        let preferences = Saved::<Preferences>::load();
        provide_context(preferences);
        // The pre-paint script already set these from storage; this keeps them in step with
        // every change (and covers storage that script could not read).
        Effect::new(move |_| preferences.value.with(preferences::apply));
        // The hospital's settings file, read once in the background; pages show what it gave.
        let config = RwSignal::new(ConfigState::Loading);
        provide_context(config);
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            config.set(crate::browser::settings_file::load().await)
        });
        let offline = Offline::start(config);
        Shell {
            nav,
            config,
            offline,
        }
    }
}

/// The whole page for `route`, as the build writes it: the same page a first visit sees, with
/// nothing saved and no hospital settings. The browser then draws `main` and the two slots
/// again from what is saved.
#[component]
pub fn App(route: Route, page: PageView) -> impl IntoView {
    Shell::provide(route, false);
    view! {
        <div class="app-page">
            <SkipLink/>
            <div id=UPDATE_SLOT></div>
            <Header/>
            <div class="app-width-container">
                <Breadcrumb route/>
                // `data-app-page` is `contracts::PAGE_ATTRIBUTE`.
                <main class="app-main" id="main" tabindex="-1" data-app-page=route.path()>
                    {page(route)}
                </main>
            </div>
            <Footer/>
        </div>
    }
}
