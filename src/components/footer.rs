use crate::content::words;
use crate::contracts::REPORT_SLOT;
use crate::route::Route;
use leptos::prelude::*;

/// The site footer: the privacy promise and what the guide is and is not. The browser adds
/// `ReportLink` to its slot.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <div class="app-width-container">
                <h2 class="app-u-visually-hidden">{words::footer::HEADING}</h2>
                <p class="app-footer__privacy">
                    {words::footer::PRIVACY} " " <a class="app-link" href=Route::YourData.href()>{words::footer::YOUR_DATA_LINK}</a>
                </p>
                <p class="app-footer__text">{words::footer::DISCLAIMER}</p>
                <div id=REPORT_SLOT></div>
            </div>
        </footer>
    }
}
