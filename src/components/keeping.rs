use crate::components::kept::kept;
use crate::content::words;
#[cfg(not(target_arch = "wasm32"))]
use crate::route::Route;
#[cfg(not(target_arch = "wasm32"))]
use crate::state::lasting::Lasting;
use leptos::prelude::*;

/// What the person is told about how long their data lasts here (`state::lasting`).
#[cfg(not(target_arch = "wasm32"))]
fn words_for(lasting: Lasting) -> &'static str {
    match lasting {
        Lasting::Persistent => words::keeping::PERSISTENT,
        Lasting::MayBeCleared => words::keeping::MAY_BE_CLEARED,
        Lasting::SafariSevenDays => words::keeping::SAFARI_SEVEN_DAYS,
        Lasting::HomeScreenApart => words::keeping::HOME_SCREEN_APART,
    }
}

/// The class that the stylesheet shows only under `html[data-lasting=<code>]`.
#[cfg(not(target_arch = "wasm32"))]
fn for_class(lasting: Lasting) -> String {
    format!("app-keeping__for app-keeping__for--{}", lasting.code())
}

/// Where the person saves (the checklist, the care team): once this device holds something
/// they saved that may not last in this browser, says how it could be lost and offers a
/// downloaded copy. All of it is drawn by the build and kept as built (`kept`); the stylesheet
/// shows the words for this browser, and only under `html[data-saved]`, so no wasm draws it.
#[component]
pub fn KeepingNotice() -> impl IntoView {
    kept("keeping-notice", || {
        #[cfg(not(target_arch = "wasm32"))]
        view! {
            <div class="app-inset-text app-keeping app-no-print">
                {[Lasting::MayBeCleared, Lasting::SafariSevenDays, Lasting::HomeScreenApart]
                    .into_iter()
                    .map(|l| view! {
                        <p class=for_class(l)>
                            {words_for(l)} " "
                            <a class="app-link" href=format!("{}#export-heading", Route::YourData.href())>
                                {words::keeping::DOWNLOAD_LINK}
                            </a>
                        </p>
                    })
                    .collect_view()}
            </div>
        }
    })
}

/// On "Your data": how long what the guide saves lasts in this browser (drawn by the build for
/// every case, shown by the stylesheet), and when a copy was last downloaded on this device
/// (`last_download`, a signal so a new download shows at once).
#[component]
pub fn KeepingSection(last_download: RwSignal<Option<crate::content::Date>>) -> impl IntoView {
    view! {
        <section aria-labelledby="keeping-heading">
            <h2 id="keeping-heading">{words::keeping::HEADING}</h2>
            {kept("keeping-lasting", || {
                #[cfg(not(target_arch = "wasm32"))]
                {
                    Lasting::ALL
                        .into_iter()
                        .map(|l| view! { <p class=format!("{} app-keeping__lasting", for_class(l))>{words_for(l)}</p> })
                        .collect_view()
                }
            })}
            <p class="app-keeping__last-download app-personal">{move || match last_download.get() {
                Some(day) => words::fill(words::keeping::LAST_DOWNLOAD, "date", &day.long()),
                None => words::keeping::NEVER_DOWNLOADED.to_string(),
            }}</p>
        </section>
    }
}
