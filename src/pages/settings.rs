use crate::components::needs_app::NeedsAppNote;
use crate::components::page_heading::PageHeading;
use crate::components::{
    about_deployment::AboutDeployment, radio_group::RadioGroup, save_notice::SaveNotice,
};
use crate::content::checklist_page::Question;
use crate::content::kinds::SettingId;
use crate::content::settings_page::{MOTION, TEXT_SIZE, THEME};
use crate::content::words;
use crate::state::preferences::Preferences;
use crate::state::saved::Saved;
use leptos::prelude::*;

/// Text size, colours and motion, applied at once to the whole guide and kept on this device;
/// then "About this deployment", for the hospital's web team (what its settings file gave, and
/// any mistakes in it).
#[component]
pub fn SettingsPage() -> impl IntoView {
    let saved = expect_context::<Saved<Preferences>>();
    let prefs = saved.value;
    let group = move |question: &'static Question<SettingId>| {
        let selected = Signal::derive(move || prefs.with(|p| p.get(question.id)));
        let on_select =
            Callback::new(move |code: &'static str| prefs.update(|p| p.set(question.id, code)));
        view! { <RadioGroup question selected on_select/> }
    };
    view! {
        <PageHeading text=words::page_names::SETTINGS/>
        <p class="app-lede">{words::settings::INTRO}</p>
        <SaveNotice problem=saved.problem what=words::save_notice::AFFECTS_SETTINGS replace_newer=Callback::new(move |_| saved.replace_newer())/>
        <form class="app-settings" method="dialog" on:submit=|ev| ev.prevent_default() data-needs-app="">
            <NeedsAppNote text=words::needs_app::SETTINGS/>
            {group(&TEXT_SIZE)}
            <div class="app-inset-text app-settings__sample" aria-hidden="true">
                <p>{words::settings::SAMPLE}</p>
            </div>
            {group(&THEME)}
            {group(&MOTION)}
        </form>
        <AboutDeployment/>
    }
}
