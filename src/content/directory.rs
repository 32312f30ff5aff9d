//! The support directory's organisations (content-facts section 3). Phone numbers are shown as
//! the organisation writes them and dialled in international `tel:` form; both are checked
//! against `content/phone-numbers.toml` when the app is built.

use super::benefits::Nation;
use super::{words, Date, Source};

pub use super::kinds::Category;

impl Category {
    /// The filter's label on the support page.
    pub const fn label(self) -> &'static str {
        match self {
            Category::UrgentMedical => words::categories::URGENT_MEDICAL,
            Category::EmotionalSupport => words::categories::EMOTIONAL_SUPPORT,
            Category::MoneyAndWork => words::categories::MONEY_AND_WORK,
            Category::EndOfLifeCare => words::categories::END_OF_LIFE_CARE,
            Category::Information => words::categories::INFORMATION,
            Category::ForCarers => words::categories::FOR_CARERS,
        }
    }
}

/// A phone number as shown and as dialled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As the organisation writes it: "0808 808 00 00".
    pub shown: &'static str,
    /// For the `tel:` link, in international form where it has one: "+448088080000".
    pub tel: &'static str,
}

/// When a line is open. Unverified hours are never guessed: the person is sent to the website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    Known(&'static str),
    SeeWebsite,
    NotApplicable,
}

/// One organisation in the directory.
#[derive(Clone, Copy, Debug)]
pub struct Organisation {
    /// Stable id, for checks and for people editing the content (the app does not use it).
    #[cfg(not(target_arch = "wasm32"))]
    pub id: &'static str,
    pub name: &'static str,
    /// What they help with, in plain words.
    pub description: &'static str,
    pub phone: Option<Phone>,
    pub hours: Hours,
    pub website: Option<&'static str>,
    pub email: Option<&'static str>,
    pub categories: &'static [Category],
    pub nations: &'static [Nation],
    /// Drawn only by the build (the support page's sources list is kept from the pre-rendered
    /// page), so the wasm carries none of it.
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [Source],
    /// Each organisation's own review (the page shows `LAST_REVIEWED` and `NEXT_REVIEW_DUE`).
    #[cfg(not(target_arch = "wasm32"))]
    pub last_reviewed: Date,
    #[cfg(not(target_arch = "wasm32"))]
    pub next_review_due: Date,
}

// `ORGANISATIONS` (in directory order) and `SOURCES` (every organisation's sources and the
// urgent lines' sources, once each), from `content/directory.toml`.
include!(concat!(env!("OUT_DIR"), "/directory.rs"));

/// The support page's sources: every organisation's and the urgent lines', once each. Empty in
/// the browser, where the pre-rendered list is kept (`components::kept`).
pub fn page_sources() -> &'static [Source] {
    #[cfg(not(target_arch = "wasm32"))]
    return SOURCES;
    #[cfg(target_arch = "wasm32")]
    return &[];
}
