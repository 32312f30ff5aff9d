use super::rich_text::RichText;
use crate::content::Urgency;
use leptos::prelude::*;

/// The NHS care card: how urgently to act, with a visually hidden prefix for screen readers.
#[component]
pub fn CareCard(
    id: Option<&'static str>,
    urgency: Urgency,
    heading: &'static str,
    children: Children,
) -> impl IntoView {
    let class = format!("app-care-card app-care-card--{}", urgency.code());
    view! {
        <div class=class id=id>
            <div class="app-care-card__heading-container">
                <h2 class="app-care-card__heading">
                    <span role="text">
                        <span class="app-u-visually-hidden">{urgency.hidden_prefix()}</span>
                        <RichText text=heading/>
                    </span>
                </h2>
                <span class="app-care-card__arrow" aria-hidden="true"></span>
            </div>
            <div class="app-care-card__content">{children()}</div>
        </div>
    }
}
