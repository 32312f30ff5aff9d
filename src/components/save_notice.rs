use crate::content::words;
use crate::state::saved::SaveProblem;
use leptos::prelude::*;

/// Tells the person, plainly, when what they see is not being kept on this device. For data
/// from a newer version, `replace_newer` offers the choice to use this version anyway.
#[component]
pub fn SaveNotice(
    problem: RwSignal<Option<SaveProblem>>,
    what: &'static str,
    #[prop(optional)] replace_newer: Option<Callback<()>>,
) -> impl IntoView {
    move || {
        problem.get().map(|problem| {
            let (heading, text) = match problem {
                SaveProblem::Unavailable => (words::save_notice::UNAVAILABLE_HEADING, words::save_notice::UNAVAILABLE),
                SaveProblem::Unreadable => (words::save_notice::UNREADABLE_HEADING, words::save_notice::UNREADABLE),
                SaveProblem::Newer => (words::save_notice::NEWER_HEADING, words::save_notice::NEWER),
                SaveProblem::Paused => (words::save_notice::PAUSED_HEADING, words::save_notice::PAUSED),
                SaveProblem::Refused => (words::save_notice::REFUSED_HEADING, words::save_notice::REFUSED),
            };
            let role = if problem == SaveProblem::Refused { "alert" } else { "status" };
            view! {
                <div class="app-warning-callout app-save-notice" role=role>
                    <h2 class="app-warning-callout__label">
                        <span role="text">
                            <span class="app-u-visually-hidden">{words::shared::IMPORTANT}</span>
                            {heading}
                        </span>
                    </h2>
                    <p>{text}</p>
                    <p class="app-save-notice__what">{words::fill(words::save_notice::AFFECTS, "what", what)}</p>
                    {replace_newer.filter(|_| problem == SaveProblem::Newer).map(|replace| view! {
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| replace.run(())>
                            {words::save_notice::USE_THIS_VERSION}
                        </button>
                    })}
                </div>
            }
        })
    }
}
