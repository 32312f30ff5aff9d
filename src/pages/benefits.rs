use crate::components::keeping::KeepingNotice;
use crate::components::page_heading::PageHeading;
use crate::components::{
    benefit_item::BenefitItem, benefit_questions::BenefitQuestions, live_text::LiveText,
    review_date::ReviewDate, save_notice::SaveNotice, who_can_help::WhoCanHelp,
};
use crate::content::benefits::{Benefit, Group, ITEMS};
use crate::content::words;
use crate::domain::checklist::Checklist;
use crate::state::saved::Saved;
use leptos::prelude::*;

/// The personalised benefits checklist, with progress kept on this device.
#[component]
pub fn BenefitsPage() -> impl IntoView {
    let saved = Saved::<Checklist>::load();
    let checklist = saved.value;
    let items = Memo::new(move |_| checklist.with(Checklist::items));
    let summary = move || checklist.with(Checklist::summary);
    let groups = move || {
        let mut groups: Vec<(Group, Vec<_>)> = Vec::new();
        for item in items.get() {
            match groups.last_mut() {
                Some((group, list)) if *group == item.group => list.push(item),
                _ => groups.push((item.group, vec![item])),
            }
        }
        groups
    };
    // The keyed list sits in an element of its own: a keyed list inserts new entries into the
    // element it was first drawn into, and a tool page is drawn off screen and its children
    // then moved into place (src/browser/takeover.rs). Keyed by each group's items: a change of answers replaces a group whole, so an item's
    // words never stay under another item's links and controls (docs/ARCHITECTURE.md, "Text
    // that changes").
    let group_key = |(group, list): &(Group, Vec<&'static Benefit>)| {
        (*group, list.iter().map(|item| item.id).collect::<Vec<_>>())
    };
    // The page's review dates are those of its oldest item.
    let last_reviewed = ITEMS
        .iter()
        .map(|i| i.last_reviewed)
        .min()
        .unwrap_or_default();
    let next_review_due = ITEMS
        .iter()
        .map(|i| i.next_review_due)
        .min()
        .unwrap_or_default();
    view! {
        <PageHeading text=words::page_names::BENEFITS/>
        {words::benefits_page::INTRO.iter().map(|text| view! { <p class="app-checklist-intro">{*text}</p> }).collect_view()}
        <SaveNotice problem=saved.problem what=words::save_notice::AFFECTS_CHECKLIST replace_newer=Callback::new(move |_| saved.replace_newer())/>
        <KeepingNotice/>
        <WhoCanHelp/>
        <BenefitQuestions checklist/>
        <div class="app-checklist-summary app-personal" data-needs-app="">
            <p class="app-checklist-summary__count" aria-live="polite">
                <LiveText text=Signal::derive(move || {
                    let (done, total) = summary();
                    words::fill(&words::fill(words::benefits_page::DONE_COUNT, "done", &done.to_string()), "total", &total.to_string())
                })/>
                " "
                <LiveText class="app-checklist-summary__detail" text=Signal::derive(move || {
                    let (_, total) = summary();
                    if total == 1 {
                        words::benefits_page::DONE_DETAIL_ONE.to_string()
                    } else {
                        words::fill(words::benefits_page::DONE_DETAIL, "total", &total.to_string())
                    }
                })/>
            </p>
            <p class="app-no-print">{words::benefits_page::PRINT_HINT}</p>
            <button
                type="button"
                class="app-button app-no-print"
                on:click=|_| {
                    let _ = window().print();
                }
            >
                {words::benefits_page::PRINT}
            </button>
        </div>
        <div class="app-checklist-groups">
        <For
            each=groups
            key=group_key
            children=move |(group, list)| view! {
                <section class="app-checklist app-personal">
                    <h2 class="app-checklist__group">{group.heading()}</h2>
                    <ol class="app-checklist__list">
                        {list.into_iter().map(|item| view! { <BenefitItem item checklist/> }).collect_view()}
                    </ol>
                </section>
            }
        />
        </div>
        <ReviewDate last_reviewed next_review_due/>
    }
}
