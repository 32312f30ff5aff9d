//! The benefits checklist's items, as typed data with the facts each one may state.
//!
//! Who an item is shown to is declared here (`Shown`), and decided in `crate::checklist`: the
//! app never decides entitlement, it only leaves out what clearly does not fit the answers.

use super::{Date, Source};

mod items;
pub mod names;

pub use items::ITEMS;

/// The four UK nations: benefits, forms and official websites differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nation {
    England,
    Scotland,
    Wales,
    NorthernIreland,
}

impl Nation {
    pub const ALL: [Nation; 4] = [
        Nation::England,
        Nation::Scotland,
        Nation::Wales,
        Nation::NorthernIreland,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Scotland => "Scotland",
            Nation::Wales => "Wales",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }

    /// A stable short code, used in saved answers.
    pub const fn code(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Scotland => "scotland",
            Nation::Wales => "wales",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    pub fn from_code(code: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|n| n.code() == code)
    }
}

/// Which age group an item is for, relative to State Pension age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeGroup {
    AnyAge,
    UnderPensionAge,
    OverPensionAge,
}

/// Which difficulty an item is about. Items are hidden only when the person has said they do
/// not have that difficulty (and a doctor has not said they may be in the last year of life).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    AnyNeed,
    /// Walking or getting around.
    Mobility,
    /// Help with daily care.
    Care,
    /// Either of the two.
    MobilityOrCare,
}

/// The groups the checklist is arranged in, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    SpecialRules,
    Disability,
    Income,
    Carers,
    Travel,
    Health,
    Home,
}

impl Group {
    pub const fn heading(self) -> &'static str {
        match self {
            Group::SpecialRules => "If you may be in the last year of life",
            Group::Disability => "Disability benefits",
            Group::Income => "Income",
            Group::Carers => "For someone who cares for you",
            Group::Travel => "Getting around",
            Group::Health => "Prescriptions and grants",
            Group::Home => "Your home",
        }
    }
}

/// Who an item is shown to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    /// The nations where it exists.
    pub nations: &'static [Nation],
    pub age: AgeGroup,
    pub need: Need,
    /// Only for a carer: hidden when the person says nobody cares for them.
    pub for_carer: bool,
    /// Only relevant to the special rules for the last year of life: put first when a doctor
    /// or nurse has said so.
    pub special_rules: bool,
}

/// A link to the official page, for the nations it serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfficialLink {
    pub nations: &'static [Nation],
    /// The link text, naming the site: "Apply for PIP on GOV.UK".
    pub text: &'static str,
    pub url: &'static str,
}

/// One item of the checklist. Text fields use the guide's inline markup.
#[derive(Clone, Copy, Debug)]
pub struct Benefit {
    /// Stable id: saved progress is keyed by it, so never change it once published.
    pub id: &'static str,
    pub name: &'static str,
    pub group: Group,
    pub what: &'static [&'static str],
    pub who: &'static [&'static str],
    pub how: &'static [&'static str],
    pub links: &'static [OfficialLink],
    pub shown: Shown,
    pub sources: &'static [Source],
    pub last_reviewed: Date,
    pub next_review_due: Date,
}

/// Items are the same item when their ids are (ids are unique: the content tests check).
impl PartialEq for Benefit {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Benefit {
    /// The official links for the person's nation (all of them when the nation is not known).
    pub fn links_for(&self, nation: Option<Nation>) -> impl Iterator<Item = &'static OfficialLink> {
        self.links
            .iter()
            .filter(move |link| nation.is_none_or(|n| link.nations.contains(&n)))
    }

    /// Every text of the item, for checks.
    pub fn texts(&self) -> impl Iterator<Item = &'static str> {
        self.what
            .iter()
            .chain(self.who)
            .chain(self.how)
            .copied()
            .chain(self.links.iter().map(|l| l.text))
    }
}

/// All four nations.
pub const UK: &[Nation] = &Nation::ALL;
/// England, Wales and Northern Ireland, where the DWP's benefits apply.
pub const EWNI: &[Nation] = &[Nation::England, Nation::Wales, Nation::NorthernIreland];
pub const ENGLAND_WALES: &[Nation] = &[Nation::England, Nation::Wales];
pub const SCOTLAND: &[Nation] = &[Nation::Scotland];
pub const WALES: &[Nation] = &[Nation::Wales];
pub const ENGLAND: &[Nation] = &[Nation::England];
pub const NORTHERN_IRELAND: &[Nation] = &[Nation::NorthernIreland];
