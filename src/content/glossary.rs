//! The glossary ("Words explained"), from `content/glossary.toml`: drawn only by the build (the
//! glossary page and the marks on guide pages), so its words never enter the wasm.

use super::{Date, Source};

/// One word the guide explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// Its place on the glossary page (`glossary/#<id>`) and in a mark (`{{id|words}}`).
    pub id: &'static str,
    /// The word as the glossary page shows it.
    pub term: &'static str,
    /// One or two plain sentences, in the inline markup.
    pub meaning: &'static str,
    pub sources: &'static [Source],
}

// `TERMS` (alphabetical), `SOURCES` (every entry's, once each), `LAST_REVIEWED` and
// `NEXT_REVIEW_DUE`, from `content/glossary.toml`.
include!(concat!(env!("OUT_DIR"), "/glossary.rs"));

/// Every entry, alphabetically.
pub fn terms() -> &'static [Term] {
    TERMS
}

/// Every page the entries' meanings come from, once each.
pub fn sources() -> &'static [Source] {
    SOURCES
}

/// The entry with this id.
pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.id == id)
}

/// The glossary's last review and next review due.
pub fn review() -> (Date, Date) {
    (LAST_REVIEWED, NEXT_REVIEW_DUE)
}
