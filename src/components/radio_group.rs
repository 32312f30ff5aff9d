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
                        radio(
                            input_id,
                            format!("question-{id}"),
                            code,
                            label,
                            move || selected.get() == code,
                            move || on_select.run(code),
                        )
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// One NHS radio button with its label, for any group (`name`) of choices.
pub fn radio(
    id: String,
    name: String,
    value: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="app-radios__item">
            <input
                class="app-radios__input"
                type="radio"
                id=id.clone()
                name=name
                value=value
                prop:checked=checked
                on:change=move |_| on_change()
            />
            <label class="app-radios__label" for=id>{label}</label>
        </div>
    }
}
