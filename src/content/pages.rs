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
}

/// In reading order, as `sections::ALL`.
pub const PAGES: [PageName; 8] = [
    PageName {
        slug: "what-is-secondary-breast-cancer",
        title: "What secondary breast cancer is",
        short_title: "What it is",
    },
    PageName {
        slug: "local-and-regional-recurrence",
        title: "How it differs from local and regional recurrence",
        short_title: "Local and regional recurrence",
    },
    PageName {
        slug: "treatment-and-living-well",
        title: "Treatment and living well",
        short_title: "Treatment and living well",
    },
    PageName {
        slug: "urgent-symptoms",
        title: "Symptoms to report urgently",
        short_title: "Urgent symptoms",
    },
    PageName {
        slug: "emotional-support",
        title: "Emotional support",
        short_title: "Emotional support",
    },
    PageName {
        slug: "planning-ahead",
        title: "Planning ahead: where you would like to be cared for",
        short_title: "Planning ahead",
    },
    PageName {
        slug: "money-and-practical-help",
        title: "Money and practical help",
        short_title: "Money and practical help",
    },
    PageName {
        slug: "further-reading",
        title: "Further reading",
        short_title: "Further reading",
    },
];

/// The page with this slug, if there is one.
pub fn index_of(slug: &str) -> Option<usize> {
    PAGES.iter().position(|p| p.slug == slug)
}
