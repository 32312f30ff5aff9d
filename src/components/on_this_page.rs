use crate::content::words;
use crate::content::{heading_id, markup, Block};
use leptos::prelude::*;

/// A page with at least this many sections lists them at its top: fewer fit on a phone's
/// screen or two, where scrolling finds them as fast.
pub const FROM_SECTIONS: usize = 4;

/// "On this page": links to a long page's own sections (its `##` headings, its care cards that
/// other pages link to, and the questions for the team), in order. Nothing on a page with fewer than [`FROM_SECTIONS`].
///
/// `page` is the page's own address: every page has a `<base>`, against which a bare `#id`
/// would lead to the home page.
#[component]
pub fn OnThisPage(body: &'static [Block], page: crate::route::Route) -> impl IntoView {
    let sections = sections(body);
    let here = page.href();
    (sections.len() >= FROM_SECTIONS).then(|| view! {
        <nav class="app-on-this-page" aria-labelledby="app-on-this-page">
            <h2 class="app-on-this-page__heading" id="app-on-this-page">{words::on_this_page::HEADING}</h2>
            <ul class="app-on-this-page__list">
                {sections
                    .into_iter()
                    .map(|(id, name)| view! {
                        <li class="app-on-this-page__item">
                            <a class="app-on-this-page__link" href=format!("{here}#{id}")>{name}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
    })
}

/// Each section's `id` and plain name (bold marks taken out), in page order.
pub fn sections(body: &'static [Block]) -> Vec<(String, String)> {
    body.iter()
        .filter_map(|block| match block {
            Block::H2(text) => Some((heading_id(text), markup::plain(text))),
            // A card's heading ends by introducing its list ("… if you have:").
            Block::CareCard {
                id: Some(id),
                heading,
                ..
            } => Some((
                id.to_string(),
                markup::plain(heading).trim_end_matches(':').to_string(),
            )),
            Block::Questions(_) => Some((
                crate::content::QUESTIONS_ANCHOR.to_string(),
                words::questions::HEADING.to_string(),
            )),
            _ => None,
        })
        .collect()
}
