use crate::content::Date;
use leptos::prelude::*;

/// Said at the top of a page whose review date has passed on this device's calendar, so an
/// old copy of the guide (a cached or forgotten intranet install) never looks current.
#[component]
pub fn OutOfDate(next_review_due: Date, today: Date) -> impl IntoView {
    (today > next_review_due).then(|| {
        view! {
            <div class="app-warning-callout app-warning-callout--out-of-date" role="note">
                <h2 class="app-warning-callout__label">
                    <span role="text">
                        <span class="app-u-visually-hidden">"Important: "</span>
                        "This page may be out of date"
                    </span>
                </h2>
                <p>
                    "It was due to be checked by "
                    <time datetime=next_review_due.iso()>{next_review_due.long()}</time>
                    ". Some details, such as phone numbers or benefit rules, may have changed. "
                    "Check with your hospital team or the organisations named on this page."
                </p>
            </div>
        }
    })
}
