use crate::content::{words, Date};
use leptos::prelude::*;

/// Said at the top of a page whose review date has passed on this device's calendar, so an
/// old copy of the guide (a cached or forgotten intranet install) never looks current.
#[component]
pub fn OutOfDate(next_review_due: Date, today: Date) -> impl IntoView {
    (today > next_review_due).then(|| {
        // The date is marked up as a date, where the words say {date}.
        let (before, after) = words::around(words::out_of_date::BODY, "date")
            .unwrap_or((words::out_of_date::BODY, ""));
        view! {
            <div class="app-warning-callout app-warning-callout--out-of-date" role="note">
                <h2 class="app-warning-callout__label">
                    <span role="text">
                        <span class="app-u-visually-hidden">{words::shared::IMPORTANT}</span>
                        {words::out_of_date::HEADING}
                    </span>
                </h2>
                <p>
                    {before}
                    <time datetime=next_review_due.iso()>{next_review_due.long()}</time>
                    {after}
                </p>
            </div>
        }
    })
}
