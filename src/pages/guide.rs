use crate::components::page_heading::PageHeading;
use crate::components::{
    blocks::Blocks, contents_list::ContentsList, on_this_page::OnThisPage, out_of_date::OutOfDate,
    pagination::Pagination, review_date::ReviewDate, sources_list::SourcesList,
};
use crate::content;
use leptos::prelude::*;

/// One page of the guide: its heading and lead, the other pages of its topic, its own sections
/// ("On this page"), its words ending with questions for the team, sources, review dates, and
/// the way on within its topic.
#[component]
pub fn GuidePage(index: usize) -> impl IntoView {
    let section = &content::guide()[index];
    view! {
        <PageHeading text={section.title}/>
        <Blocks blocks=section.lead/>
        <ContentsList current=index/>
        <OutOfDate next_review_due=section.next_review_due/>
        <OnThisPage body=section.body page=crate::route::Route::Guide(index)/>
        <article class="app-article">
            <Blocks blocks=section.body/>
        </article>
        <SourcesList sources=section.sources/>
        <ReviewDate last_reviewed=section.last_reviewed next_review_due=section.next_review_due/>
        <Pagination current=index/>
    }
}
