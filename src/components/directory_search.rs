use super::live_text::LiveText;
use super::needs_app::NeedsAppNote;
use super::organisation_card::OrganisationCard;
use super::radio_group::Radios;
use crate::browser::navigation::{query_param, replace_query};
use crate::content::directory::{phones::MACMILLAN_SUPPORT_LINE as MACMILLAN, Category};
use crate::content::words;
use crate::domain::deployment::ConfigState;
use crate::domain::directory::{find, index, listings, Listing};
use crate::domain::search::SearchIndex;
use crate::state::where_you_live::WhereYouLive;
use leptos::prelude::*;
use std::sync::Arc;

/// How many results are drawn at once: with a region's whole services list a query can match
/// thousands, and drawing them all would take far longer than a frame.
const PAGE_SIZE: usize = 30;

/// How long typing must pause before the result count is announced (milliseconds).
const PAUSE_MS: u64 = 500;

struct Directory {
    listings: Vec<Listing>,
    index: SearchIndex,
}

/// Search as you type over the directory, with a category filter. The query lives in the
/// address so a search can be bookmarked or shared; the number of results is announced.
#[component]
pub fn DirectorySearch(config: RwSignal<ConfigState>) -> impl IntoView {
    let query = RwSignal::new(query_param("q").unwrap_or_default());
    let category = RwSignal::new(query_param("category").and_then(|c| Category::from_code(&c)));
    // Built once per settings file, not per keystroke. The national directory is there from
    // the first drawing (so the pre-rendered page already lists it); a hospital's settings
    // file adds its own entries when it arrives.
    let build = |listings: Vec<Listing>| {
        let index = index(&listings);
        Arc::new(Directory { listings, index })
    };
    let directory = RwSignal::new(build(listings(None)));
    Effect::new(move |_| {
        config.with(|c| {
            if let ConfigState::Loaded(deployment) = c {
                directory.set(build(listings(Some(deployment))));
            }
        })
    });
    let answer = WhereYouLive::use_answer();
    let shown = RwSignal::new(PAGE_SIZE);
    let results = Memo::new(move |_| {
        let directory = directory.get();
        let q = query.get();
        find(
            &directory.listings,
            &directory.index,
            &q,
            category.get(),
            answer.get(),
        )
    });
    // A new search starts again from the first page of results.
    Effect::new(move |_| {
        results.track();
        if shown.get_untracked() != PAGE_SIZE {
            shown.set(PAGE_SIZE);
        }
    });
    // Positions of the listings to draw. At most a page of cards is drawn again per keystroke,
    // which is quick; a keyed list would keep them but costs every page load about 5 KB more
    // wasm (gzip).
    let visible = move || {
        let directory = directory.get();
        results.with(|found| {
            found
                .iter()
                .take(shown.get())
                .map(|&i| directory.listings[i].clone())
                .collect::<Vec<_>>()
        })
    };
    // Only a change between "some" and "none" redraws the list's frame.
    let no_results = Memo::new(move |_| results.with(Vec::is_empty));
    // Keyed by the whole listing: a new search replaces cards whole, so a heading never stays
    // over another organisation's number, whatever a translation tool has done to the page
    // (src/components/live_text.rs).
    let card = |listing: Listing| view! { <OrganisationCard listing/> };
    let status = move || {
        let count = results.with(Vec::len);
        let q = query.get();
        let q = q.trim();
        let mut status = if count == 1 {
            words::directory::RESULTS_ONE.to_string()
        } else {
            words::fill(words::directory::RESULTS, "count", &count.to_string())
        };
        if !q.is_empty() {
            status.push(' ');
            status.push_str(&words::fill(words::directory::FOR_SEARCH, "search", q));
        }
        if let Some(c) = category.get() {
            status.push(' ');
            status.push_str(&words::fill(
                words::directory::IN_CATEGORY,
                "category",
                c.label(),
            ));
        }
        let showing = shown.get();
        if count > showing {
            status.push_str(", ");
            status.push_str(&words::fill(
                words::directory::SHOWING_FIRST,
                "shown",
                &showing.to_string(),
            ));
        }
        status
    };
    // The result count, said (it is a live region) once typing pauses, not as a stream of
    // half-words ("1 result for 'sama'"). The address follows at the same pause: rewriting it on
    // every keystroke costs time and browsers throttle frequent history changes.
    let announced = RwSignal::new(untrack(status));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        // Also when the list changes otherwise (the hospital's entries arrive, "show more").
        results.track();
        shown.track();
        let q = query.get();
        let c = category.get().map_or("", Category::code);
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                replace_query(&[("q", q.trim()), ("category", c)]);
                if first.is_some() {
                    announced.set(untrack(status));
                }
            },
            std::time::Duration::from_millis(PAUSE_MS),
        )
        .ok();
        pending.set_value(handle);
    });
    // Radios, not a select: a select cannot wrap its words, and with the browser's text doubled
    // on a small phone a category's name no longer fits in one (tests/e2e/large-text.test.mjs).
    let categories = std::iter::once(("", words::directory::ANY_CATEGORY))
        .chain(Category::ALL.into_iter().map(|c| (c.code(), c.label())));
    view! {
        <section class="app-directory" aria-labelledby="directory-heading">
            <h2 id="directory-heading">{words::directory::HEADING}</h2>
            <form class="app-directory__filters" role="search" method="dialog" on:submit=|ev| ev.prevent_default() data-needs-app="">
                <NeedsAppNote text=words::needs_app::DIRECTORY/>
                <div class="app-form-group">
                    <label class="app-label" for="directory-query">{words::directory::SEARCH_LABEL}</label>
                    <div class="app-hint" id="directory-query-hint">{words::directory::SEARCH_HINT}</div>
                    <input
                        class="app-input"
                        id="directory-query"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        aria-describedby="directory-query-hint"
                        prop:value=query
                        on:input:target=move |ev| query.set(ev.target().value())
                    />
                </div>
                <fieldset class="app-fieldset">
                    <legend class="app-fieldset__legend">{words::directory::CATEGORY_LABEL}</legend>
                    <Radios
                        name="directory-category".to_string()
                        empty="any"
                        inline=true
                        options=categories.collect()
                        selected=Signal::derive(move || category.get().map_or("", Category::code))
                        on_select=Callback::new(move |code: &'static str| category.set(Category::from_code(code)))
                    />
                </fieldset>
            </form>
            <p class="app-directory__status app-personal" role="status" aria-live="polite">
                <LiveText text=announced/>
            </p>
            {move || {
                if no_results.get() {
                    let (macmillan_before, macmillan_after) = words::around(words::directory::MACMILLAN, "phone")
                        .unwrap_or((words::directory::MACMILLAN, ""));
                    view! {
                        <div class="app-inset-text app-directory__empty app-personal">
                            <p><strong>{words::directory::NO_RESULTS_HEADING}</strong>" "{words::directory::NO_RESULTS}</p>
                            <p>{macmillan_before}<a class="app-link app-link--tel" href=format!("tel:{}", MACMILLAN.tel) translate="no">{MACMILLAN.shown}</a>{macmillan_after}</p>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <ol class="app-directory__list app-personal">
                            <For each=visible key=|listing| listing.clone() children=card/>
                        </ol>
                        {move || (results.with(Vec::len) > shown.get()).then(|| view! {
                            <button
                                type="button"
                                class="app-button app-button--secondary"
                                on:click=move |_| shown.update(|n| *n += PAGE_SIZE)
                            >
                                {words::fill(words::directory::SHOW_MORE, "count", &PAGE_SIZE.to_string())}
                            </button>
                        })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
