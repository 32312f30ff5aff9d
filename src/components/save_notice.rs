use crate::content::words;
use crate::state::saved::SaveProblem;
use leptos::prelude::*;

/// Tells the person, plainly, when what they see is not being kept on this device. For data
/// from a newer version, `replace_newer` offers the choice to use this version anyway.
///
/// The notice sits inside a live region that is in the page from the first drawing, so a
/// problem that arises later (a refused save) is read out: a region inserted together with its
/// message often is not. A change of problem replaces the notice whole (keyed), so a translated
/// page never keeps an old heading over new words (src/components/live_text.rs).
#[component]
pub fn SaveNotice(
    problem: RwSignal<Option<SaveProblem>>,
    what: &'static str,
    #[prop(optional)] replace_newer: Option<Callback<()>>,
) -> impl IntoView {
    let notice = move |problem: SaveProblem| {
        let (heading, text) = match problem {
            SaveProblem::Unavailable => (
                words::save_notice::UNAVAILABLE_HEADING,
                words::save_notice::UNAVAILABLE,
            ),
            SaveProblem::Unreadable => (
                words::save_notice::UNREADABLE_HEADING,
                words::save_notice::UNREADABLE,
            ),
            SaveProblem::Newer => (words::save_notice::NEWER_HEADING, words::save_notice::NEWER),
            SaveProblem::Paused => (
                words::save_notice::PAUSED_HEADING,
                words::save_notice::PAUSED,
            ),
            SaveProblem::Refused => (
                words::save_notice::REFUSED_HEADING,
                words::save_notice::REFUSED,
            ),
        };
        view! {
            <div class="app-warning-callout app-save-notice">
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
    };
    // A refused save interrupts (alert); the others are said politely (status).
    let refused = move || {
        problem
            .get()
            .filter(|p| *p == SaveProblem::Refused)
            .into_iter()
            .collect::<Vec<_>>()
    };
    let other = move || {
        problem
            .get()
            .filter(|p| *p != SaveProblem::Refused)
            .into_iter()
            .collect::<Vec<_>>()
    };
    view! {
        <div class="app-save-notice-region" role="alert">
            <For each=refused key=|p| *p children=notice/>
        </div>
        <div class="app-save-notice-region" role="status">
            <For each=other key=|p| *p children=notice/>
        </div>
    }
}
