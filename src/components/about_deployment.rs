use crate::deployment::{ConfigState, CONFIG_FILE};
use leptos::prelude::*;

/// What the hospital's settings file did, for the person and for the hospital's web team.
#[component]
pub fn AboutDeployment(config: RwSignal<ConfigState>) -> impl IntoView {
    view! {
        <section class="app-about-deployment" aria-labelledby="about-deployment-heading">
            <h2 id="about-deployment-heading">"About this deployment"</h2>
            {move || match config.get() {
                ConfigState::Loading => view! { <p>"Checking for hospital settings…"</p> }.into_any(),
                ConfigState::Absent => view! {
                    <p>"This copy of the guide has no hospital settings. Hospitals can add their own contacts with a "<code>{CONFIG_FILE}</code>" file."</p>
                }.into_any(),
                ConfigState::Loaded(d) => view! {
                    <p>{match d.hospital_name.clone() {
                        Some(name) => format!("This copy of the guide is provided by {name}."),
                        None => "This copy of the guide has hospital settings.".to_string(),
                    }}</p>
                    {(!d.warnings.is_empty()).then(|| view! {
                        <p>{format!("Some entries in {CONFIG_FILE} were not used:")}</p>
                        <ul class="app-list app-list--bullet app-about-deployment__warnings">
                            {d.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                }.into_any(),
                ConfigState::Malformed(reason) => view! {
                    <div class="app-warning-callout" role="status">
                        <h3 class="app-warning-callout__label">"The hospital settings could not be used"</h3>
                        <p>{format!("{CONFIG_FILE} was not used because {reason}. The guide works without it, but your hospital's own contacts are missing. Please tell the hospital.")}</p>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
