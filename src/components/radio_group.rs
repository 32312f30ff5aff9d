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
            <Radios
                name=format!("question-{id}")
                empty="skip"
                options=question.options.to_vec()
                selected
                on_select
            />
        </fieldset>
    }
}

/// The radios of one choice (NHS pattern), bound to a code signal: each option is
/// `(code, label)`, and its input's id is `{name}-{code}` (`{name}-{empty}` for the option whose
/// code is ""). `inline`: side by side while they fit, wrapping as the text grows.
#[component]
pub fn Radios(
    name: String,
    empty: &'static str,
    options: Vec<(&'static str, &'static str)>,
    #[prop(into)] selected: Signal<&'static str>,
    #[prop(into)] on_select: Callback<&'static str>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    view! {
        <div class="app-radios" class:app-radios--inline=inline>
            {options
                .into_iter()
                .map(|(code, label)| {
                    let input_id = format!("{name}-{}", if code.is_empty() { empty } else { code });
                    view! {
                        <div class="app-radios__item">
                            <input
                                class="app-radios__input"
                                type="radio"
                                id=input_id.clone()
                                name=name.clone()
                                value=code
                                prop:checked=move || selected.get() == code
                                on:change=move |_| on_select.run(code)
                            />
                            <label class="app-radios__label" for=input_id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
