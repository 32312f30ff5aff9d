use super::needs_app::NeedsAppNote;
use crate::content::urgent_numbers::WHEN_CHOICES;
use crate::content::words;
use crate::domain::contacts::{ContactDraft, Contacts, DraftErrors, NAME_MAX, NOTES_MAX};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Adds a contact, or edits the one whose id is in `editing`. Mistakes are shown beside their
/// field and focus moves to the first one; nothing is saved until the draft is valid.
#[component]
pub fn ContactForm(
    contacts: RwSignal<Contacts>,
    editing: RwSignal<Option<u32>>,
    announce: WriteSignal<String>,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let urgent = RwSignal::new(false);
    let applies = RwSignal::new(String::from("not-said"));
    let until = RwSignal::new(String::new());
    let errors = RwSignal::new(DraftErrors::default());

    let fill = move |draft: ContactDraft| {
        name.set(draft.name);
        role.set(draft.role);
        phone.set(draft.phone);
        notes.set(draft.notes);
        urgent.set(draft.urgent_line);
        applies.set(if draft.applies.is_empty() {
            "not-said".into()
        } else {
            draft.applies
        });
        until.set(draft.until);
        errors.set(DraftErrors::default());
    };
    // Starting an edit fills the form with that contact.
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            if let Some(contact) = contacts.with_untracked(|c| c.get(id).cloned()) {
                fill(contact.draft());
            }
        }
    });

    let focus = |id: &str| {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ContactDraft {
            name: name.get_untracked(),
            role: role.get_untracked(),
            phone: phone.get_untracked(),
            notes: notes.get_untracked(),
            urgent_line: urgent.get_untracked(),
            applies: applies.get_untracked(),
            until: until.get_untracked(),
        };
        let mut result = Ok(());
        let edit = editing.get_untracked();
        contacts.update(|c| {
            result = match edit {
                Some(id) => c.update(id, &draft),
                None => c.add(&draft).map(|_| ()),
            }
        });
        match result {
            Ok(()) => {
                let said = if edit.is_some() {
                    words::contact_form::SAVED
                } else {
                    words::contact_form::ADDED
                };
                announce.set(words::fill(said, "name", draft.name.trim()));
                editing.set(None);
                fill(ContactDraft::default());
            }
            Err(found) => {
                let first = if found.name.is_some() {
                    "contact-name"
                } else if found.phone.is_some() {
                    "contact-phone"
                } else {
                    "contact-until"
                };
                errors.set(found);
                focus(first);
            }
        }
    };
    let cancel = move |_| {
        editing.set(None);
        fill(ContactDraft::default());
    };

    view! {
        <form class="app-contact-form" id="contact-form" method="dialog" novalidate on:submit=submit data-needs-app="">
            <h2 class="app-contact-form__heading">
                {move || if editing.get().is_some() { words::contact_form::EDIT_HEADING } else { words::contact_form::ADD_HEADING }}
            </h2>
            <NeedsAppNote text=words::needs_app::CONTACT_FORM/>
            <div class="app-form-group" class:app-form-group--error=move || errors.with(|e| e.name.is_some())>
                <label class="app-label" for="contact-name">{words::contact_form::NAME_LABEL}</label>
                <div class="app-hint" id="contact-name-hint">{words::contact_form::NAME_HINT}</div>
                {move || errors.with(|e| e.name).map(|message| view! {
                    <p class="app-error-message" id="contact-name-error">
                        <span class="app-u-visually-hidden">{words::contact_form::ERROR}</span>{message}
                    </p>
                })}
                <input
                    class="app-input"
                    id="contact-name"
                    type="text"
                    autocomplete="off"
                    maxlength=NAME_MAX.to_string()
                    aria-describedby=move || {
                        if errors.with(|e| e.name.is_some()) { "contact-name-hint contact-name-error" } else { "contact-name-hint" }
                    }
                    aria-invalid=move || errors.with(|e| e.name.is_some()).then_some("true")
                    prop:value=name
                    on:input:target=move |ev| name.set(ev.target().value())
                />
            </div>
            <div class="app-form-group">
                <label class="app-label" for="contact-role">{words::contact_form::ROLE_LABEL}</label>
                <div class="app-hint" id="contact-role-hint">{words::contact_form::ROLE_HINT}</div>
                <input
                    class="app-input"
                    id="contact-role"
                    type="text"
                    autocomplete="off"
                    maxlength=NAME_MAX.to_string()
                    aria-describedby="contact-role-hint"
                    prop:value=role
                    on:input:target=move |ev| role.set(ev.target().value())
                />
            </div>
            <div class="app-form-group" class:app-form-group--error=move || errors.with(|e| e.phone.is_some())>
                <label class="app-label" for="contact-phone">{words::contact_form::PHONE_LABEL}</label>
                <div class="app-hint" id="contact-phone-hint">{words::contact_form::PHONE_HINT}</div>
                {move || errors.with(|e| e.phone).map(|message| view! {
                    <p class="app-error-message" id="contact-phone-error">
                        <span class="app-u-visually-hidden">{words::contact_form::ERROR}</span>{message}
                    </p>
                })}
                <input
                    class="app-input app-input--phone"
                    id="contact-phone"
                    type="tel"
                    autocomplete="off"
                    maxlength="40"
                    aria-describedby=move || {
                        if errors.with(|e| e.phone.is_some()) { "contact-phone-hint contact-phone-error" } else { "contact-phone-hint" }
                    }
                    aria-invalid=move || errors.with(|e| e.phone.is_some()).then_some("true")
                    prop:value=phone
                    on:input:target=move |ev| phone.set(ev.target().value())
                />
            </div>
            <div class="app-form-group">
                <label class="app-label" for="contact-notes">{words::contact_form::NOTES_LABEL}</label>
                <div class="app-hint" id="contact-notes-hint">{words::contact_form::NOTES_HINT}</div>
                <textarea
                    class="app-textarea"
                    id="contact-notes"
                    rows="2"
                    maxlength=NOTES_MAX.to_string()
                    aria-describedby="contact-notes-hint"
                    prop:value=notes
                    on:input:target=move |ev| notes.set(ev.target().value())
                ></textarea>
            </div>
            <div class="app-checkboxes">
                <div class="app-checkboxes__item">
                    <input
                        class="app-checkboxes__input"
                        type="checkbox"
                        id="contact-urgent"
                        prop:checked=urgent
                        on:change:target=move |ev| urgent.set(ev.target().checked())
                    />
                    <label class="app-checkboxes__label" for="contact-urgent">{words::alert_card::IS_ALERT_CARD_LINE}</label>
                </div>
            </div>
            {move || urgent.get().then(|| alert_card_dates(applies, until, errors))}
            <button type="submit" class="app-button">
                {move || if editing.get().is_some() { words::contact_form::SAVE_BUTTON } else { words::contact_form::ADD_BUTTON }}
            </button>
            {move || editing.get().is_some().then(|| view! {
                <button type="button" class="app-button app-button--secondary" on:click=cancel>{words::shared::CANCEL}</button>
            })}
        </form>
    }
}

/// "When does your card say you can use it?", asked once the contact is marked as the alert
/// card's 24-hour line.
fn alert_card_dates(
    applies: RwSignal<String>,
    until: RwSignal<String>,
    errors: RwSignal<DraftErrors>,
) -> AnyView {
    view! {
                <fieldset class="app-fieldset app-contact-form__applies">
                    <legend class="app-fieldset__legend">{words::alert_card::WHEN_LEGEND}</legend>
                    <div class="app-radios">
                        {WHEN_CHOICES.iter().map(|(code, label)| {
                            let code: &'static str = code;
                            let id = format!("contact-applies-{code}");
                            view! {
                                <div class="app-radios__item">
                                    <input
                                        class="app-radios__input"
                                        type="radio"
                                        id=id.clone()
                                        name="contact-applies"
                                        value=code
                                        prop:checked=move || applies.get() == code
                                        on:change=move |_| applies.set(code.to_string())
                                    />
                                    <label class="app-radios__label" for=id>{*label}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                    {move || (applies.get() == "until").then(|| view! {
                        <div class="app-form-group" class:app-form-group--error=move || errors.with(|e| e.until.is_some())>
                            <label class="app-label" for="contact-until">{words::alert_card::UNTIL_LABEL}</label>
                            {move || errors.with(|e| e.until).map(|message| view! {
                                <p class="app-error-message" id="contact-until-error">
                                    <span class="app-u-visually-hidden">{words::contact_form::ERROR}</span>{message}
                                </p>
                            })}
                            <input
                                class="app-input app-input--date"
                                id="contact-until"
                                type="date"
                                aria-describedby=move || errors.with(|e| e.until.is_some()).then_some("contact-until-error")
                                aria-invalid=move || errors.with(|e| e.until.is_some()).then_some("true")
                                prop:value=until
                                on:input:target=move |ev| until.set(ev.target().value())
                            />
                        </div>
                    })}
                </fieldset>
    }
    .into_any()
}
