use super::contact_details::ContactDetails;
use crate::contacts::Contacts;
use crate::deployment::ConfigState;
use crate::route::Route;
use leptos::prelude::*;

/// The person's care team at a glance on the support page: the hospital's contacts and their
/// own (favourites first), each one tap to call. Adding and changing them is a page of its own
/// (`CareTeamPage`), which keeps this page's download small.
#[component]
pub fn CareTeamSummary(
    contacts: RwSignal<Contacts>,
    config: RwSignal<ConfigState>,
) -> impl IntoView {
    let hospital =
        move || {
            config.with(ConfigState::hospital_contacts).map(|(hospital, list)| view! {
            <h3>{format!("From {hospital}")}</h3>
            <ul class="app-contacts">
                {list.into_iter().map(|c| view! {
                    <li class="app-contact"><ContactDetails details=c.into() level=4/></li>
                }).collect_view()}
            </ul>
        })
        };
    let own = move || {
        let list = contacts.with(Contacts::sorted);
        if list.is_empty() {
            view! { <p class="app-contacts__empty">"You have not added any contacts yet."</p> }
                .into_any()
        } else {
            view! {
                <h3>"My contacts"</h3>
                <ul class="app-contacts">
                    {list.iter().map(|c| view! {
                        <li class="app-contact" class:app-contact--favourite=c.favourite>
                            <ContactDetails details=c.into() level=4/>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="app-care-team app-personal" aria-labelledby="care-team-heading">
            <h2 id="care-team-heading">"Your care team"</h2>
            {hospital}
            {own}
            <p>
                <a class="app-link" href=Route::CareTeam.href()>"Add, change or print your contacts"</a>
            </p>
        </section>
    }
}
