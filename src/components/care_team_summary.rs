use super::contact_details::{hospital_details, Details};
use crate::content::words;
use crate::domain::contacts::Contacts;
use crate::domain::deployment::ConfigState;
use crate::route::Route;
use leptos::prelude::*;

/// The person's care team at a glance on the support page: the hospital's contacts and their
/// own (favourites first), one line each, one tap to call. Adding, changing and printing them
/// is a page of its own (`CareTeamPage`, with each contact in full), which keeps this page's
/// download small (one plain row instead of the full contact: 1 KB gzip less).
#[component]
pub fn CareTeamSummary(
    contacts: RwSignal<Contacts>,
    config: RwSignal<ConfigState>,
) -> impl IntoView {
    // Keyed by what each entry shows, so a change replaces entries whole and a name never
    // stays over another contact's number (src/components/live_text.rs).
    let hospital = move || config.with(hospital_details);
    let hospital_block = |(hospital, list): (String, Vec<Details>)| {
        view! {
            <div>
                <h3>{words::fill(words::my_contacts::FROM_HOSPITAL, "hospital", &hospital)}</h3>
                <ul class="app-contacts">{list.into_iter().map(glance).collect_view()}</ul>
            </div>
        }
    };
    let own = move || contacts.with(|c| c.sorted().iter().map(Details::from).collect::<Vec<_>>());
    let empty = move || contacts.with(|c| c.sorted().is_empty());
    view! {
        <section class="app-care-team app-personal" aria-labelledby="care-team-heading">
            <h2 id="care-team-heading">{words::page_names::CARE_TEAM}</h2>
            <For each=hospital key=|entry| entry.clone() children=hospital_block/>
            <h3>{words::my_contacts::HEADING}</h3>
            <ul class="app-contacts"><For each=own key=|d| d.clone() children=glance/></ul>
            <p class="app-contacts__empty" hidden=move || !empty()>{words::my_contacts::NONE_YET}</p>
            <p>
                <a class="app-link" href=Route::CareTeam.href()>{words::care_team_summary::CHANGE_LINK}</a>
            </p>
        </section>
    }
}

/// One contact on one line: name (starred when a favourite) and role, then the number.
fn glance(d: Details) -> impl IntoView {
    let star = if d.favourite { "★ " } else { "" };
    view! {
        <li class="app-contact app-contact--glance" class:app-contact--favourite=d.favourite>
            <p class="app-contact__name">{star}{d.name}</p>
            {(!d.role.is_empty()).then(|| view! { <p class="app-contact__role">{d.role}</p> })}
            <a class="app-contact__phone" href=d.tel.map(|t| format!("tel:{t}")) translate="no">{d.phone}</a>
        </li>
    }
}
