//! "Parts of this guide cannot work here": the notice every page carries for a
//! browser that cannot run the app (no JavaScript, too old, or WebAssembly blocked). The build
//! draws it (`crates/sitegen`, through `app::render`) from the same urgent lines the app shows; the stylesheet hides it
//! wherever the app can start (`style/before-start.css`).

use super::rich_text::RichText;
use super::urgent_numbers::{row, Row};
use crate::content::directory::Hours;
use crate::content::directory::ORGANISATIONS;
use crate::content::urgent_numbers::FALLBACK_ORGANISATIONS;
use crate::content::{passages, words};
use crate::domain::urgent::urgent_lines;
use leptos::prelude::*;

/// The notice's `id`: the stylesheet and the boot module find it by it.
pub const FALLBACK_ID: &str = "app-fallback";

/// The notice: who to call (999, the person's own 24-hour line, each nation's lines marked with
/// their nations, then the organisations `content/urgent-numbers.toml` names), and the symptoms
/// to act on at once.
#[component]
pub fn Fallback() -> impl IntoView {
    // Every nation's lines, each marked, as the urgent numbers draw them before the app runs:
    // 999 first (the build checks it), then the person's own line, then the rest.
    let mut lines = urgent_lines(
        None,
        &[],
        &crate::domain::urgent::HospitalLine::Absent,
        crate::content::Date::default(),
    );
    let emergency = lines.remove(0);
    let organisations = FALLBACK_ORGANISATIONS
        .iter()
        .filter_map(|id| ORGANISATIONS.iter().find(|o| o.id == *id))
        .map(|o| Row {
            what: o.name.to_string(),
            phone: o.phone.map(|p| (p.shown.to_string(), p.tel.to_string())),
            when: match o.hours {
                Hours::Known(hours) => hours.to_string(),
                Hours::SeeWebsite | Hours::NotApplicable => String::new(),
            },
            link: None,
            nations: None,
            personal: false,
            unavailable: false,
        });
    view! {
        <div id=FALLBACK_ID class="app-fallback">
            <div class="app-width-container">
                <div class="app-fallback__panel" role="region" aria-labelledby="app-fallback-heading">
                    <h2 class="app-heading-m" id="app-fallback-heading">{words::fallback::HEADING}</h2>
                    <p>{words::fallback::INTRO}</p>
                    <h3>{words::fallback::NUMBERS_HEADING}</h3>
                    <ul class="app-urgent-help__list app-fallback__numbers">
                        {row(Row::from(emergency))}
                        <li class="app-urgent-help__item">
                            <span><RichText text=passages::fallback::OWN_LINE/></span>
                        </li>
                        {lines.into_iter().map(|e| row(Row::from(e))).collect_view()}
                        {organisations.map(row).collect_view()}
                    </ul>
                    <h3>{words::fallback::SYMPTOMS_HEADING}</h3>
                    {passages::fallback::SYMPTOMS.iter().map(|text| view! { <p><RichText text/></p> }).collect_view()}
                    <p>{words::fallback::NOTHING_SENT}</p>
                </div>
            </div>
        </div>
    }
}
