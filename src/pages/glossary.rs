use crate::components::page_heading::PageHeading;
use crate::components::{
    out_of_date::OutOfDate, review_date::ReviewDate, rich_text::RichText, sources_list::SourcesList,
};
use crate::content::{glossary, words};
use crate::route::Route;
use leptos::prelude::*;

/// "Words explained": every word the guide explains, A to Z, each entry a place other pages link
/// to (`glossary/#her2`), and the mark on a guide page leads to where its browser cannot show
/// the meaning in place.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let terms = glossary::terms();
    let mut letters: Vec<char> = terms.iter().filter_map(|t| initial(t.term)).collect();
    letters.dedup();
    let (last_reviewed, next_review_due) = glossary::review();
    view! {
        <PageHeading text=words::page_names::GLOSSARY/>
        <p class="app-lede">{words::glossary::LEDE}</p>
        <OutOfDate next_review_due/>
        <nav class="app-letters" aria-label=words::glossary::LETTERS>
            <ul class="app-letters__list">
                {letters
                    .iter()
                    .map(|l| view! {
                        <li class="app-letters__item">
                            // The page's own address first: against the page's `<base>`, a bare
                            // `#letter-a` would lead to the home page.
                            <a class="app-letters__link" href=format!("{}#letter-{}", Route::Glossary.href(), l.to_ascii_lowercase())>{l.to_string()}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
        {letters
            .into_iter()
            .map(|l| view! {
                <h2 id=format!("letter-{}", l.to_ascii_lowercase())>{l.to_string()}</h2>
                <dl class="app-glossary">
                    {terms
                        .iter()
                        .filter(|t| initial(t.term) == Some(l))
                        .map(|t| view! {
                            <div class="app-glossary__entry">
                                <dt class="app-glossary__term" id=t.id>{t.term}</dt>
                                <dd class="app-glossary__meaning"><RichText text=t.meaning/></dd>
                            </div>
                        })
                        .collect_view()}
                </dl>
            })
            .collect_view()}
        <SourcesList sources=glossary::sources()/>
        <ReviewDate last_reviewed next_review_due/>
    }
}

/// A term's letter in the A to Z: its first letter or digit, in capitals.
fn initial(term: &str) -> Option<char> {
    term.chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
}
