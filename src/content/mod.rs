//! The guide's words, as typed data.
//!
//! Editors write the guide in `content/` (Markdown pages, TOML data, the sources register); the
//! build script (`crates/content-build`) checks those files and writes them as the Rust statics
//! declared here, so nothing is parsed in the browser and the wasm carries only the typed data.
//! See `docs/EDITING.md`.

pub mod benefits;
pub mod checklist_page;
pub mod date;
pub mod directory;
// The glossary: drawn only by the build, like the guide's words (`sections`).
#[cfg(not(target_arch = "wasm32"))]
pub mod glossary;
pub mod kinds;
pub mod markup;
pub mod pages;
pub mod passages;
// The guide's words: drawn only by the build (reading pages are never drawn again in the
// browser: `components::island`), so they cannot enter the wasm.
#[cfg(not(target_arch = "wasm32"))]
mod sections;
pub mod settings_page;
pub mod site;
pub mod sources;
pub mod urgent_numbers;
pub mod words;

pub use date::Date;

/// Where a fact comes from: shown under every page so a reader can check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    /// `None` only for printed material with no web address (the original leaflet).
    pub url: Option<&'static str>,
}

/// How often a page must be checked again. Phone numbers and benefits change every year;
/// clinical information is reviewed at least every two years (content-facts rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewPeriod {
    Clinical,
    MoneyAndContacts,
}

impl ReviewPeriod {
    /// The longest time allowed between `last_reviewed` and `next_review_due`.
    pub const fn max_months(self) -> u32 {
        match self {
            ReviewPeriod::Clinical => 24,
            ReviewPeriod::MoneyAndContacts => 12,
        }
    }
}

pub use kinds::Urgency;

impl Urgency {
    /// The visually hidden prefix screen readers hear before the heading (NHS pattern).
    pub const fn hidden_prefix(self) -> &'static str {
        match self {
            Urgency::Emergency => words::care_card::EMERGENCY,
            Urgency::Urgent => words::care_card::URGENT,
            Urgency::NonUrgent => words::care_card::NON_URGENT,
        }
    }
}

/// One block of a page. Text fields use the small inline markup in [`markup`].
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// A paragraph.
    P(&'static str),
    /// A second-level heading.
    H2(&'static str),
    /// A third-level heading.
    H3(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// NHS inset text: something to notice in passing.
    Inset(&'static [Block]),
    /// What has changed since the original leaflet was written, said plainly.
    Changed(&'static [Block]),
    /// NHS warning callout: important information the reader must not miss.
    Warning {
        heading: &'static str,
        body: &'static [Block],
    },
    /// NHS care card: symptoms and who to contact, at one level of urgency. `id` makes the
    /// card a place other pages can link to ("urgent-symptoms/#call-999").
    CareCard {
        id: Option<&'static str>,
        urgency: Urgency,
        heading: &'static str,
        body: &'static [Block],
    },
    /// The signs in a care card, each tied to the fact it comes from (see [`Sign`]).
    Signs(&'static [Sign]),
    /// The urgent numbers for the nation the person lives in (all four, labelled, until it is
    /// known): drawn by the app from `crate::domain::urgent`, never written as prose.
    UrgentNumbers,
    /// A quotation with its attribution.
    Quote {
        text: &'static str,
        cite: &'static str,
    },
    /// "Questions you could ask your team": the last block of every page.
    Questions(&'static [Question]),
}

/// A question a person could ask their team, from the end of a guide page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable for good (`content/questions.toml`): the tools keep a person's chosen questions
    /// by it, and it is drawn as the list item's `id`, `question-<id>`.
    pub id: &'static str,
    pub text: &'static str,
}

/// One sign or symptom in a care card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sign {
    /// The fact's id in `../shared/facts-urgent.md`, lower case: "a1" is the first item of
    /// section A ("Call 999 now"). Its letter must match the card it sits in (A emergency,
    /// B urgent, C non-urgent); `docs/clinical-safety/urgent-signs.txt` lists every id the page
    /// must carry. Drawn as the list item's `id`, `sign-a1`, so other text can point to it.
    pub id: &'static str,
    pub text: &'static str,
}

/// One page of the guide.
#[derive(Clone, Copy, Debug)]
pub struct Section {
    /// The last part of the page's address; never change it once published (bookmarks).
    pub slug: &'static str,
    /// The page's `h1` and document title.
    pub title: &'static str,
    /// A shorter name for the contents list and pagination.
    pub short_title: &'static str,
    /// One sentence for the home page and the page description.
    pub summary: &'static str,
    /// Drawn straight under the `h1`, before the contents list: what a person must see first
    /// (the urgent symptoms page's "Call 999 now" card). Empty on most pages.
    pub lead: &'static [Block],
    pub body: &'static [Block],
    /// Where the page's facts come from.
    pub sources: &'static [Source],
    pub last_reviewed: Date,
    pub next_review_due: Date,
    pub review_period: ReviewPeriod,
}

impl Section {
    /// True when the device's date is past the review date: the page then says it may be
    /// out of date rather than silently showing old facts.
    pub fn is_overdue(&self, today: Date) -> bool {
        today > self.next_review_due
    }
}

impl Section {
    /// Every marked-up text on the page, the lead first (see [`texts`]).
    pub fn all_texts(&self) -> Vec<&'static str> {
        let mut out = texts(self.lead);
        out.extend(texts(self.body));
        out
    }
}

pub use markup::{heading_id, QUESTIONS_ANCHOR};

/// Every guidance page, in reading order (build only: see `sections`).
#[cfg(not(target_arch = "wasm32"))]
pub fn guide() -> &'static [Section] {
    sections::ALL
}

/// The page with this slug, if there is one.
#[cfg(not(target_arch = "wasm32"))]
pub fn section(slug: &str) -> Option<(usize, &'static Section)> {
    guide().iter().enumerate().find(|(_, s)| s.slug == slug)
}

/// Every block in a page, nested ones included, in document order.
pub fn walk_blocks(blocks: &'static [Block], visit: &mut dyn FnMut(&'static Block)) {
    for block in blocks {
        visit(block);
        match block {
            Block::Inset(inner) | Block::Changed(inner) => walk_blocks(inner, visit),
            Block::Warning { body, .. } | Block::CareCard { body, .. } => walk_blocks(body, visit),
            _ => {}
        }
    }
}

/// Every piece of marked-up text in a page (headings, paragraphs, list items, callout
/// headings), for checks and for reading-ease scores.
pub fn texts(blocks: &'static [Block]) -> Vec<&'static str> {
    let mut out = Vec::new();
    walk_blocks(blocks, &mut |block| match block {
        Block::P(t) | Block::H2(t) | Block::H3(t) => out.push(*t),
        Block::List(items) => out.extend(items.iter().copied()),
        Block::Signs(signs) => out.extend(signs.iter().map(|s| s.text)),
        Block::Questions(questions) => out.extend(questions.iter().map(|q| q.text)),
        Block::Warning { heading, .. } | Block::CareCard { heading, .. } => out.push(*heading),
        Block::Quote { text, cite } => {
            out.push(*text);
            out.push(*cite);
        }
        Block::Inset(_) | Block::Changed(_) | Block::UrgentNumbers => {}
    });
    out
}
