use super::live_text::LiveText;
use super::needs_app::NeedsAppNote;
use super::rich_text::RichText;
use super::sources_list::SourceItems;
use crate::browser::clock::today;
use crate::content::benefits::{Benefit, Nation};
use crate::content::words;
use crate::domain::checklist::{Checklist, Status, NOTE_MAX_CHARS};
use leptos::prelude::*;

/// The status select's value and the tag's `data-status` where a newer version saved a status
/// this one does not know (no `Status` has this code).
const NEWER_STATUS: &str = "newer";

/// One checklist item, short: its name, status and first sentence, with the rest one tap away
/// (who can get it, how to apply, the official page for the person's nation, their own status
/// and private note, its sources), so the whole list fits a few phone screens. Printing shows
/// everything (`style/print.css`, and `src/boot-body.js` where a browser cannot print a closed
/// `details`).
#[component]
pub fn BenefitItem(item: &'static Benefit, checklist: RwSignal<Checklist>) -> impl IntoView {
    let status_id = format!("status-{}", item.id);
    let note_id = format!("note-{}", item.id);
    let note_hint_id = format!("note-{}-hint", item.id);
    let heading_id = format!("benefit-{}", item.id);
    let labelled_by = heading_id.clone();
    let status = move || checklist.with(|c| c.progress(item.id).status);
    // A status a newer version saved: named as such, never shown as "Not started".
    let newer = move || checklist.with(|c| c.progress(item.id).newer_status());
    let status_code = move || {
        if newer() {
            NEWER_STATUS
        } else {
            status().code()
        }
    };
    let status_label = move || {
        if newer() {
            words::checklist_status::NEWER
        } else {
            status().label()
        }
    };
    let note = move || checklist.with(|c| c.progress(item.id).note);
    let nation: Option<Nation> = checklist.with_untracked(|c| c.answers.nation);
    let nation = move || checklist.with(|c| c.answers.nation).or(nation);
    // Keyed by address: a link's words never stay over another link's address.
    let links = move || item.links_for(nation()).collect::<Vec<_>>();
    let paragraphs = |texts: &'static [&'static str]| {
        texts
            .iter()
            .map(|text| view! { <p><RichText text/></p> })
            .collect_view()
    };
    let overdue = today() > item.next_review_due;
    let (lead, rest) = item.what.split_first().unwrap_or((&"", &[]));
    // Behind "Who can get it, how to apply, and your progress": drawn as its own view, which
    // also keeps the item's view type within the compiler's limits.
    let more = view! {
        <div class="app-details__text">
            {paragraphs(rest)}
            <h4 class="app-checklist__label">{words::benefit_item::WHO_HEADING}</h4>
            {paragraphs(item.who)}
            <h4 class="app-checklist__label">{words::benefit_item::HOW_HEADING}</h4>
            {paragraphs(item.how)}
            <ul class="app-list app-checklist__links">
                <For each=links key=|link| link.url children=|link| view! { <li><a class="app-link" href=link.url>{link.text}</a></li> }/>
            </ul>
            <div class="app-checklist__progress" data-needs-app="">
                <NeedsAppNote text=words::needs_app::ITEM/>
                <div class="app-form-group">
                    <label class="app-label" for=status_id.clone()>{words::benefit_item::STATUS_LABEL}</label>
                    <select
                        class="app-select"
                        id=status_id
                        on:change:target=move |ev| {
                            let code = ev.target().value();
                            if let Some(status) = Status::from_code(&code) {
                                checklist.update(|c| c.set_status(item.id, status));
                            }
                        }
                    >
                        <Show when=newer>
                            <option value=NEWER_STATUS prop:selected=true>{words::checklist_status::NEWER}</option>
                        </Show>
                        {Status::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.code() prop:selected=move || status_code() == s.code()>{s.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="app-form-group">
                    <label class="app-label" for=note_id.clone()>{words::benefit_item::NOTE_LABEL}</label>
                    <div class="app-hint" id=note_hint_id.clone()>
                        {words::benefit_item::NOTE_HINT}
                    </div>
                    <textarea
                        class="app-textarea"
                        id=note_id
                        rows="2"
                        maxlength=NOTE_MAX_CHARS.to_string()
                        aria-describedby=note_hint_id
                        prop:value=note
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            checklist.update(|c| c.set_note(item.id, &text));
                        }
                    ></textarea>
                </div>
                <p class="app-print-only">
                    <LiveText text=Signal::derive(move || {
                        let note = note();
                        if note.trim().is_empty() { String::new() } else { words::fill(words::benefit_item::PRINTED_NOTE, "note", &note) }
                    })/>
                </p>
            </div>
            <details class="app-details app-checklist__sources">
                <summary class="app-details__summary">
                    <span class="app-details__summary-text">{words::benefit_item::SOURCES}</span>
                </summary>
                <div class="app-details__text">
                    <SourceItems sources=item.sources class="app-list app-list--bullet"/>
                    <p>
                        {words::fill(&words::fill(words::benefit_item::REVIEWED, "reviewed", &item.last_reviewed.long()), "due", &item.next_review_due.long())}
                    </p>
                </div>
            </details>
        </div>
    }
    .into_any();
    view! {
        <li class="app-checklist__item" aria-labelledby=labelled_by>
            <div class="app-checklist__header">
                <h3 class="app-checklist__name" id=heading_id>{item.name}</h3>
                <strong class="app-tag" data-status=status_code>
                    <span class="app-u-visually-hidden">{words::benefit_item::STATUS}</span>
                    <LiveText text=Signal::derive(move || status_label().to_string())/>
                </strong>
            </div>
            {overdue.then(|| view! {
                <p class="app-checklist__overdue">
                    <strong>{words::benefit_item::OVERDUE_HEADING}</strong>
                    " "
                    {words::fill(words::benefit_item::OVERDUE, "date", &item.next_review_due.long())}
                </p>
            })}
            <p class="app-checklist__lead"><RichText text=*lead/></p>
            // `data-app-print` is `contracts::PRINT_OPEN_ATTRIBUTE`.
            <details class="app-details app-checklist__more" data-app-print="">
                <summary class="app-details__summary">
                    <span class="app-details__summary-text">{words::benefit_item::MORE}</span>
                    <span class="app-u-visually-hidden">", " {item.name}</span>
                </summary>
                {more}
            </details>
        </li>
    }
}
