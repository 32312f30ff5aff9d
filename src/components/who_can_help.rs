use super::rich_text::RichText;
use crate::content::{passages, words};
use leptos::prelude::*;

/// Free advisers and the official checker, placed before the checklist: the app never decides
/// entitlement, people who can should.
#[component]
pub fn WhoCanHelp() -> impl IntoView {
    view! {
        <section class="app-who-can-help" aria-labelledby="who-can-help-heading">
            <h2 class="app-who-can-help__heading" id="who-can-help-heading">{words::who_can_help::HEADING}</h2>
            <p>{words::who_can_help::NOT_A_DECISION}</p>
            <ul class="app-list">
                {passages::who_can_help::ADVISERS.iter().map(|text| view! { <li><RichText text/></li> }).collect_view()}
            </ul>
        </section>
    }
}
