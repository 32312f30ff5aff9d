use crate::components::{
    about_deployment::AboutDeployment, directory_search::DirectorySearch, my_contacts::MyContacts,
    save_notice::SaveNotice, urgent_help::UrgentHelp,
};
use crate::contacts::Contacts;
use crate::deployment::ConfigState;
use crate::saved::Saved;
use leptos::prelude::*;

/// Help fast: urgent numbers first, then the person's care team, then the directory.
#[component]
pub fn SupportPage() -> impl IntoView {
    let saved = expect_context::<Saved<Contacts>>();
    let config = expect_context::<RwSignal<ConfigState>>();
    let contacts = saved.value;
    view! {
        <h1 class="app-heading-xl" tabindex="-1">"Support and contacts"</h1>
        <UrgentHelp contacts config/>
        <SaveNotice problem=saved.problem what="your contacts"/>
        <MyContacts contacts config/>
        <DirectorySearch config/>
        <AboutDeployment config/>
    }
}
