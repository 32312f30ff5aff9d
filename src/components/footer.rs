use crate::app::REPORT_SLOT;
use crate::content::site::{DISCLAIMER, PRIVACY};
use crate::deployment::ConfigState;
use crate::navigation::use_navigation;
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

/// Where the deploying hospital gave an address, a way to report a mistake on the page. The
/// app itself sends nothing: the link opens the person's own email.
#[component]
pub fn ReportLink() -> impl IntoView {
    let config = expect_context::<RwSignal<ConfigState>>();
    let nav = use_navigation();
    move || {
        let email = config.with(|c| match c {
            ConfigState::Loaded(d) => d.feedback_email.clone(),
            _ => None,
        })?;
        let page = nav.route.document_title();
        let subject = js_sys::encode_uri_component(&format!("Mistake on: {page}"));
        Some(view! {
            <p class="app-footer__report">
                <a class="app-link" href=format!("mailto:{email}?subject={subject}")>"Report a mistake on this page"</a>
            </p>
        })
    }
}
