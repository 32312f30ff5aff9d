//! Who publishes a source, and which sites the guide may no longer cite: the one place that says
//! which sites are national and which are retired.
//!
//! A statement about a nation (its urgent line, a benefit's rules) must rest on that nation's own
//! page: NHS.UK, NHS inform, NHS 111 Wales, nidirect, GOV.UK and the like. A source says what it
//! is with `scope` in `content/sources.toml`; the checks hold a `"national"` source to
//! [`NATIONAL_HOSTS`], refuse any address on a [`RETIRED`] site, and refuse an urgent line or a
//! checklist item that cites no national source unless it says why (`no_national_source`).
//! `docs/EDITING.md` ("Add a source") explains the same to editors.

/// What kind of body publishes a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A national government or NHS body's page (a host in [`NATIONAL_HOSTS`]): the only kind
    /// that can back what a nation's service or rules are.
    National,
    /// A UK-wide charity, professional body or scheme operator (Macmillan, Breast Cancer Now,
    /// Marie Curie, UKONS, Motability, the Disabled Persons Railcard …): backs its own services
    /// and general information.
    Charity,
    /// An NHS trust, health board, ambulance service, council, GP practice, a news story or a
    /// copy of a page elsewhere: evidence of what happens in one place.
    Local,
    /// Printed material with no address (`kind = "print"`).
    Print,
}

impl Scope {
    /// Every scope, in the order the messages list them.
    pub const ALL: [Scope; 4] = [Scope::National, Scope::Charity, Scope::Local, Scope::Print];

    /// As written in `content/sources.toml`.
    pub fn code(self) -> &'static str {
        match self {
            Scope::National => "national",
            Scope::Charity => "charity",
            Scope::Local => "local",
            Scope::Print => "print",
        }
    }

    pub fn from_code(code: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The sites of national government and NHS bodies: a source with `scope = "national"` must be
/// on one of them. A host is compared without a leading `www.`, and exactly: `nhs.uk` is the NHS
/// website, not every `….nhs.uk` (those are trusts and boards), and `gov.uk` is GOV.UK, not every
/// `….gov.uk` (those are councils).
pub const NATIONAL_HOSTS: &[&str] = &[
    // England and the UK
    "nhs.uk",
    "gov.uk",
    "nice.org.uk",
    "nhsbsa.nhs.uk",
    "faq.nhsbsa.nhs.uk",
    // Scotland
    "nhsinform.scot",
    "nhs24.scot",
    "mygov.scot",
    "gov.scot",
    "news.gov.scot",
    "socialsecurity.gov.scot",
    "transport.gov.scot",
    // Transport Scotland's older address, still cited by one source: its pages now live on
    // transport.gov.scot. Move that source there when it is next read, then take this out.
    "transportscotland.gov.uk",
    // Wales
    "111.wales.nhs.uk",
    "gov.wales",
    "tfw.wales",
    // Northern Ireland
    "nidirect.gov.uk",
    "communities-ni.gov.uk",
];

/// A site the guide must no longer cite or link to.
#[derive(Clone, Copy, Debug)]
pub struct Retired {
    /// The host, without `www.`.
    pub host: &'static str,
    /// Whether its subdomains are retired too (`ecc.starbitdigital.co.uk`); never for `nhs.uk`,
    /// whose subdomains are trusts' own sites.
    pub subdomains: bool,
    /// Only addresses on `host` whose path matches this (see [`retired`]); every address when
    /// `None`.
    pub paths: Option<fn(&str) -> bool>,
    /// What the site was, for the message.
    pub what: &'static str,
    /// Where to look for its pages now, for the message.
    pub now: &'static str,
}

/// NHS Choices' addresses on nhs.uk, which the NHS website replaced: `/Planners/…`,
/// `/livewell/…` and `….aspx` pages.
fn nhs_choices(path: &str) -> bool {
    let path = path.to_ascii_lowercase();
    path.starts_with("/planners")
        || path.starts_with("/livewell")
        || path.trim_end_matches('/').ends_with(".aspx")
}

/// Retired sites and developers' copies: an address on one of these is refused wherever it is
/// written (a source's `url`, a link in the text, a checklist item's link).
pub const RETIRED: &[Retired] = &[
    Retired {
        host: "nhsdirect.wales.nhs.uk",
        subdomains: true,
        paths: None,
        what: "NHS Direct Wales, replaced by NHS 111 Wales",
        now: "NHS 111 Wales: https://111.wales.nhs.uk",
    },
    Retired {
        host: "bsuh.nhs.uk",
        subdomains: true,
        paths: None,
        what: "Brighton and Sussex University Hospitals, now part of University Hospitals Sussex",
        now: "nhs.uk, nice.org.uk, NHS inform, NHS 111 Wales or nidirect",
    },
    Retired {
        host: "nhs.uk",
        subdomains: false,
        paths: Some(nhs_choices),
        what: "an NHS Choices address, replaced by the NHS website's current pages",
        now: "search https://www.nhs.uk for the page's title",
    },
    Retired {
        host: "starbitdigital.co.uk",
        subdomains: true,
        paths: None,
        what: "a web developer's copy of a site, not the organisation's own address",
        now: "the organisation's own site, or the national body's",
    },
    Retired {
        host: "verseonecloud.com",
        subdomains: true,
        paths: None,
        what: "a web developer's copy of a site, not the organisation's own address",
        now: "the organisation's own site, or the national body's",
    },
];

/// The host of `url` in lower case, without `www.`: `https://www.gov.uk/pip` is `gov.uk`.
pub fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..end].to_ascii_lowercase();
    match host.strip_prefix("www.") {
        Some(bare) => bare.to_string(),
        None => host,
    }
}

/// The address's path, from its first `/` and without `?…` or `#…`: `/pip/eligibility`.
fn path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let from = rest.find('/').map_or("", |i| &rest[i..]);
    let end = from.find(['?', '#']).unwrap_or(from.len());
    &from[..end]
}

/// True when `url` is on a national body's site ([`NATIONAL_HOSTS`]).
pub fn is_national(url: &str) -> bool {
    NATIONAL_HOSTS.contains(&host(url).as_str())
}

/// The retired site `url` is on, if any ([`RETIRED`]).
pub fn retired(url: &str) -> Option<&'static Retired> {
    let host = host(url);
    RETIRED.iter().find(|r| {
        (host == r.host || (r.subdomains && host.ends_with(&format!(".{}", r.host))))
            && r.paths.is_none_or(|matches| matches(path(url)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_hosts_are_matched_exactly_without_www() {
        assert!(is_national("https://www.gov.uk/pip"));
        assert!(is_national("https://gov.uk/pip"));
        assert!(is_national(
            "https://111.wales.nhs.uk/coughingupblood(bloodinphlegm)/"
        ));
        assert!(is_national(
            "https://faq.nhsbsa.nhs.uk/knowledgebase/article/KA-03998/en-us"
        ));
        // A council and a trust are not GOV.UK or the NHS website.
        assert!(!is_national("https://www.stoke.gov.uk/freebuspass"));
        assert!(!is_national("https://www.christie.nhs.uk/patients"));
        assert!(!is_national("https://neas.nhs.uk/your-service/111"));
    }

    #[test]
    fn retired_sites_are_found_with_their_subdomains_and_paths() {
        let site = |url: &str| retired(url).map(|r| r.host);
        assert_eq!(
            site("https://www.nhsdirect.wales.nhs.uk/encyclopaedia/o/article/outofhoursservices"),
            Some("nhsdirect.wales.nhs.uk")
        );
        assert_eq!(
            site("https://www.bsuh.nhs.uk/documents/mscc/"),
            Some("bsuh.nhs.uk")
        );
        assert_eq!(
            site("https://www.nhs.uk/Planners/end-of-life-care/Pages/planning-ahead.aspx/"),
            Some("nhs.uk")
        );
        assert_eq!(
            site("https://www.nhs.uk/livewell/epilepsy/pages/ifyouseeaseizure.aspx"),
            Some("nhs.uk")
        );
        assert_eq!(
            site("https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx"),
            Some("nhs.uk")
        );
        assert_eq!(
            site("https://ecc.starbitdigital.co.uk/contact-us"),
            Some("starbitdigital.co.uk")
        );
        assert_eq!(
            site("https://bartsnhs.verseonecloud.com/unwell-cancer"),
            Some("verseonecloud.com")
        );
        // The NHS website's current pages, and other sites' .aspx pages (a trust's too), are
        // not retired.
        assert_eq!(
            site("https://www.neas.nhs.uk/patient-info/calling-999/when-to-call-999.aspx"),
            None
        );
        assert_eq!(
            site("https://www.nhs.uk/conditions/pulmonary-embolism/"),
            None
        );
        assert_eq!(
            site("https://staffordshire.gov.uk/Advice-support-and-care-for-adults/FAQs/Blue-Badge/Q003.aspx"),
            None
        );
        assert_eq!(
            site("https://111.wales.nhs.uk/coughingupblood(bloodinphlegm)/"),
            None
        );
    }
}
