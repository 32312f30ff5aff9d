use crate::contacts::{parse_uk_phone, Contacts};
use crate::deployment::ConfigState;
use crate::route::Route;
use leptos::prelude::*;

/// 999, 111 and the hospital's 24-hour line, always first on the support page, before any
/// search: the numbers a person needs at a bad moment.
#[component]
pub fn UrgentHelp(contacts: RwSignal<Contacts>, config: RwSignal<ConfigState>) -> impl IntoView {
    let hospital_line = move || match config.get() {
        ConfigState::Loaded(d) => {
            let d = *d;
            d.acute_line
                .map(|line| (d.hospital_name.unwrap_or_default(), line))
        }
        _ => None,
    };
    let own_lines = move || contacts.with(Contacts::urgent_lines);
    let has_any_line = move || hospital_line().is_some() || !own_lines().is_empty();
    view! {
        <section class="app-urgent-help app-personal" aria-labelledby="urgent-help-heading">
            <h2 class="app-urgent-help__heading" id="urgent-help-heading">"Urgent help"</h2>
            <ul class="app-urgent-help__list">
                {move || hospital_line().map(|(hospital, line)| view! {
                    <li class="app-urgent-help__item">
                        <span class="app-urgent-help__what">
                            {if hospital.is_empty() { line.name.clone() } else { format!("{hospital}: {}", line.name) }}
                        </span>
                        <a class="app-urgent-help__number" href=format!("tel:{}", line.tel)>{line.phone.clone()}</a>
                    </li>
                })}
                {move || own_lines()
                    .into_iter()
                    .map(|c| {
                        let tel = parse_uk_phone(&c.phone).map(|p| p.tel).unwrap_or_default();
                        view! {
                            <li class="app-urgent-help__item">
                                <span class="app-urgent-help__what">{c.name.clone()} " (your contact)"</span>
                                <a class="app-urgent-help__number" href=format!("tel:{tel}")>{c.phone.clone()}</a>
                            </li>
                        }
                    })
                    .collect_view()}
                <li class="app-urgent-help__item">
                    <span class="app-urgent-help__what">"Emergency"</span>
                    <a class="app-urgent-help__number" href="tel:999">"999"</a>
                </li>
                <li class="app-urgent-help__item">
                    <span class="app-urgent-help__what">"NHS 111: urgent help that is not an emergency"</span>
                    <a class="app-urgent-help__number" href="tel:111">"111"</a>
                </li>
            </ul>
            {move || (!has_any_line()).then(|| view! {
                <p class="app-urgent-help__missing">
                    "If you are having treatment, your hospital will give you a 24-hour number to call. "
                    <a class="app-link" href=format!("{}#contact-form", Route::CareTeam.href())>"Add it to your contacts"</a>
                    " and tick \"This is my hospital's 24-hour line\" to keep it here."
                </p>
            })}
        </section>
    }
}
