use crate::content::checklist_page::Question;
use crate::content::kinds::Coded;
use leptos::prelude::*;

/// One question as an NHS-style radio group in a fieldset, bound to a code signal.
#[component]
pub fn RadioGroup<K: Coded>(
    question: &'static Question<K>,
    #[prop(into)] selected: Signal<&'static str>,
    #[prop(into)] on_select: Callback<&'static str>,
) -> impl IntoView {
    let id = question.id.code();
    let hint_id = format!("question-{id}-hint");
    let described_by = question.hint.map(|_| hint_id.clone());
    view! {
        <fieldset class="app-fieldset app-personal" aria-describedby=described_by>
            <legend class="app-fieldset__legend">{question.legend}</legend>
            {question.hint.map(|hint| view! { <div class="app-hint" id=hint_id.clone()>{hint}</div> })}
            <div class="app-radios">
                {question
                    .options
                    .iter()
                    .map(|(code, label)| {
                        let code: &'static str = code;
                        let input_id = format!("question-{id}-{}", if code.is_empty() { "skip" } else { code });
                        view! {
                            <div class="app-radios__item">
                                <input
                                    class="app-radios__input"
                                    type="radio"
                                    id=input_id.clone()
                                    name=format!("question-{id}")
                                    value=code
                                    prop:checked=move || selected.get() == code
                                    on:change=move |_| on_select.run(code)
                                />
                                <label class="app-radios__label" for=input_id>{*label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
