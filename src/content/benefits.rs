//! The benefits checklist's items, as typed data with the facts each one may state.
//!
//! Who an item is shown to is declared here (`Shown`), and decided in `crate::domain::checklist`: the
//! app never decides entitlement, it only leaves out what clearly does not fit the answers.

use super::{words, Date, Source};

mod items;
pub mod names;

pub use items::ITEMS;

pub use super::kinds::{AgeGroup, Group, Nation, Need};

impl Nation {
    /// The nation's name, as every screen writes it.
    pub const fn name(self) -> &'static str {
        match self {
            Nation::England => words::nations::ENGLAND,
            Nation::Scotland => words::nations::SCOTLAND,
            Nation::Wales => words::nations::WALES,
            Nation::NorthernIreland => words::nations::NORTHERN_IRELAND,
        }
    }
}

impl Group {
    /// The group's heading on the checklist.
    pub const fn heading(self) -> &'static str {
        match self {
            Group::SpecialRules => words::benefit_groups::SPECIAL_RULES,
            Group::Disability => words::benefit_groups::DISABILITY,
            Group::Income => words::benefit_groups::INCOME,
            Group::Carers => words::benefit_groups::CARERS,
            Group::Travel => words::benefit_groups::TRAVEL,
            Group::Health => words::benefit_groups::HEALTH,
            Group::Home => words::benefit_groups::HOME,
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
    /// Only relevant to the special rules for terminal illness: put first when a doctor
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
    /// What it is: its first text is one sentence, the item's line in the short list (the
    /// build splits the editor's first paragraph there: `markup::first_sentence`); the rest
    /// follow.
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
