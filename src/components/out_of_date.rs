use crate::content::{words, Date};
use leptos::prelude::*;

/// Said at the top of a page whose review date has passed on this device's calendar, so an
/// old copy of the guide (a cached or forgotten intranet install) never looks current. Always
/// drawn, with the date (`contracts::REVIEW_DUE_ATTRIBUTE`); the stylesheet shows it only once
/// the pre-paint script has found the date passed (`contracts::OVERDUE_ATTRIBUTE`), so it
/// appears before the first paint, with or without the wasm.
#[component]
pub fn OutOfDate(next_review_due: Date) -> impl IntoView {
    // The date is marked up as a date, where the words say {date}.
    let (before, after) =
        words::around(words::out_of_date::BODY, "date").unwrap_or((words::out_of_date::BODY, ""));
    // `data-review-due` is `contracts::REVIEW_DUE_ATTRIBUTE` (`view!` needs it written out).
    view! {
        <div
            class="app-warning-callout app-warning-callout--out-of-date"
            role="note"
            data-review-due=next_review_due.iso()
        >
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
}
