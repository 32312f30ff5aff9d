use crate::components::keeping::KeepingNotice;
use crate::components::page_heading::PageHeading;
use crate::components::{
    my_contacts::MyContacts, save_notice::SaveNotice, urgent_help::UrgentHelp,
};
use crate::content::words;
use crate::domain::contacts::Contacts;
use crate::domain::deployment::ConfigState;
use crate::route::Route;
use crate::state::saved::Saved;
use leptos::prelude::*;

/// The person's own care team contacts: add, change, star, delete and print them. The support
/// page shows them at a glance.
#[component]
pub fn CareTeamPage() -> impl IntoView {
    let saved = Saved::<Contacts>::load();
    let config = expect_context::<RwSignal<ConfigState>>();
    let contacts = saved.value;
    // Urgent help follows the contacts as the person adds or changes their alert card line.
    let own = RwSignal::new(contacts.with_untracked(Contacts::alert_lines));
    Effect::new(move |first: Option<()>| {
        let lines = contacts.with(Contacts::alert_lines);
        if first.is_some() {
            own.set(lines);
        }
    });
    // The link sits where the words say {support}; plain text, so no markup reader in the bundle.
    let (lede_before, lede_after) =
        words::around(words::care_team::LEDE, "support").unwrap_or((words::care_team::LEDE, ""));
    view! {
        <PageHeading text=words::page_names::CARE_TEAM/>
        <p class="app-lede app-no-print">
            {lede_before}<a class="app-link" href=Route::Support.href()>{words::care_team::SUPPORT_LINK}</a>{lede_after}
        </p>
        <SaveNotice problem=saved.problem what=words::save_notice::AFFECTS_CONTACTS replace_newer=Callback::new(move |_| saved.replace_newer())/>
        <KeepingNotice/>
        <UrgentHelp own config/>
        <MyContacts contacts config/>
    }
}
