use super::needs_app::NeedsAppNote;
use super::radio_group::RadioGroup;
use crate::content::checklist_page::QUESTIONS;
use crate::content::words;
use crate::domain::checklist::Checklist;
use leptos::prelude::*;

/// The optional questions that personalise the checklist. Each answer is saved as soon as it
/// is chosen; the list below updates straight away.
#[component]
pub fn BenefitQuestions(checklist: RwSignal<Checklist>) -> impl IntoView {
    // Open for a first visit; folded away once answered, so the list is what returning
    // visitors see first.
    let open = checklist.with_untracked(|c| c.answers.is_blank());
    view! {
        <NeedsAppNote text=words::needs_app::CHECKLIST/>
        <details class="app-details app-questions app-personal" open=open data-needs-app="">
            <summary class="app-details__summary">
                <span class="app-details__summary-text">{words::benefit_questions::SUMMARY}</span>
            </summary>
            <div class="app-details__text">
                {QUESTIONS
                    .iter()
                    .map(|question| {
                        let selected = Signal::derive(move || checklist.with(|c| c.answers.get(question.id)));
                        let on_select = Callback::new(move |code: &'static str| {
                            checklist.update(|c| c.answers.set(question.id, code))
                        });
                        view! { <RadioGroup question selected on_select/> }
                    })
                    .collect_view()}
                <div class="app-checkboxes">
                    <div class="app-checkboxes__item">
                        <input
                            class="app-checkboxes__input"
                            type="checkbox"
                            id="show-everything"
                            prop:checked=move || checklist.with(|c| c.answers.show_everything)
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                checklist.update(|c| c.answers.show_everything = on);
                            }
                        />
                        <label class="app-checkboxes__label" for="show-everything">{words::benefit_questions::SHOW_EVERYTHING}</label>
                    </div>
                </div>
                <button
                    type="button"
                    class="app-button app-button--secondary"
                    on:click=move |_| checklist.update(|c| c.answers = Default::default())
                >
                    {words::benefit_questions::CLEAR}
                </button>
            </div>
        </details>
    }
}
