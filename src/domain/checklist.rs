//! The benefits checklist's rules and the person's progress: plain Rust, tested natively.
//!
//! The rules only leave out what clearly does not fit the answers (another nation's benefit,
//! the other age group's, a difficulty the person said they do not have). Unanswered questions
//! leave everything in. The app never decides entitlement: the page says so and points to
//! advisers.

use crate::content::benefits::{AgeGroup, Benefit, Group, Nation, Need, ITEMS};
use crate::content::kinds::QuestionId;
use crate::domain::id_map::IdMap;

crate::content::kinds::coded! {
    /// The answer to "Has a doctor or nurse said your illness is terminal, or that you may be
    /// nearing the end of your life?" (worded for every nation: Scotland's rule has no time
    /// limit, mygov.scot "terminal illness"). The name and code stay from the first wording:
    /// the code is what is saved, and the answer's code in `content::checklist_page::QUESTIONS`.
    pub enum LastYear {
        Yes = "yes",
        No = "no",
        PreferNotToSay = "prefer-not-to-say",
    }
}

/// The person's answers. Every question is optional: `None` means not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub nation: Option<Nation>,
    pub over_pension_age: Option<bool>,
    pub mobility_difficulty: Option<bool>,
    pub needs_care: Option<bool>,
    pub working: Option<bool>,
    pub has_carer: Option<bool>,
    pub last_year: Option<LastYear>,
    /// "Show me everything": ignore the answers (they are kept for later).
    pub show_everything: bool,
    /// Fields a newer version of the guide saved here: kept and written back, never shown.
    pub unknown: crate::json::Unknown,
}

impl Answers {
    /// The saved answer to the question `id` (see `content::checklist_page::QUESTIONS`), as
    /// that question's option code; "" when not answered.
    pub fn get(&self, id: QuestionId) -> &'static str {
        let yes_no = |answer: Option<bool>| match answer {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        match id {
            QuestionId::Nation => self.nation.map_or("", Nation::code),
            QuestionId::OverPensionAge => yes_no(self.over_pension_age),
            QuestionId::Mobility => yes_no(self.mobility_difficulty),
            QuestionId::Care => yes_no(self.needs_care),
            QuestionId::Working => yes_no(self.working),
            QuestionId::Carer => yes_no(self.has_carer),
            QuestionId::LastYear => self.last_year.map_or("", LastYear::code),
        }
    }

    /// Records the answer `code` to the question `id`; an unknown code clears the answer.
    pub fn set(&mut self, id: QuestionId, code: &str) {
        let yes_no = match code {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        self.unknown.settle(Self::field_name(id));
        match id {
            QuestionId::Nation => self.nation = Nation::from_code(code),
            QuestionId::OverPensionAge => self.over_pension_age = yes_no,
            QuestionId::Mobility => self.mobility_difficulty = yes_no,
            QuestionId::Care => self.needs_care = yes_no,
            QuestionId::Working => self.working = yes_no,
            QuestionId::Carer => self.has_carer = yes_no,
            QuestionId::LastYear => self.last_year = LastYear::from_code(code),
        }
    }

    /// The saved field that holds the answer to `id` (as `json_object!` below names it).
    const fn field_name(id: QuestionId) -> &'static str {
        match id {
            QuestionId::Nation => "nation",
            QuestionId::OverPensionAge => "over_pension_age",
            QuestionId::Mobility => "mobility_difficulty",
            QuestionId::Care => "needs_care",
            QuestionId::Working => "working",
            QuestionId::Carer => "has_carer",
            QuestionId::LastYear => "last_year",
        }
    }

    /// True when nothing has been answered yet.
    pub fn is_blank(&self) -> bool {
        *self == Answers::default()
    }
}

crate::content::kinds::coded! {
    /// Where the person is with one item. The code is what is saved on the device.
    #[derive(Default)]
    pub enum Status {
        #[default]
        NotStarted = "not-started",
        Applied = "applied",
        Receiving = "receiving",
        NotForMe = "not-for-me",
    }
}

impl Status {
    pub const fn label(self) -> &'static str {
        match self {
            Status::NotStarted => crate::content::words::checklist_status::NOT_STARTED,
            Status::Applied => crate::content::words::checklist_status::APPLIED,
            Status::Receiving => crate::content::words::checklist_status::RECEIVING,
            Status::NotForMe => crate::content::words::checklist_status::NOT_FOR_ME,
        }
    }

    /// Applied, receiving or decided against: the person has dealt with it.
    pub const fn is_done(self) -> bool {
        !matches!(self, Status::NotStarted)
    }
}

/// The person's progress with one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// `NotStarted` also where a newer version saved a status this one does not know: see
    /// `newer_status`.
    pub status: Status,
    /// A short private note: date applied, reference number.
    pub note: String,
    /// What a newer version of the guide saved here: kept and written back (a new status code
    /// among them, until the person chooses a status here).
    pub unknown: crate::json::Unknown,
}

impl Progress {
    fn is_empty(&self) -> bool {
        self.status == Status::NotStarted && self.note.trim().is_empty() && self.unknown.is_empty()
    }

    /// True when a newer version of the guide saved a status this version does not know. The
    /// page says so rather than showing "Not started", which would not be true.
    pub fn newer_status(&self) -> bool {
        self.unknown.newer_value("status").is_some()
    }

    /// Applied, receiving, decided against, or a status a newer version set: the person has
    /// dealt with it.
    pub fn is_done(&self) -> bool {
        self.status.is_done() || self.newer_status()
    }
}

/// The longest note kept, so one pasted essay cannot fill the browser's storage.
pub const NOTE_MAX_CHARS: usize = 500;

/// Everything the checklist saves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checklist {
    pub answers: Answers,
    /// Progress by item id. Items that leave the list (after a change of answers) keep their
    /// entry here, so it is all still there if they come back.
    pub progress: IdMap<Progress>,
    /// Fields a newer version of the guide saved here: kept and written back, never shown.
    pub unknown: crate::json::Unknown,
}

impl Checklist {
    pub fn progress(&self, id: &str) -> Progress {
        self.progress.get(id).cloned().unwrap_or_default()
    }

    pub fn set_status(&mut self, id: &str, status: Status) {
        let progress = self.progress.get_or_default(id);
        progress.status = status;
        progress.unknown.settle("status");
        self.tidy(id);
    }

    pub fn set_note(&mut self, id: &str, note: &str) {
        let note: String = note.chars().take(NOTE_MAX_CHARS).collect();
        self.progress.get_or_default(id).note = note;
        self.tidy(id);
    }

    /// Drops an entry that holds nothing, so saved data stays small and readable.
    fn tidy(&mut self, id: &str) {
        if self.progress.get(id).is_some_and(Progress::is_empty) {
            self.progress.remove(id);
        }
    }

    /// The items to show for the current answers.
    pub fn items(&self) -> Vec<&'static Benefit> {
        visible(&self.answers)
    }

    /// (done, total) over the items shown now.
    pub fn summary(&self) -> (usize, usize) {
        let items = self.items();
        let done = items
            .iter()
            .filter(|item| self.progress(item.id).is_done())
            .count();
        (done, items.len())
    }
}

fn answered_no(answer: Option<bool>) -> bool {
    answer == Some(false)
}

/// Whether one item fits the answers.
pub fn fits(item: &Benefit, answers: &Answers) -> bool {
    if answers.show_everything {
        return true;
    }
    let shown = &item.shown;
    if let Some(nation) = answers.nation {
        if !shown.nations.contains(&nation) {
            return false;
        }
    }
    match (shown.age, answers.over_pension_age) {
        (AgeGroup::UnderPensionAge, Some(true)) | (AgeGroup::OverPensionAge, Some(false)) => {
            return false
        }
        _ => {}
    }
    // The disability benefits are never left out for the difficulty answers: under the special
    // rules they are paid without the usual tests (no care needed for Attendance Allowance with
    // an SR1: nidirect), and anyone may ask a doctor or nurse for an SR1 or a BASRiS, even if
    // nobody has talked to them about how long they may live (GOV.UK "Get benefits if you're
    // nearing the end of life"; gov.scot "Terminal illness": a clinician's judgement). The
    // difficulty answers order them instead (`group_rank`).
    if item.group == Group::Disability {
        return fits_others(shown, answers);
    }
    // Other difficulty-based items (travel) are left out only when the person has no such
    // difficulty and said no doctor or nurse has said the illness is terminal: "prefer not to
    // say" and no answer leave them in.
    let may_be_terminal = answers.last_year != Some(LastYear::No);
    let lacks_need = match shown.need {
        Need::AnyNeed => false,
        Need::Mobility => answered_no(answers.mobility_difficulty),
        Need::Care => answered_no(answers.needs_care),
        Need::MobilityOrCare => {
            answered_no(answers.mobility_difficulty) && answered_no(answers.needs_care)
        }
    };
    if lacks_need && !may_be_terminal {
        return false;
    }
    fits_others(shown, answers)
}

/// The answers that leave out any kind of item: for now, a carer's item when nobody cares for
/// the person.
fn fits_others(shown: &crate::content::benefits::Shown, answers: &Answers) -> bool {
    !(shown.for_carer && answered_no(answers.has_carer))
}

/// Where a group goes in the list for these answers (lower first).
fn group_rank(group: Group, answers: &Answers) -> u8 {
    let last_year = answers.last_year == Some(LastYear::Yes);
    let not_working = answers.working == Some(false);
    let has_difficulty =
        answers.mobility_difficulty == Some(true) || answers.needs_care == Some(true);
    let no_difficulty = answered_no(answers.mobility_difficulty) && answered_no(answers.needs_care);
    match group {
        // The special rules make every other claim faster: first when they apply, otherwise
        // after the main benefits.
        Group::SpecialRules if last_year => 0,
        // Without earnings, income comes before disability benefits, unless getting around or
        // everyday things are hard; with no such difficulty, disability benefits come after
        // income (still shown: see `fits`).
        Group::Income if not_working && !has_difficulty => 1,
        Group::Disability if !no_difficulty => 2,
        Group::Income => 3,
        Group::Disability => 4,
        Group::SpecialRules => 5,
        Group::Carers => 6,
        Group::Travel => 7,
        Group::Health => 8,
        Group::Home => 9,
    }
}

/// The checklist for these answers, in order.
pub fn visible(answers: &Answers) -> Vec<&'static Benefit> {
    let items: Vec<&'static Benefit> = ITEMS.iter().filter(|i| fits(i, answers)).collect();
    // A stable sort keeps the content's own order within a group.
    crate::domain::order::by_key(items, |item| u32::from(group_rank(item.group, answers)))
}

// Stored with the field names and codes the first version wrote (through serde):
// {"answers":{"nation":"wales",...,"show_everything":false},"progress":{"pip":{"status":"applied","note":""}}}
crate::json_object!(Checklist { answers, progress; unknown: unknown });
crate::json_object!(Answers {
    nation,
    over_pension_age,
    mobility_difficulty,
    needs_care,
    working,
    has_carer,
    last_year,
    show_everything;
    unknown: unknown
});
crate::json_object!(Progress { status, note; unknown: unknown });
crate::json_by_code!(Status, |s: &Status| s.code(), Status::from_code);

crate::json_by_code!(LastYear, |l: &LastYear| l.code(), LastYear::from_code);
crate::json_by_code!(Nation, |n: &Nation| n.code(), Nation::from_code);

impl crate::domain::merge::Merge for Checklist {
    /// Answers field by field, progress item by item and field by field
    /// (`crate::domain::merge`): a status one tab set is never undone by another's note.
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        use crate::domain::merge::field;
        let (b, o, t) = (&base.answers, &ours.answers, &theirs.answers);
        let answers = Answers {
            nation: field(&b.nation, &o.nation, &t.nation),
            over_pension_age: field(
                &b.over_pension_age,
                &o.over_pension_age,
                &t.over_pension_age,
            ),
            mobility_difficulty: field(
                &b.mobility_difficulty,
                &o.mobility_difficulty,
                &t.mobility_difficulty,
            ),
            needs_care: field(&b.needs_care, &o.needs_care, &t.needs_care),
            working: field(&b.working, &o.working, &t.working),
            has_carer: field(&b.has_carer, &o.has_carer, &t.has_carer),
            last_year: field(&b.last_year, &o.last_year, &t.last_year),
            show_everything: field(&b.show_everything, &o.show_everything, &t.show_everything),
            unknown: field(&b.unknown, &o.unknown, &t.unknown),
        };
        let mut merged = Checklist {
            answers,
            progress: theirs.progress.clone(),
            unknown: field(&base.unknown, &ours.unknown, &theirs.unknown),
        };
        // Items this tab touched (set, or cleared back to nothing) since it last read.
        let touched = ours
            .progress
            .iter()
            .chain(base.progress.iter())
            .map(|(id, _)| id.clone());
        for id in touched.collect::<Vec<_>>() {
            let (was, mine, now) = (base.progress(&id), ours.progress(&id), theirs.progress(&id));
            let progress = Progress {
                status: field(&was.status, &mine.status, &now.status),
                note: field(&was.note, &mine.note, &now.note),
                unknown: field(&was.unknown, &mine.unknown, &now.unknown),
            };
            merged.progress.insert(&id, progress);
            merged.tidy(&id);
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_progress_is_dropped() {
        let mut list = Checklist::default();
        list.set_status("pip", Status::Applied);
        assert_eq!(list.progress("pip").status, Status::Applied);
        list.set_status("pip", Status::NotStarted);
        assert!(list.progress.is_empty());
        list.set_note("pip", "  ");
        assert!(list.progress.is_empty());
    }

    #[test]
    fn a_status_or_answer_from_a_newer_version_is_kept_not_unreadable() {
        use crate::json::{FromJson, Json, ToJson};
        let saved = r#"{"answers":{"nation":"jersey","last_year":"yes"},"progress":{"pip":{"status":"appealing","note":"ref 12"},"blue-badge":{"status":"applied","note":""}}}"#;
        let mut list = Checklist::from_json(&Json::parse(saved).unwrap())
            .expect("one new code must not make the whole checklist unreadable");
        let pip = list.progress("pip");
        assert!(
            pip.newer_status(),
            "the page can say a newer version set it"
        );
        assert!(pip.is_done(), "counted as dealt with, not as not started");
        assert_eq!(pip.note, "ref 12");
        assert_eq!(list.progress("blue-badge").status, Status::Applied);
        assert_eq!(
            list.answers.nation, None,
            "an unknown nation reads as not answered"
        );
        assert_eq!(list.answers.last_year, Some(LastYear::Yes));
        let written = list.to_json();
        assert_eq!(
            written
                .get("progress")
                .and_then(|p| p.get("pip"))
                .and_then(|p| p.get("status")),
            Some(&Json::String("appealing".into())),
            "written back as saved"
        );
        assert_eq!(
            written.get("answers").and_then(|a| a.get("nation")),
            Some(&Json::String("jersey".into()))
        );
        list.set_note("pip", "ref 13");
        assert!(
            list.progress("pip").newer_status(),
            "a new note keeps the status"
        );
        list.set_status("pip", Status::NotStarted);
        assert!(!list.progress("pip").newer_status());
        assert_eq!(
            list.to_json()
                .get("progress")
                .and_then(|p| p.get("pip"))
                .and_then(|p| p.get("status")),
            Some(&Json::String("not-started".into())),
            "choosing here replaces it, even with the status it was read as"
        );
        list.answers.set(QuestionId::Nation, "");
        assert_eq!(
            list.to_json().get("answers").and_then(|a| a.get("nation")),
            Some(&Json::Null)
        );
        // A value of the wrong kind is still damage: the whole value is unreadable.
        let damaged = r#"{"progress":{"pip":{"status":3,"note":""}}}"#;
        assert_eq!(Checklist::from_json(&Json::parse(damaged).unwrap()), None);
    }

    #[test]
    fn a_newer_status_alone_is_not_dropped_as_empty() {
        use crate::json::{FromJson, Json};
        let saved = r#"{"progress":{"pip":{"status":"appealing","note":""}}}"#;
        let mut list = Checklist::from_json(&Json::parse(saved).unwrap()).unwrap();
        list.set_note("pip", "");
        assert!(list.progress("pip").newer_status());
    }

    #[test]
    fn notes_are_capped() {
        let mut list = Checklist::default();
        list.set_note("pip", &"x".repeat(NOTE_MAX_CHARS + 50));
        assert_eq!(list.progress("pip").note.chars().count(), NOTE_MAX_CHARS);
    }

    #[test]
    fn every_question_and_option_round_trips() {
        for question in crate::content::checklist_page::QUESTIONS {
            for (code, _) in question.options {
                let mut answers = Answers::default();
                answers.set(question.id, code);
                assert_eq!(
                    answers.get(question.id),
                    *code,
                    "{:?} = {code}",
                    question.id
                );
            }
        }
    }

    #[test]
    fn status_codes_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("nonsense"), None);
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::domain::merge::Merge;

    #[test]
    fn two_tabs_changes_to_different_items_and_fields_are_both_kept() {
        let mut base = Checklist::default();
        base.set_status("pip", Status::Applied);
        let mut ours = base.clone();
        ours.set_note("pip", "ref 1");
        ours.answers.nation = Some(Nation::Wales);
        let mut theirs = base.clone();
        theirs.set_status("pip", Status::Receiving);
        theirs.set_status("blue-badge", Status::Applied);
        let merged = Checklist::merge(&base, &ours, &theirs);
        assert_eq!(
            merged.progress("pip").status,
            Status::Receiving,
            "their status kept"
        );
        assert_eq!(merged.progress("pip").note, "ref 1", "our note kept");
        assert_eq!(merged.progress("blue-badge").status, Status::Applied);
        assert_eq!(merged.answers.nation, Some(Nation::Wales));
    }

    #[test]
    fn the_later_write_wins_for_the_same_field() {
        let base = Checklist::default();
        let mut ours = base.clone();
        ours.set_status("pip", Status::NotForMe);
        let mut theirs = base.clone();
        theirs.set_status("pip", Status::Applied);
        assert_eq!(
            Checklist::merge(&base, &ours, &theirs)
                .progress("pip")
                .status,
            Status::NotForMe
        );
    }
}
