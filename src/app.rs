//! The app shell: navigation context, layout and the view for each route.

use crate::checklist::Checklist;
use crate::components::{
    footer::Footer, header::Header, skip_link::SkipLink, update_notice::UpdateNotice,
};
use crate::contacts::Contacts;
use crate::deployment::{self, ConfigState};
use crate::navigation::Navigation;
use crate::offline::Offline;
use crate::pages::benefits::BenefitsPage;
use crate::pages::settings::SettingsPage;
use crate::pages::support::SupportPage;
use crate::pages::your_data::YourDataPage;
use crate::pages::{
    guide::GuidePage, guide_index::GuideIndexPage, home::HomePage, not_found::NotFoundPage,
};
use crate::preferences::{self, Preferences};
use crate::route::Route;
use crate::saved::Saved;
use leptos::prelude::*;

/// Where the checklist is saved, and the format it is saved in (raise it with a migration).
pub const CHECKLIST_KEY: &str = "checklist";
pub const CHECKLIST_FORMAT: u32 = 1;
pub const CONTACTS_KEY: &str = "contacts";
pub const CONTACTS_FORMAT: u32 = 1;
/// `public/apply-preferences.js` reads this key and format too: change them together.
pub const PREFERENCES_KEY: &str = "preferences";
pub const PREFERENCES_FORMAT: u32 = 1;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let nav = Navigation::provide();
    // App-wide saved state, read once here and shared (see `Saved`).
    provide_context(Saved::<Checklist>::load(CHECKLIST_KEY, CHECKLIST_FORMAT));
    provide_context(Saved::<Contacts>::load(CONTACTS_KEY, CONTACTS_FORMAT));
    let preferences = Saved::<Preferences>::load(PREFERENCES_KEY, PREFERENCES_FORMAT);
    provide_context(preferences);
    // The pre-paint script already set these from storage; this keeps them in step with every
    // change (and covers storage that script could not read).
    Effect::new(move |_| preferences.value.with(preferences::apply));
    // The hospital's settings file, read once in the background; pages show what it gave.
    let config = RwSignal::new(ConfigState::Loading);
    provide_context(config);
    leptos::task::spawn_local(async move { config.set(deployment::load().await) });
    let offline = Offline::start(config);
    if nav.embed {
        crate::embed::report_height();
    }
    // Every page has its own title, so tabs, history and screen readers can tell them apart.
    Effect::new(move |_| document().set_title(&nav.route.get().document_title()));
    view! {
        <div class="app-page" on:click=move |ev| nav.on_click(ev)>
            <SkipLink/>
            <UpdateNotice offline/>
            {(!nav.embed).then(|| view! { <Header/> })}
            <div class="app-width-container">
                <main class="app-main" id="main" tabindex="-1">
                    {move || match nav.route.get() {
                        Route::Home => view! { <HomePage/> }.into_any(),
                        Route::GuideIndex => view! { <GuideIndexPage/> }.into_any(),
                        Route::Guide(index) => view! { <GuidePage index/> }.into_any(),
                        Route::Benefits => view! { <BenefitsPage/> }.into_any(),
                        Route::Support => view! { <SupportPage/> }.into_any(),
                        Route::Settings => view! { <SettingsPage/> }.into_any(),
                        Route::YourData => view! { <YourDataPage/> }.into_any(),
                        Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                    }}
                </main>
            </div>
            {(!nav.embed).then(|| view! { <Footer/> })}
        </div>
    }
}
