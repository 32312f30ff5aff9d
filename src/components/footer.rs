use crate::content::site::{DISCLAIMER, PRIVACY};
use leptos::prelude::*;

/// The site footer: the privacy promise and what the guide is and is not.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer">
            <div class="app-width-container">
                <h2 class="app-u-visually-hidden">"About this guide"</h2>
                <p class="app-footer__privacy">{PRIVACY}</p>
                <p class="app-footer__text">{DISCLAIMER}</p>
            </div>
        </footer>
    }
}
