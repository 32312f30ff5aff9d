//! The support directory's organisations (content-facts section 3). Phone numbers are shown as
//! the organisation writes them and dialled in international `tel:` form; both are checked
//! against `phone-numbers.txt` by the content tests.

use super::benefits::{Nation, UK};
use super::{Date, Source};

/// What an organisation helps with; used to filter the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    UrgentMedical,
    EmotionalSupport,
    MoneyAndWork,
    EndOfLifeCare,
    Information,
    ForCarers,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::UrgentMedical,
        Category::EmotionalSupport,
        Category::MoneyAndWork,
        Category::EndOfLifeCare,
        Category::Information,
        Category::ForCarers,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Category::UrgentMedical => "Urgent and medical",
            Category::EmotionalSupport => "Emotional support",
            Category::MoneyAndWork => "Money and work",
            Category::EndOfLifeCare => "End of life care",
            Category::Information => "Information",
            Category::ForCarers => "For carers",
        }
    }

    /// Stable code, used in the address (`?category=emotional-support`) and config files.
    pub const fn code(self) -> &'static str {
        match self {
            Category::UrgentMedical => "urgent-medical",
            Category::EmotionalSupport => "emotional-support",
            Category::MoneyAndWork => "money-and-work",
            Category::EndOfLifeCare => "end-of-life-care",
            Category::Information => "information",
            Category::ForCarers => "for-carers",
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
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
    pub sources: &'static [Source],
    pub last_reviewed: Date,
    pub next_review_due: Date,
}

/// Where the directory's facts come from (content-facts section 3), for the page's sources.
pub const SOURCES: &[Source] = &[
    Source { title: "Macmillan Cancer Support: Macmillan Support Line", url: Some("https://www.macmillan.org.uk") },
    Source { title: "Breast Cancer Now: helpline, and secondary breast cancer services (press releases, 2025)", url: Some("https://breastcancernow.org") },
    Source { title: "Marie Curie: Support Line", url: Some("https://www.mariecurie.org.uk") },
    Source { title: "Samaritans: Contact a Samaritan", url: Some("https://www.samaritans.org") },
    Source { title: "Maggie's: frequently asked questions", url: Some("https://www.maggies.org") },
    Source { title: "Hospice UK", url: Some("https://www.hospiceuk.org") },
    Source { title: "Citizens Advice", url: Some("https://www.citizensadvice.org.uk") },
    Source { title: "GOV.UK: Check benefits and financial support you can get", url: Some("https://www.gov.uk/check-benefits-financial-support") },
    Source { title: "NHS 24: important information about the 111 service", url: Some("https://www.nhs24.scot/important-information-about-the-111-service") },
    Source { title: "NHS Lothian RefHelp: the Cancer Treatment Helpline (31 May 2022)", url: Some("https://apps.nhslothian.scot/refhelp/guidelines/oncology/superior-vena-cava-obstruction/") },
    Source { title: "HSC Northern Ireland: GP Out of Hours service standards", url: Some("https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/") },
    Source { title: "UKONS: 24-hour triage toolkit (why every patient on treatment needs their hospital's 24-hour line)", url: Some("https://www.ukons.org") },
];

const REVIEWED: Date = Date::new(2026, 11, 24);

/// Phone numbers are checked at least yearly.
const REVIEW_DUE: Date = Date::new(2027, 11, 24);

use Category::*;

pub static ORGANISATIONS: &[Organisation] = &[
    Organisation {
        id: "macmillan-support-line",
        name: "Macmillan Support Line",
        description: "Free support and information about cancer, from cancer nurses, money and welfare rights advisers and others. Relay UK and interpreters are available.",
        phone: Some(Phone { shown: "0808 808 00 00", tel: "+448088080000" }),
        hours: Hours::Known("7 days a week, 8am to 8pm"),
        website: Some("https://www.macmillan.org.uk"),
        email: None,
        categories: &[MoneyAndWork, EmotionalSupport, Information, ForCarers],
        nations: UK,
        sources: &[Source { title: "Macmillan Cancer Support: Macmillan Support Line", url: Some("https://www.macmillan.org.uk") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "breast-cancer-now-helpline",
        name: "Breast Cancer Now helpline",
        description: "Free helpline with breast care nurses, for questions about breast cancer, including secondary breast cancer.",
        phone: Some(Phone { shown: "0808 800 6000", tel: "+448088006000" }),
        hours: Hours::SeeWebsite,
        website: Some("https://breastcancernow.org"),
        email: None,
        categories: &[Information, EmotionalSupport],
        nations: UK,
        sources: &[Source { title: "Breast Cancer Now: helpline", url: Some("https://breastcancernow.org") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "living-with-secondary-breast-cancer",
        name: "Breast Cancer Now: Living with Secondary Breast Cancer groups",
        description: "Free monthly groups for people with secondary breast cancer, led by a trained counsellor, in person and online.",
        phone: Some(Phone { shown: "0345 077 1893", tel: "+443450771893" }),
        hours: Hours::NotApplicable,
        website: Some("https://breastcancernow.org"),
        email: None,
        categories: &[EmotionalSupport],
        nations: UK,
        sources: &[Source { title: "Breast Cancer Now: secondary breast cancer services (press releases, 2025)", url: Some("https://breastcancernow.org") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "marie-curie-support-line",
        name: "Marie Curie Support Line",
        description: "Free support about end of life care and support, for you and the people close to you. Free from landlines and mobiles.",
        phone: Some(Phone { shown: "0800 090 2309", tel: "+448000902309" }),
        hours: Hours::SeeWebsite,
        website: Some("https://www.mariecurie.org.uk"),
        email: None,
        categories: &[EndOfLifeCare, EmotionalSupport, ForCarers],
        nations: UK,
        sources: &[Source { title: "Marie Curie: Support Line", url: Some("https://www.mariecurie.org.uk") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "samaritans",
        name: "Samaritans",
        description: "Someone to talk to about anything that is troubling you, at any time of day or night. Free from any phone.",
        phone: Some(Phone { shown: "116 123", tel: "116123" }),
        hours: Hours::Known("24 hours a day, every day"),
        website: Some("https://www.samaritans.org"),
        email: Some("jo@samaritans.org"),
        categories: &[EmotionalSupport, ForCarers],
        nations: UK,
        sources: &[Source { title: "Samaritans: Contact a Samaritan", url: Some("https://www.samaritans.org") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "maggies",
        name: "Maggie's",
        description: "Free cancer support centres in the grounds of some NHS cancer hospitals. You can drop in; you do not need a referral.",
        phone: Some(Phone { shown: "0300 123 1801", tel: "+443001231801" }),
        hours: Hours::SeeWebsite,
        website: Some("https://www.maggies.org"),
        email: Some("enquiries@maggiescentres.org"),
        categories: &[EmotionalSupport, Information, ForCarers],
        nations: UK,
        sources: &[Source { title: "Maggie's: frequently asked questions", url: Some("https://www.maggies.org") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "hospice-uk",
        name: "Hospice UK",
        description: "Find a hospice near you. Hospice care is free; your GP or district nurse can refer you.",
        phone: None,
        hours: Hours::NotApplicable,
        website: Some("https://www.hospiceuk.org"),
        email: None,
        categories: &[EndOfLifeCare, Information],
        nations: UK,
        sources: &[Source { title: "Hospice UK", url: Some("https://www.hospiceuk.org") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "citizens-advice",
        name: "Citizens Advice",
        description: "Free advice about benefits, money, work and housing, online or at a local office.",
        phone: None,
        hours: Hours::NotApplicable,
        website: Some("https://www.citizensadvice.org.uk"),
        email: None,
        categories: &[MoneyAndWork, ForCarers],
        nations: UK,
        sources: &[Source { title: "Citizens Advice", url: Some("https://www.citizensadvice.org.uk") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Organisation {
        id: "gov-uk-benefits-checker",
        name: "GOV.UK: Check benefits and financial support you can get",
        description: "The official online checker for benefits and financial support. It does not work out amounts.",
        phone: None,
        hours: Hours::NotApplicable,
        website: Some("https://www.gov.uk/check-benefits-financial-support"),
        email: None,
        categories: &[MoneyAndWork],
        nations: UK,
        sources: &[Source { title: "GOV.UK: Check benefits and financial support you can get", url: Some("https://www.gov.uk/check-benefits-financial-support") }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
];
