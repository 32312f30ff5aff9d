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
    /// The `h1` and the title. Empty in the wasm (see [`build_only`]).
    pub title: &'static str,
    /// For navigation and contents lists. Empty in the wasm, except the urgent symptoms
    /// page's, which the header draws on every page (see [`build_only`]).
    pub short_title: &'static str,
    /// Its topic: an index into [`TOPICS`].
    pub topic: usize,
    /// About the end of life: "previous" and "next" never lead into it, and the contents page
    /// keeps it in a closed group (see [`neighbours`]).
    pub end_of_life: bool,
    /// The page's next review (computed from its sources: see `content::ReviewPeriod`): here,
    /// apart from the words, so the out-of-date notice can be drawn without them.
    pub next_review_due: super::Date,
}

/// `text` at build time; empty in the wasm. A guide page's names are drawn only by the build
/// (its `h1`, its document title, the contents and home page lists, breadcrumbs, pagination):
/// the browser never draws a reading page again (`components::island`), and a tool page names
/// a guide page only by its address, apart from the header's link to the urgent symptoms page.
/// Every tool page's wasm carries this table, so the names cost each of them about 0.7 KB gzip
/// at 27 pages, which took the benefits page over its 175 KB budget (175.2 KB) in issue 24's
/// first batch. (Zeroing the other fields in the wasm too was measured at 42 pages: no gain,
/// so they stay.) Issue 25 is to give each bundle only the pages it links to; until then the
/// names stay out of the wasm. The browser tests check each page's title
/// after the app has started.
pub const fn build_only(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

/// A group of guide pages on one subject (`[[topic]]` in `content/guide.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    /// Its place on the contents page: `guide/#topic-<id>` (see [`Topic::anchor`]).
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence for the home page and the contents page.
    pub summary: &'static str,
    /// Its pages, as indices into [`PAGES`], in reading order.
    pub pages: &'static [usize],
}

impl Topic {
    /// The `id` of the topic's heading on the contents page.
    pub fn anchor(&self) -> String {
        format!("topic-{}", self.id)
    }
}

// `PAGES`: every guide page's address and names, topic by topic in reading order, and
// `TOPICS`, from `content/guide.toml` and each page's front matter.
include!(concat!(env!("OUT_DIR"), "/guide_pages.rs"));

/// The page with this slug, if there is one.
pub fn index_of(slug: &str) -> Option<usize> {
    PAGES.iter().position(|p| p.slug == slug)
}

/// The pages "previous" and "next" lead to from page `current` (an index into `pages`): the
/// pages before and after it in its own topic, passing over any page about the end of life,
/// which a person reaches only by choosing it. `None` at either end of the topic.
pub fn neighbours(
    pages: &[PageName],
    topic: &Topic,
    current: usize,
) -> (Option<usize>, Option<usize>) {
    let Some(at) = topic.pages.iter().position(|&p| p == current) else {
        return (None, None);
    };
    let open = |&&p: &&usize| !pages[p].end_of_life;
    let previous = topic.pages[..at].iter().rev().find(open).copied();
    let next = topic.pages[at + 1..].iter().find(open).copied();
    (previous, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(slug: &'static str, topic: usize, end_of_life: bool) -> PageName {
        PageName {
            slug,
            title: slug,
            short_title: slug,
            topic,
            end_of_life,
            next_review_due: crate::content::Date::new(2027, 1, 1),
        }
    }

    #[test]
    fn previous_and_next_stay_in_the_topic_and_never_lead_into_an_end_of_life_page() {
        let pages = [
            page("treatment", 0, false),
            page("planning", 1, false),
            page("last-weeks", 1, true),
            page("will", 1, false),
            page("after-a-death", 1, true),
            page("money", 2, false),
        ];
        let treatment = Topic {
            id: "t",
            title: "",
            summary: "",
            pages: &[0],
        };
        let planning = Topic {
            id: "p",
            title: "",
            summary: "",
            pages: &[1, 2, 3, 4],
        };
        assert_eq!(
            neighbours(&pages, &treatment, 0),
            (None, None),
            "not into another topic"
        );
        assert_eq!(
            neighbours(&pages, &planning, 1),
            (None, Some(3)),
            "past the end-of-life page"
        );
        assert_eq!(neighbours(&pages, &planning, 3), (Some(1), None));
        // From an end-of-life page a person chose, the way on is still never another one.
        assert_eq!(neighbours(&pages, &planning, 2), (Some(1), Some(3)));
        assert_eq!(neighbours(&pages, &planning, 4), (Some(3), None));
    }

    #[test]
    fn every_page_is_in_the_one_topic_it_names_in_reading_order() {
        let mut order = Vec::new();
        for (t, topic) in TOPICS.iter().enumerate() {
            assert!(!topic.pages.is_empty(), "{} has no pages", topic.id);
            for &p in topic.pages {
                assert_eq!(PAGES[p].topic, t, "{}", PAGES[p].slug);
                order.push(p);
            }
        }
        assert_eq!(order, (0..PAGES.len()).collect::<Vec<_>>());
    }
}
