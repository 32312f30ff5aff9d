use super::contact_details::{hospital_details, ContactDetails, Details};
use super::contact_form::ContactForm;
use super::live_text::LiveText;
use crate::content::words;
use crate::domain::contacts::{Contact, Contacts};
use crate::domain::deployment::ConfigState;
use leptos::prelude::*;

/// The person's care team, on a page of its own: hospital contacts from the deployment, then
/// their own contacts (favourites first) with star, edit and delete, an add form, and a
/// printable card.
#[component]
pub fn MyContacts(contacts: RwSignal<Contacts>, config: RwSignal<ConfigState>) -> impl IntoView {
    let editing = RwSignal::new(None::<u32>);
    let confirming = RwSignal::new(None::<u32>);
    let (announcement, announce) = signal(String::new());
    let print_card = move |_| {
        // Printing from here prints only the contacts card (see print.css).
        let body = document().body();
        if let Some(body) = &body {
            let _ = body.class_list().add_1("app-print-contacts");
        }
        let _ = window().print();
        if let Some(body) = &body {
            let _ = body.class_list().remove_1("app-print-contacts");
        }
    };
    let row = move |contact: Contact| {
        let id = contact.id;
        let star_label = words::fill(
            if contact.favourite {
                words::my_contacts::UNSTAR_LABEL
            } else {
                words::my_contacts::STAR_LABEL
            },
            "name",
            &contact.name,
        );
        let name_for_delete = contact.name.clone();
        view! {
            <li class="app-contact" class:app-contact--favourite=contact.favourite>
                <ContactDetails details=(&contact).into() level=3/>
                <div class="app-contact__actions app-no-print">
                    <button
                        type="button"
                        class="app-button app-button--secondary app-button--small"
                        aria-pressed=if contact.favourite { "true" } else { "false" }
                        aria-label=star_label
                        on:click=move |_| contacts.update(|c| c.toggle_favourite(id))
                    >
                        {if contact.favourite { words::my_contacts::STARRED } else { words::my_contacts::STAR }}
                    </button>
                    <button
                        type="button"
                        class="app-button app-button--secondary app-button--small"
                        on:click=move |_| {
                            editing.set(Some(id));
                            if let Some(el) = document().get_element_by_id("contact-name") {
                                use wasm_bindgen::JsCast;
                                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = el.focus();
                                }
                            }
                        }
                    >
                        {words::my_contacts::EDIT} <span class="app-u-visually-hidden">{format!(" {}", contact.name)}</span>
                    </button>
                    <button
                        type="button"
                        class="app-button app-button--warning app-button--small"
                        on:click=move |_| confirming.set(Some(id))
                    >
                        {words::my_contacts::DELETE} <span class="app-u-visually-hidden">{format!(" {}", contact.name)}</span>
                    </button>
                </div>
                {move || (confirming.get() == Some(id)).then(|| {
                    let name = name_for_delete.clone();
                    view! {
                        <div class="app-contact__confirm app-no-print" role="group" aria-label=words::shared::CONFIRM_DELETE>
                            <p>{words::fill(words::my_contacts::DELETE_QUESTION, "name", &name)}</p>
                            <button
                                type="button"
                                class="app-button app-button--warning app-button--small"
                                on:click=move |_| {
                                    contacts.update(|c| c.remove(id));
                                    confirming.set(None);
                                    announce.set(words::fill(words::my_contacts::DELETED, "name", &name));
                                }
                            >
                                {words::my_contacts::DELETE_CONFIRM}
                            </button>
                            <button
                                type="button"
                                class="app-button app-button--secondary app-button--small"
                                on:click=move |_| confirming.set(None)
                            >
                                {words::shared::CANCEL}
                            </button>
                        </div>
                    }
                })}
            </li>
        }
    };
    // Lists keyed by what each entry shows: a change replaces entries whole, so a name never
    // stays over another contact's number (src/components/live_text.rs).
    let hospital_lists = move || config.with(hospital_details);
    let hospital_block = |(hospital, list): (String, Vec<Details>)| {
        view! {
            <div>
                <h2>{words::fill(words::my_contacts::FROM_HOSPITAL, "hospital", &hospital)}</h2>
                <ul class="app-contacts">
                    {list.into_iter().map(|details| view! {
                        <li class="app-contact"><ContactDetails details level=3/></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    };
    let empty = move || contacts.with(|c| c.sorted().is_empty());
    view! {
        <div class="app-my-contacts app-personal">
            <p class="app-u-visually-hidden" role="status"><LiveText text=announcement/></p>
            <For each=hospital_lists key=|entry| entry.clone() children=hospital_block/>
            <h2>{words::my_contacts::HEADING}</h2>
            <p class="app-contacts__empty" hidden=move || !empty()>{words::my_contacts::NONE_YET}</p>
            <ul class="app-contacts" hidden=empty>
                <For each=move || contacts.with(Contacts::sorted) key=|c| (c.id, Details::from(c)) children=row/>
            </ul>
            <button type="button" class="app-button app-button--secondary app-no-print" on:click=print_card>
                {words::my_contacts::PRINT}
            </button>
            <div class="app-no-print">
                <ContactForm contacts editing announce/>
            </div>
        </div>
    }
}
