use super::urgent_numbers::UrgentNumbers;
use crate::contacts::Contacts;
use crate::deployment::ConfigState;
use leptos::prelude::*;

/// Urgent help, always first on the support page, before any search: 999, the person's and the
/// hospital's 24-hour lines and the nation's urgent line. Never hidden while the app starts:
/// only the person's own parts wait for it.
#[component]
pub fn UrgentHelp(contacts: RwSignal<Contacts>, config: RwSignal<ConfigState>) -> impl IntoView {
    // Follows the contacts (the care team page changes them).
    let own = RwSignal::new(contacts.with_untracked(Contacts::alert_lines));
    Effect::new(move |first: Option<()>| {
        let lines = contacts.with(Contacts::alert_lines);
        if first.is_some() {
            own.set(lines);
        }
    });
    view! {
        <section class="app-urgent-help" aria-labelledby="urgent-help-heading">
            <h2 class="app-urgent-help__heading" id="urgent-help-heading">"Urgent help"</h2>
            <UrgentNumbers own config/>
        </section>
    }
}
