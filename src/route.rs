//! The app's pages and their addresses.
//!
//! Addresses are kept relative to the app's base (wherever the built folder was copied), end in
//! `/`, and each has its own `index.html` written at build time, so any page can be opened or
//! reloaded directly on a static host with no rewrite rules.

use crate::content::pages::{index_of, PAGES};
use crate::content::words;
use crate::content::words::site::SERVICE_NAME;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The list of all guidance pages.
    GuideIndex,
    /// A guidance page, by its index in [`crate::content::guide`].
    Guide(usize),
    /// "Words explained": the glossary.
    Glossary,
    /// The personalised benefits checklist.
    Benefits,
    /// Urgent numbers, the person's contacts at a glance and the support directory.
    Support,
    /// The person's own care team contacts: add, change, star, delete, print.
    CareTeam,
    /// Text size, colours and motion.
    Settings,
    /// What the guide holds about the person: export, import, delete.
    YourData,
    /// For a hospital's web team: what this copy read from its server (settings file, each
    /// file's type, the offline copy).
    DeploymentCheck,
    NotFound,
}

impl Route {
    /// The page at `path`, given relative to the app's base ("guide/urgent-symptoms/").
    /// A missing trailing slash or a trailing `index.html` is forgiven.
    pub fn from_path(path: &str) -> Route {
        let path = path.trim_start_matches('/');
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["guide"] => Route::GuideIndex,
            ["glossary"] => Route::Glossary,
            ["benefits"] => Route::Benefits,
            ["support"] => Route::Support,
            ["support", "care-team"] => Route::CareTeam,
            ["settings"] => Route::Settings,
            ["settings", "deployment-check"] => Route::DeploymentCheck,
            ["your-data"] => Route::YourData,
            ["guide", slug] => index_of(slug).map_or(Route::NotFound, Route::Guide),
            _ => Route::NotFound,
        }
    }

    /// The address relative to the app's base: "" for the home page.
    pub fn path(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::GuideIndex => "guide/".to_string(),
            Route::Glossary => "glossary/".to_string(),
            Route::Guide(index) => format!("guide/{}/", PAGES[*index].slug),
            Route::Benefits => "benefits/".to_string(),
            Route::Support => "support/".to_string(),
            Route::CareTeam => "support/care-team/".to_string(),
            Route::Settings => "settings/".to_string(),
            Route::DeploymentCheck => "settings/deployment-check/".to_string(),
            Route::YourData => "your-data/".to_string(),
            Route::NotFound => "not-found/".to_string(),
        }
    }

    /// The value for an `href`, resolved against the page's `<base>`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "./".to_string(),
            other => other.path(),
        }
    }

    /// The page's name, as its `h1` says it.
    pub fn heading(&self) -> &'static str {
        match self {
            Route::Home => SERVICE_NAME,
            Route::GuideIndex => words::page_names::GUIDE,
            Route::Glossary => words::page_names::GLOSSARY,
            Route::Guide(index) => PAGES[*index].title,
            Route::Benefits => words::page_names::BENEFITS,
            Route::Support => words::page_names::SUPPORT,
            Route::CareTeam => words::page_names::CARE_TEAM,
            Route::Settings => words::page_names::SETTINGS,
            Route::DeploymentCheck => words::page_names::DEPLOYMENT_CHECK,
            Route::YourData => words::page_names::YOUR_DATA,
            Route::NotFound => words::not_found::HEADING,
        }
    }

    /// The document title: "<page> – Secondary Breast Cancer Guide".
    pub fn document_title(&self) -> String {
        let page = match self {
            Route::Home => words::page_names::HOME,
            other => other.heading(),
        };
        format!("{page} – {SERVICE_NAME}")
    }

    /// Every page with an address of its own, for the build step that writes one HTML file
    /// per page. The not-found page has none: it is what any other address shows.
    pub fn all() -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::GuideIndex];
        routes.extend((0..PAGES.len()).map(Route::Guide));
        routes.push(Route::Glossary);
        routes.push(Route::Benefits);
        routes.push(Route::Support);
        routes.push(Route::CareTeam);
        routes.push(Route::Settings);
        routes.push(Route::DeploymentCheck);
        routes.push(Route::YourData);
        routes
    }

    /// The wasm bundle (a binary of this crate) that runs this page: see `pages`.
    pub fn bundle(&self) -> &'static str {
        match self {
            Route::Benefits => "benefits",
            Route::Support => "support",
            Route::CareTeam => "care-team",
            Route::Settings | Route::DeploymentCheck => "settings",
            Route::YourData => "your-data",
            _ => "sbc-guide",
        }
    }

    /// How many folders deep the page's `index.html` is, for its relative `<base href>`.
    pub fn depth(&self) -> usize {
        self.path().matches('/').count()
    }
}

#[cfg(test)]
mod tests {
    use super::Route;
    use crate::content;

    #[test]
    fn every_page_round_trips_through_its_address() {
        for route in Route::all() {
            assert_eq!(Route::from_path(&route.path()), route, "{route:?}");
        }
    }

    #[test]
    fn forgives_small_differences() {
        let urgent = content::section("urgent-symptoms").map(|(i, _)| Route::Guide(i));
        assert_eq!(Some(Route::from_path("guide/urgent-symptoms")), urgent);
        assert_eq!(
            Some(Route::from_path("/guide/urgent-symptoms/index.html")),
            urgent
        );
        assert_eq!(Route::from_path("index.html"), Route::Home);
        assert_eq!(Route::from_path("guide"), Route::GuideIndex);
        assert_eq!(Route::from_path("benefits"), Route::Benefits);
    }

    #[test]
    fn unknown_addresses_are_not_found() {
        assert_eq!(Route::from_path("guide/nothing-here/"), Route::NotFound);
        assert_eq!(Route::from_path("benefits/extra/deep/"), Route::NotFound);
    }

    #[test]
    fn titles_name_the_page_and_the_service() {
        assert_eq!(
            Route::Home.document_title(),
            "Home – Secondary Breast Cancer Guide"
        );
        assert_eq!(
            Route::NotFound.document_title(),
            "Page not found – Secondary Breast Cancer Guide"
        );
    }

    #[test]
    fn depth_counts_folders() {
        assert_eq!(Route::Home.depth(), 0);
        assert_eq!(Route::GuideIndex.depth(), 1);
        assert_eq!(Route::Guide(0).depth(), 2);
    }
}
