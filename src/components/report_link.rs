use crate::browser::navigation::use_navigation;
use crate::content::words;
use crate::domain::deployment::ConfigState;
use leptos::prelude::*;

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
        let subject = js_sys::encode_uri_component(&words::fill(
            words::footer::REPORT_SUBJECT,
            "page",
            &page,
        ));
        Some(view! {
            <p class="app-footer__report">
                <a class="app-link" href=format!("mailto:{email}?subject={subject}")>{words::footer::REPORT}</a>
            </p>
        })
    }
}
