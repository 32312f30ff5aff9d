use crate::content::words;
use crate::domain::directory::Listing;
use crate::domain::urgent::nations_attribute;
use leptos::prelude::*;

/// One organisation in the directory: what they help with and how to reach them.
#[component]
pub fn OrganisationCard(listing: Listing) -> impl IntoView {
    let categories = listing
        .categories
        .iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="app-organisation" data-nations=nations_attribute(listing.nations)>
            <h3 class="app-organisation__name">{listing.name.clone()}</h3>
            {listing.local.then(|| view! { <p class="app-organisation__local">{words::organisation_card::ADDED_BY_HOSPITAL}</p> })}
            <p>{listing.description.clone()}</p>
            <dl class="app-organisation__details">
                {listing.phone.clone().map(|(shown, tel)| view! {
                    <dt>{words::organisation_card::PHONE}</dt>
                    <dd><a class="app-organisation__phone" href=format!("tel:{tel}") translate="no">{shown}</a></dd>
                })}
                {listing.hours.clone().map(|hours| view! { <dt>{words::organisation_card::OPEN}</dt><dd>{hours}</dd> })}
                {listing.website.clone().map(|url| view! {
                    <dt>{words::organisation_card::WEBSITE}</dt>
                    <dd><a class="app-link" href=url.clone()>{url.trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/').to_string()}</a></dd>
                })}
                {listing.email.clone().map(|email| view! {
                    <dt>{words::organisation_card::EMAIL}</dt>
                    <dd><a class="app-link" href=format!("mailto:{email}")>{email.clone()}</a></dd>
                })}
                {(!categories.is_empty()).then(|| view! { <dt>{words::organisation_card::HELPS_WITH}</dt><dd>{categories}</dd> })}
            </dl>
        </li>
    }
}
