//! One view per route, and the bundles that group them.
//!
//! The browser loads one wasm bundle per kind of page, each holding only the code its pages
//! need, so no page's first load carries the whole app. `Route::bundle` names the bundle of each
//! page; sitegen links each pre-rendered page to it and renders every page with `all`.

pub mod benefits;
pub mod care_team;
pub mod deployment_check;
#[cfg(not(target_arch = "wasm32"))]
pub mod glossary;
#[cfg(not(target_arch = "wasm32"))]
pub mod guide;
#[cfg(not(target_arch = "wasm32"))]
pub mod guide_index;
#[cfg(not(target_arch = "wasm32"))]
pub mod home;
pub mod not_found;
pub mod settings;
pub mod support;
pub mod your_data;

use crate::route::Route;
use leptos::prelude::*;

/// Every page (for the build, which pre-renders them all).
#[cfg(not(target_arch = "wasm32"))]
pub fn all(route: Route) -> AnyView {
    match route {
        Route::Benefits => benefits(route),
        Route::Support => support(route),
        Route::CareTeam => care_team(route),
        Route::Settings | Route::DeploymentCheck => settings(route),
        Route::YourData => your_data(route),
        _ => guide(route),
    }
}

/// The reading pages: home, the guide's contents, its sections and the glossary. Drawn only by the build:
/// in the browser their bundle draws only their islands (`components::island`).
#[cfg(not(target_arch = "wasm32"))]
pub fn guide(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::HomePage/> }.into_any(),
        Route::GuideIndex => view! { <guide_index::GuideIndexPage/> }.into_any(),
        Route::Guide(index) => view! { <guide::GuidePage index/> }.into_any(),
        Route::Glossary => view! { <glossary::GlossaryPage/> }.into_any(),
        _ => not_found(route),
    }
}

pub fn benefits(route: Route) -> AnyView {
    only(
        route,
        Route::Benefits,
        || view! { <benefits::BenefitsPage/> },
    )
}

pub fn support(route: Route) -> AnyView {
    only(route, Route::Support, || view! { <support::SupportPage/> })
}

pub fn care_team(route: Route) -> AnyView {
    only(
        route,
        Route::CareTeam,
        || view! { <care_team::CareTeamPage/> },
    )
}

/// The settings bundle's two pages: the person's settings, and the web team's check of this
/// deployment (linked from the settings page's "About this deployment").
pub fn settings(route: Route) -> AnyView {
    match route {
        Route::DeploymentCheck => view! { <deployment_check::DeploymentCheckPage/> }.into_any(),
        _ => only(
            route,
            Route::Settings,
            || view! { <settings::SettingsPage/> },
        ),
    }
}

pub fn your_data(route: Route) -> AnyView {
    only(
        route,
        Route::YourData,
        || view! { <your_data::YourDataPage/> },
    )
}

/// A bundle with one page: that page at its own address, not-found anywhere else.
fn only<V: IntoView + 'static>(route: Route, page: Route, draw: impl FnOnce() -> V) -> AnyView {
    if route == page {
        draw().into_any()
    } else {
        not_found(route)
    }
}

/// A bundle was opened at an address that is not one of its pages (for example a host that
/// answers unknown addresses with another page). Takes the route only to be a `PageView`.
pub fn not_found(_route: Route) -> AnyView {
    view! { <not_found::NotFoundPage/> }.into_any()
}
