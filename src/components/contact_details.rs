use crate::domain::contacts::{parse_uk_phone, Contact};
use crate::domain::deployment::DeployedContact;
use leptos::prelude::*;

/// What a contact card shows, whoever added the contact. Compared and hashed whole: a list of
/// them is keyed by what it shows (src/components/live_text.rs says why).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Details {
    pub name: String,
    pub role: String,
    /// As written; `tel` is the number to dial, when it is a UK number.
    pub phone: String,
    pub tel: Option<String>,
    pub notes: String,
    pub favourite: bool,
}

/// The hospital's contacts from its settings file, as a list of at most one (hospital name,
/// contacts) entry for a keyed list (src/components/live_text.rs): empty when there are none.
pub fn hospital_details(
    config: &crate::domain::deployment::ConfigState,
) -> Vec<(String, Vec<Details>)> {
    config
        .hospital_contacts()
        .map(|(hospital, list)| (hospital, list.into_iter().map(Details::from).collect()))
        .into_iter()
        .collect()
}

impl From<&Contact> for Details {
    fn from(c: &Contact) -> Details {
        Details {
            name: c.name.clone(),
            role: c.role.clone(),
            phone: c.phone.clone(),
            tel: parse_uk_phone(&c.phone).map(|p| p.tel).ok(),
            notes: c.notes.clone(),
            favourite: c.favourite,
        }
    }
}

impl From<DeployedContact> for Details {
    fn from(c: DeployedContact) -> Details {
        Details {
            name: c.name,
            role: c.role,
            phone: c.phone,
            tel: Some(c.tel),
            notes: c.notes,
            favourite: false,
        }
    }
}

/// One contact's name (starred when a favourite), role, number (one tap to call) and notes, the
/// same on the support page and the care team page. The name is a heading at `level` (3 or 4),
/// so screen reader users can move from contact to contact.
#[component]
pub fn ContactDetails(details: Details, level: u8) -> impl IntoView {
    let Details {
        name,
        role,
        phone,
        tel,
        notes,
        favourite,
    } = details;
    let star =
        favourite.then(|| view! { <span class="app-contact__star" aria-hidden="true">"★ "</span> });
    let name = if level == 3 {
        view! { <h3 class="app-contact__name">{star}{name}</h3> }.into_any()
    } else {
        view! { <h4 class="app-contact__name">{star}{name}</h4> }.into_any()
    };
    view! {
        <div class="app-contact__header">
            {name}
            {(!role.is_empty()).then(|| view! { <p class="app-contact__role">{role}</p> })}
        </div>
        {match tel {
            Some(tel) => view! { <a class="app-contact__phone" href=format!("tel:{tel}") translate="no">{phone}</a> }.into_any(),
            None => view! { <span class="app-contact__phone">{phone}</span> }.into_any(),
        }}
        {(!notes.is_empty()).then(|| view! { <p class="app-contact__notes">{notes}</p> })}
    }
}
