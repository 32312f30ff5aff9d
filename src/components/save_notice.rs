use crate::saved::SaveProblem;
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
                SaveProblem::Unavailable => (
                    "Your changes will not be kept",
                    "This browser is not letting the guide save anything on this device. You can still use it, but what you enter will be lost when you close this page.",
                ),
                SaveProblem::Unreadable => (
                    "We could not read what was saved before",
                    "Something saved on this device could not be read, so the guide has started afresh. We kept a copy of the old data on this device; nothing has been deleted.",
                ),
                SaveProblem::Newer => (
                    "Saved by a newer version of this guide",
                    "What is saved on this device came from a newer version of the guide, so this version will not change it. Changes you make here will not be kept.",
                ),
                SaveProblem::Paused => (
                    "Nothing is being saved on this device",
                    "You chose not to save anything on this device, for example because it is shared. What you enter lasts until you close this tab. You can change this on the Your data page.",
                ),
                SaveProblem::Refused => (
                    "Your last change was not saved",
                    "This browser refused to save it, usually because its storage is full. What you see on screen is not saved on this device.",
                ),
            };
            let role = if problem == SaveProblem::Refused { "alert" } else { "status" };
            view! {
                <div class="app-warning-callout app-save-notice" role=role>
                    <h2 class="app-warning-callout__label">
                        <span role="text">
                            <span class="app-u-visually-hidden">"Important: "</span>
                            {heading}
                        </span>
                    </h2>
                    <p>{text}</p>
                    <p class="app-save-notice__what">{format!("This affects {what}.")}</p>
                    {replace_newer.filter(|_| problem == SaveProblem::Newer).map(|replace| view! {
                        <button type="button" class="app-button app-button--secondary" on:click=move |_| replace.run(())>
                            "Use this version and save my changes (a copy of the newer data is kept)"
                        </button>
                    })}
                </div>
            }
        })
    }
}
