//! The support directory as the page shows it: the built-in organisations plus a hospital's
//! local groups, one list with one search index.

use crate::content::benefits::{Nation, UK};
use crate::content::directory::{Category, Hours, ORGANISATIONS};
use crate::content::urgent_numbers::ALL_LINES;
use crate::content::words;
use crate::domain::deployment::Deployment;
use crate::domain::search::{SearchDoc, SearchIndex};

/// One entry of the directory, from the content or from the hospital's settings.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Listing {
    pub name: String,
    pub description: String,
    /// (as shown, tel: form)
    pub phone: Option<(String, String)>,
    pub hours: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub categories: Vec<Category>,
    /// Set by the hospital that deployed the app, not by the guide.
    pub local: bool,
    /// Who it is for (a nation's urgent line is for that nation only; most are for all).
    pub nations: &'static [Nation],
}

/// Every listing: the urgent lines (the same as urgent help's), the guide's organisations,
/// then the hospital's own.
pub fn listings(deployment: Option<&Deployment>) -> Vec<Listing> {
    let mut out: Vec<Listing> = ALL_LINES
        .iter()
        .map(|line| Listing {
            name: line.name.to_string(),
            description: line.when.to_string(),
            phone: line.phone.map(|p| (p.shown.to_string(), p.tel.to_string())),
            hours: None,
            website: line.link.map(|(_, url)| url.to_string()),
            email: None,
            categories: vec![Category::UrgentMedical],
            local: false,
            nations: line.nations,
        })
        .collect();
    out.extend(ORGANISATIONS.iter().map(|o| Listing {
        name: o.name.to_string(),
        description: o.description.to_string(),
        phone: o.phone.map(|p| (p.shown.to_string(), p.tel.to_string())),
        hours: match o.hours {
            Hours::Known(hours) => Some(hours.to_string()),
            Hours::SeeWebsite => Some(words::organisation_card::SEE_WEBSITE.to_string()),
            Hours::NotApplicable => None,
        },
        website: o.website.map(str::to_string),
        email: o.email.map(str::to_string),
        categories: o.categories.to_vec(),
        local: false,
        nations: o.nations,
    }));
    if let Some(deployment) = deployment {
        out.extend(deployment.groups.iter().map(|g| Listing {
            name: g.name.clone(),
            description: g.description.clone(),
            phone: g.phone.clone(),
            hours: None,
            website: g.website.clone(),
            email: g.email.clone(),
            categories: g.categories.clone(),
            local: true,
            nations: UK,
        }));
    }
    out
}

/// The search index over `listings`, with category names searchable too.
pub fn index(listings: &[Listing]) -> SearchIndex {
    let categories: Vec<Vec<&str>> = listings
        .iter()
        .map(|l| l.categories.iter().map(|c| c.label()).collect())
        .collect();
    SearchIndex::new(listings.iter().zip(&categories).map(|(l, cats)| SearchDoc {
        name: &l.name,
        categories: cats,
        description: &l.description,
    }))
}

/// Positions in `listings` of those matching a query, an optional category and the nation the
/// person lives in (`None`: not known, every nation's entries), best first.
pub fn find(
    listings: &[Listing],
    index: &SearchIndex,
    query: &str,
    category: Option<Category>,
    nation: Option<Nation>,
) -> Vec<usize> {
    index
        .search(query)
        .into_iter()
        .filter(|&i| category.is_none_or(|c| listings[i].categories.contains(&c)))
        .filter(|&i| nation.is_none_or(|n| listings[i].nations.contains(&n)))
        .collect()
}
