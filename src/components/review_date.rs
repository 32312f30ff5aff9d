use crate::content::{words, Date};
use leptos::prelude::*;

/// "Page last reviewed / Next review due", as the NHS shows it at the foot of a page.
#[component]
pub fn ReviewDate(last_reviewed: Date, next_review_due: Date) -> impl IntoView {
    view! {
        <div class="app-review-date">
            <p class="app-review-date__text">
                {words::review_date::LAST_REVIEWED}
                <time datetime=last_reviewed.iso()>{last_reviewed.long()}</time>
                <br/>
                {words::review_date::NEXT_REVIEW_DUE}
                <time datetime=next_review_due.iso()>{next_review_due.long()}</time>
            </p>
        </div>
    }
}
