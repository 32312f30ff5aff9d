use crate::app::REPORT_SLOT;
use crate::content::site::{DISCLAIMER, PRIVACY};
use crate::route::Route;
use leptos::prelude::*;

/// The site footer: the privacy promise and what the guide is and is not. The browser adds
/// `ReportLink` to its slot.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <div class="app-width-container">
                <h2 class="app-u-visually-hidden">"About this guide"</h2>
                <p class="app-footer__privacy">
                    {PRIVACY} " " <a class="app-link" href=Route::YourData.href()>"See or delete your data"</a>
                </p>
                <p class="app-footer__text">{DISCLAIMER}</p>
                <div id=REPORT_SLOT></div>
            </div>
        </footer>
    }
}
