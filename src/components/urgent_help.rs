use super::urgent_numbers::UrgentNumbers;
use crate::content::words;
use crate::domain::deployment::ConfigState;
use crate::domain::urgent::GivenLine;
use leptos::prelude::*;

/// Urgent help, always first on the support page, before any search: 999, the person's alert
/// card lines (`own`) and the hospital's 24-hour line, and the nation's urgent line. Never hidden while the app starts:
/// only the person's own parts wait for it.
#[component]
pub fn UrgentHelp(own: RwSignal<Vec<GivenLine>>, config: RwSignal<ConfigState>) -> impl IntoView {
    view! {
        <section class="app-urgent-help" aria-labelledby="urgent-help-heading">
            <h2 class="app-urgent-help__heading" id="urgent-help-heading">{words::header::URGENT_HELP}</h2>
            <UrgentNumbers own config/>
        </section>
    }
}
