use crate::components::kept::kept;
use crate::components::page_heading::PageHeading;
use crate::components::{
    care_team_summary::CareTeamSummary, directory_search::DirectorySearch, out_of_date::OutOfDate,
    review_date::ReviewDate, sources_list::SourcesList, urgent_help::UrgentHelp,
};
use crate::content::directory::{page_sources, LAST_REVIEWED, NEXT_REVIEW_DUE};
use crate::content::words;
use crate::domain::contacts::Contacts;
use crate::domain::deployment::ConfigState;
use crate::state::storage::{CONTACTS_FORMAT, CONTACTS_KEY};
use leptos::prelude::*;

/// Help fast: urgent numbers first, then the person's care team at a glance, then the
/// directory.
#[component]
pub fn SupportPage() -> impl IntoView {
    // Read once: this page only shows the care team (it is changed on its own page), so it
    // does without the saving machinery (measured: 3 KB gzip of wasm).
    let contacts = RwSignal::new(
        match crate::state::storage::load::<Contacts>(CONTACTS_KEY, CONTACTS_FORMAT) {
            crate::state::storage::Loaded::Found(contacts) => contacts,
            _ => Contacts::default(),
        },
    );
    let config = expect_context::<RwSignal<ConfigState>>();
    let (last_reviewed, next_review_due) = (LAST_REVIEWED, NEXT_REVIEW_DUE);
    view! {
        <PageHeading text=words::page_names::SUPPORT/>
        // The same for everyone (the pre-paint script decides whether it shows): kept as built.
        {kept("support-out-of-date", move || view! { <OutOfDate next_review_due/> })}
        <UrgentHelp own=RwSignal::new(contacts.with_untracked(Contacts::alert_lines)) config/>
        <CareTeamSummary contacts config/>
        <DirectorySearch config/>
        {kept("support-sources", move || view! {
            <SourcesList sources=page_sources()/>
            <ReviewDate last_reviewed next_review_due/>
        })}
    }
}
