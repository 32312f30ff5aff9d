//! The guide's pages by address and title, apart from their words.
//!
//! Code that only names or links the guide's pages (the header, the routes, every page's title)
//! reads this small table, so it does not pull the whole guide into the wasm bundles of the
//! other pages. The sections (`sections/`) take their names from here.

/// A guide page's address and names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageName {
    /// The page's address under `guide/`.
    pub slug: &'static str,
    /// The `h1` and the title.
    pub title: &'static str,
    /// For navigation and contents lists.
    pub short_title: &'static str,
    /// The page's next review (computed from its sources: see `content::ReviewPeriod`): here,
    /// apart from the words, so the out-of-date notice can be drawn without them.
    pub next_review_due: super::Date,
}

// `PAGES`: every guide page's address and names, in reading order, from `content/guide.toml`
// and each page's front matter.
include!(concat!(env!("OUT_DIR"), "/guide_pages.rs"));

/// The page with this slug, if there is one.
pub fn index_of(slug: &str) -> Option<usize> {
    PAGES.iter().position(|p| p.slug == slug)
}
