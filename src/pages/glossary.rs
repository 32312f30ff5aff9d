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
    let sections = sections(terms);
    let (last_reviewed, next_review_due) = glossary::review();
    view! {
        <PageHeading text=words::page_names::GLOSSARY/>
        <p class="app-lede">{words::glossary::LEDE}</p>
        <OutOfDate next_review_due/>
        <nav class="app-letters" aria-label=words::glossary::LETTERS>
            <ul class="app-letters__list">
                {sections
                    .iter()
                    .map(|s| view! {
                        <li class="app-letters__item">
                            // The page's own address first: against the page's `<base>`, a bare
                            // `#letter-a` would lead to the home page.
                            <a class="app-letters__link" href=format!("{}#{}", Route::Glossary.href(), s.anchor())>{s.label()}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </nav>
        {sections
            .into_iter()
            .map(|s| view! {
                <h2 id=s.anchor()>{s.label()}</h2>
                <dl class="app-glossary">
                    {terms
                        .iter()
                        .filter(move |t| Section::of(t.term) == Some(s))
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

/// A group of the A to Z: the entries under one letter, or those that start with a digit
/// ("24-hour line"), which come after Z so that the list reads A to Z from its start.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Section {
    Letter(char),
    Numbers,
}

impl Section {
    /// The group of a term: by its first letter or digit, in capitals; `None` for a term with
    /// neither (the content check refuses one).
    fn of(term: &str) -> Option<Section> {
        term.chars().find(|c| c.is_alphanumeric()).map(|c| {
            if c.is_numeric() {
                Section::Numbers
            } else {
                Section::Letter(c.to_ascii_uppercase())
            }
        })
    }

    /// Its heading and its link in the row of letters: "A", or "0–9".
    fn label(self) -> String {
        match self {
            Section::Letter(c) => c.to_string(),
            Section::Numbers => "0–9".to_string(),
        }
    }

    /// Its place on the page: `letter-a`, or `numbers`.
    fn anchor(self) -> String {
        match self {
            Section::Letter(c) => format!("letter-{}", c.to_ascii_lowercase()),
            Section::Numbers => "numbers".to_string(),
        }
    }
}

/// The page's groups in order: letters A to Z, then numbers.
fn sections(terms: &[crate::content::glossary::Term]) -> Vec<Section> {
    let mut sections: Vec<Section> = terms.iter().filter_map(|t| Section::of(t.term)).collect();
    sections.sort();
    sections.dedup();
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_a_to_z_starts_with_a_letter_and_puts_numbers_last() {
        let sections = sections(glossary::terms());
        assert_eq!(sections.first(), Some(&Section::Letter('A')));
        assert_eq!(
            sections.last(),
            Some(&Section::Numbers),
            "the glossary has \"24-hour line\""
        );
        assert_eq!(Section::of("24-hour line"), Some(Section::Numbers));
        assert_eq!(Section::of("HER2"), Some(Section::Letter('H')));
    }
}
