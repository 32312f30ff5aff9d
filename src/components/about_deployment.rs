use crate::content::words;
use crate::domain::deployment::{ConfigState, CONFIG_FILE};
use leptos::prelude::*;

/// What the hospital's settings file did, for the person and for the hospital's web team.
#[component]
pub fn AboutDeployment(config: RwSignal<ConfigState>) -> impl IntoView {
    view! {
        <section class="app-about-deployment" aria-labelledby="about-deployment-heading">
            <h2 id="about-deployment-heading">{words::about_deployment::HEADING}</h2>
            {move || match config.get() {
                ConfigState::Loading => view! { <p>{words::about_deployment::CHECKING}</p> }.into_any(),
                ConfigState::Absent => {
                    // The file's name is shown as code, where the words say {file}.
                    let (before, after) = words::around(words::about_deployment::NO_SETTINGS, "file")
                        .unwrap_or((words::about_deployment::NO_SETTINGS, ""));
                    view! { <p>{before}<code>{CONFIG_FILE}</code>{after}</p> }.into_any()
                }
                ConfigState::Loaded(d) => view! {
                    <p>{match d.hospital_name.clone() {
                        Some(name) => words::fill(words::about_deployment::PROVIDED_BY, "hospital", &name),
                        None => words::about_deployment::HAS_SETTINGS.to_string(),
                    }}</p>
                    {(!d.warnings.is_empty()).then(|| view! {
                        <p>{words::fill(words::about_deployment::NOT_USED, "file", CONFIG_FILE)}</p>
                        <ul class="app-list app-list--bullet app-about-deployment__warnings">
                            {d.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                }.into_any(),
                ConfigState::Malformed(reason) => view! {
                    <div class="app-warning-callout" role="status">
                        <h3 class="app-warning-callout__label">{words::about_deployment::FAILED_HEADING}</h3>
                        <p>{words::fill(&words::fill(words::about_deployment::FAILED, "file", CONFIG_FILE), "reason", &reason)}</p>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
