use crate::browser::clock::today;
use crate::browser::files;
use crate::components::keeping::KeepingSection;
use crate::components::needs_app::NeedsAppNote;
use crate::components::page_heading::PageHeading;
use crate::components::{live_text::LiveText, rich_text::RichText, save_notice::SaveNotice};
use crate::content::passages;
use crate::content::words;
use crate::state::lasting;
use crate::state::preferences::Preferences;
use crate::state::saved::{Saved, SavedData};
use crate::state::storage;
use crate::state::your_data::{describe, export_json, is_empty, parse_export, YourData};
use leptos::prelude::*;

/// Everything the guide holds about the person, in plain words, with export, import, delete,
/// and a way to use the guide without saving anything on a shared computer.
#[component]
pub fn YourDataPage() -> impl IntoView {
    let saved = SavedData::load(expect_context::<Saved<Preferences>>());
    let current = move || saved.current();
    let (message, set_message) = signal(String::new());
    let pending = RwSignal::new(None::<(YourData, String)>);
    let import_error = RwSignal::new(None::<String>);
    let confirm_clear = RwSignal::new(false);
    let paused = RwSignal::new(storage::saving_paused());
    let last_download = RwSignal::new(lasting::last_download());

    let export = move |_| {
        let day = today().iso();
        let text = export_json(&current(), &day);
        match files::download(&format!("secondary-breast-cancer-guide-{day}.json"), &text) {
            Ok(()) => {
                lasting::note_download(today());
                last_download.set(Some(today()));
                set_message.set(words::your_data::EXPORTED.into());
            }
            Err(reason) => set_message.set(words::fill(
                words::your_data::EXPORT_FAILED,
                "reason",
                &reason,
            )),
        }
    };
    let choose_file = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        pending.set(None);
        import_error.set(None);
        leptos::task::spawn_local(async move {
            #[cfg(target_arch = "wasm32")]
            let text = files::read_chosen_file(&input).await;
            #[cfg(not(target_arch = "wasm32"))]
            let text: Result<String, String> = {
                let _ = input;
                Err("not in a browser".into())
            };
            match text.and_then(|t| parse_export(&t)) {
                Ok(found) => pending.set(Some(found)),
                Err(reason) => {
                    let said = words::fill(words::your_data::IMPORT_FAILED, "reason", &reason);
                    import_error.set(Some(said));
                }
            }
        });
    };
    // "Imported" is said only once everything is written and read back; otherwise nothing
    // saved or shown has changed, and the page says so (storage::write_all).
    let import = move |_| {
        if let Some((data, _)) = pending.get_untracked() {
            match saved.replace(data) {
                Ok(()) => {
                    pending.set(None);
                    set_message.set(words::your_data::IMPORTED.into());
                }
                Err(error) => {
                    let reason = match error {
                        storage::SaveError::Refused => words::your_data::IMPORT_NOT_SAVED_FULL,
                        storage::SaveError::Unavailable => {
                            words::your_data::IMPORT_NOT_SAVED_BLOCKED
                        }
                    };
                    import_error.set(Some(reason.to_string()));
                }
            }
        }
    };
    let clear_all = move |_| {
        saved.clear();
        lasting::forget();
        last_download.set(None);
        confirm_clear.set(false);
        set_message.set(words::your_data::DELETED.into());
    };
    let toggle_pause = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let on = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked());
        storage::set_saving_paused(on);
        saved.pause(on);
        paused.set(on);
    };

    view! {
        <PageHeading text=words::page_names::YOUR_DATA/>
        <SaveNotice problem=saved.checklist.problem what=words::save_notice::AFFECTS_YOUR_DATA/>
        // One live region, in the page from load, says every outcome: a region inserted with its
        // message is often not read out at all.
        <p class="app-u-visually-hidden app-your-data__status" role="status">
            <LiveText text=Signal::derive(move || import_error.get().unwrap_or_else(|| message.get()))/>
        </p>
        {move || (!message.get().is_empty()).then(|| view! {
            <div class="app-inset-text app-your-data__message"><p>{message.get()}</p></div>
        })}
        <section aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{words::your_data::PRIVACY_HEADING}</h2>
            {passages::your_data::PRIVACY.iter().map(|text| view! { <p><RichText text/></p> }).collect_view()}
        </section>
        <section class="app-personal" aria-labelledby="held-heading">
            <h2 id="held-heading">{words::your_data::HELD_HEADING}</h2>
            {move || {
                let data = current();
                if is_empty(&data) {
                    view! { <p>{words::your_data::HELD_NOTHING}</p> }.into_any()
                } else {
                    view! {
                        <ul class="app-list app-list--bullet app-your-data__held">
                            {describe(&data).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
        <KeepingSection last_download/>
        <NeedsAppNote text=words::needs_app::YOUR_DATA/>
        <section aria-labelledby="export-heading" data-needs-app="">
            <h2 id="export-heading">{words::your_data::EXPORT_HEADING}</h2>
            <p>{words::your_data::EXPORT_HINT}</p>
            <button type="button" class="app-button" id="export-data" on:click=export>{words::your_data::EXPORT_BUTTON}</button>
        </section>
        <section aria-labelledby="import-heading" data-needs-app="">
            <h2 id="import-heading">{words::your_data::IMPORT_HEADING}</h2>
            <div class="app-form-group">
                <label class="app-label" for="import-file">{words::your_data::IMPORT_LABEL}</label>
                <div class="app-hint" id="import-file-hint">{words::your_data::IMPORT_HINT}</div>
                <input class="app-file-upload" id="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" on:change=choose_file/>
            </div>
            {move || import_error.get().map(|error| view! {
                <div class="app-warning-callout app-your-data__import-error">
                    <h3 class="app-warning-callout__label">{words::your_data::IMPORT_FAILED_HEADING}</h3>
                    <p>{error}</p>
                </div>
            })}
            {move || pending.get().map(|(data, exported)| view! {
                <div class="app-import-summary" role="region" aria-label=words::your_data::IMPORT_SUMMARY_LABEL>
                    <h3>{words::fill(words::your_data::IMPORT_SUMMARY, "date", &exported)}</h3>
                    <ul class="app-list app-list--bullet">
                        {describe(&data).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                    <p><strong>{words::your_data::IMPORT_WARNING}</strong></p>
                    <button type="button" class="app-button" id="confirm-import" on:click=import>{words::your_data::IMPORT_BUTTON}</button>
                    <button type="button" class="app-button app-button--secondary" on:click=move |_| pending.set(None)>{words::shared::CANCEL}</button>
                </div>
            })}
        </section>
        <section aria-labelledby="delete-heading" data-needs-app="">
            <h2 id="delete-heading">{words::your_data::DELETE_HEADING}</h2>
            <p>{words::your_data::DELETE_INTRO}</p>
            {move || if confirm_clear.get() {
                view! {
                    <div class="app-warning-callout" role="group" aria-label=words::shared::CONFIRM_DELETE>
                        <p><strong>{words::your_data::DELETE_QUESTION}</strong></p>
                        <button type="button" class="app-button app-button--warning" id="confirm-delete" on:click=clear_all>{words::your_data::DELETE_CONFIRM}</button>
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| confirm_clear.set(false)>{words::shared::CANCEL}</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="app-button app-button--warning" id="delete-data" on:click=move |_| confirm_clear.set(true)>
                        {words::your_data::DELETE_BUTTON}
                    </button>
                }
                .into_any()
            }}
        </section>
        <section aria-labelledby="shared-heading" data-needs-app="">
            <h2 id="shared-heading">{words::your_data::SHARED_HEADING}</h2>
            <p>{words::your_data::SHARED_INTRO}</p>
            <div class="app-checkboxes">
                <div class="app-checkboxes__item">
                    <input class="app-checkboxes__input" type="checkbox" id="do-not-save" prop:checked=paused on:change=toggle_pause/>
                    <label class="app-checkboxes__label" for="do-not-save">{words::your_data::DO_NOT_SAVE}</label>
                </div>
            </div>
            {move || (paused.get() && !is_empty(&current())).then(|| view! {
                <p>{words::your_data::SAVED_BEFORE}</p>
            })}
        </section>
    }
}
