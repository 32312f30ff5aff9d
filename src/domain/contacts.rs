//! The person's own care team contacts and UK phone number checking. Plain Rust, tested
//! natively; the support page binds it to the screen and to storage.

use crate::content::{words, Date};
use crate::domain::urgent::Applies;

/// A UK phone number that can be dialled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UkPhone {
    /// For a `tel:` link: international form ("+442079460000") or a short code ("111").
    pub tel: String,
}

/// Why a phone number was not accepted, in words for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// Letters or symbols other than spaces, brackets, dots, dashes and a leading +.
    NotANumber,
    /// A number from outside the UK.
    NotUk,
    /// Too short or too long for a UK number.
    WrongLength,
}

impl PhoneError {
    pub const fn message(self) -> &'static str {
        match self {
            PhoneError::Empty => words::contact_form::PHONE_MISSING,
            PhoneError::NotANumber => words::contact_form::PHONE_NOT_A_NUMBER,
            PhoneError::NotUk => words::contact_form::PHONE_NOT_UK,
            PhoneError::WrongLength => words::contact_form::PHONE_WRONG_LENGTH,
        }
    }
}

/// UK short numbers people may save: emergency, NHS 111, Samaritans, NHS 116 117.
const SHORT_CODES: &[&str] = &["999", "112", "111", "116123", "116117"];

/// Checks a UK phone number as people write it ("020 7946 0000", "(01632) 960 000",
/// "+44 7700 900 000", "0044 20 7946 0000", "111") and gives its `tel:` form.
pub fn parse_uk_phone(input: &str) -> Result<UkPhone, PhoneError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(PhoneError::Empty);
    }
    let mut digits = String::new();
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => digits.push('+'),
            ' ' | '(' | ')' | '-' | '.' | '\u{a0}' => {}
            _ => return Err(PhoneError::NotANumber),
        }
    }
    if SHORT_CODES.contains(&digits.as_str()) {
        return Ok(UkPhone { tel: digits });
    }
    // The national significant number: what follows +44, 0044 or the leading 0.
    let national = if let Some(rest) = digits.strip_prefix("+44") {
        rest.strip_prefix('0').unwrap_or(rest)
    } else if let Some(rest) = digits.strip_prefix("0044") {
        rest.strip_prefix('0').unwrap_or(rest)
    } else if digits.starts_with('+') || digits.starts_with("00") {
        return Err(PhoneError::NotUk);
    } else if let Some(rest) = digits.strip_prefix('0') {
        rest
    } else {
        return Err(PhoneError::WrongLength);
    };
    // UK numbers have 10 digits after the 0; only some 01 areas (016977) and some 0800 lines
    // have 9 (Ofcom's National Telephone Numbering Plan). A London (020) number with a digit
    // missing must not pass as a hospital's 24-hour line.
    let shortest = if national.starts_with('1') || national.starts_with("800") {
        9
    } else {
        10
    };
    if !(shortest..=10).contains(&national.len()) {
        return Err(PhoneError::WrongLength);
    }
    if !matches!(
        national.as_bytes()[0],
        b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9'
    ) {
        return Err(PhoneError::NotUk);
    }
    Ok(UkPhone {
        tel: format!("+44{national}"),
    })
}

/// One person or service in the person's care team.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub id: u32,
    pub name: String,
    /// "Breast care nurse", "GP surgery"…
    pub role: String,
    /// As the person typed it (shown); dialled through `parse_uk_phone`.
    pub phone: String,
    pub notes: String,
    pub favourite: bool,
    /// The hospital's 24-hour line from the person's alert card: shown straight after 999
    /// wherever urgent numbers are (`crate::domain::urgent`).
    pub urgent_line: bool,
    /// When the alert card says the line is theirs to use (contacts format 2; format 1
    /// contacts are migrated as `NotSaid`).
    pub applies: Applies,
    /// Fields a newer version of the guide saved here: kept and written back, never shown.
    pub unknown: crate::json::Unknown,
}

/// What the form holds before it is saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactDraft {
    pub name: String,
    pub role: String,
    pub phone: String,
    pub notes: String,
    pub urgent_line: bool,
    /// "not-said", "while-on-treatment" or "until" (then `until` holds the date).
    pub applies: String,
    /// The card's end date as a date input gives it ("2027-03-31").
    pub until: String,
}

/// Problems with a draft, by field, in words for the person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftErrors {
    pub name: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub until: Option<&'static str>,
}

impl DraftErrors {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.phone.is_none() && self.until.is_none()
    }
}

/// Limits so a pasted essay cannot fill the browser's storage.
pub const NAME_MAX: usize = 100;
pub const NOTES_MAX: usize = 500;

impl ContactDraft {
    pub fn check(&self) -> DraftErrors {
        DraftErrors {
            name: self
                .name
                .trim()
                .is_empty()
                .then_some(words::contact_form::NAME_MISSING),
            phone: parse_uk_phone(&self.phone).err().map(PhoneError::message),
            until: (self.urgent_line && self.applies == "until" && self.card_applies().is_none())
                .then_some(words::contact_form::UNTIL_NOT_A_DATE),
        }
    }

    /// What the draft says about when the alert card applies; `None` when it says "until" a
    /// date that is not a real one.
    pub fn card_applies(&self) -> Option<Applies> {
        match self.applies.as_str() {
            "while-on-treatment" => Some(Applies::WhileOnTreatment),
            "until" => Date::from_iso(&self.until).map(Applies::Until),
            _ => Some(Applies::NotSaid),
        }
    }
}

/// The person's contacts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contacts {
    pub list: Vec<Contact>,
    /// Fields a newer version of the guide saved here: kept and written back, never shown.
    pub unknown: crate::json::Unknown,
}

fn capped(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect()
}

impl Contacts {
    /// Adds a checked draft and gives the new contact's id.
    pub fn add(&mut self, draft: &ContactDraft) -> Result<u32, DraftErrors> {
        let errors = draft.check();
        if !errors.is_empty() {
            return Err(errors);
        }
        let id = self
            .list
            .iter()
            .map(|c| c.id)
            .max()
            .map_or(1, |max| max + 1);
        self.list.push(Contact {
            id,
            favourite: false,
            ..Self::from_draft(draft)
        });
        Ok(id)
    }

    /// Replaces a contact's details, keeping its id and star.
    pub fn update(&mut self, id: u32, draft: &ContactDraft) -> Result<(), DraftErrors> {
        let errors = draft.check();
        if !errors.is_empty() {
            return Err(errors);
        }
        if let Some(contact) = self.list.iter_mut().find(|c| c.id == id) {
            // What a newer version saved with the contact stays with it.
            let unknown = std::mem::take(&mut contact.unknown);
            *contact = Contact {
                id,
                favourite: contact.favourite,
                unknown,
                ..Self::from_draft(draft)
            };
        }
        Ok(())
    }

    fn from_draft(draft: &ContactDraft) -> Contact {
        Contact {
            id: 0,
            name: capped(&draft.name, NAME_MAX),
            role: capped(&draft.role, NAME_MAX),
            phone: capped(&draft.phone, 40),
            notes: capped(&draft.notes, NOTES_MAX),
            favourite: false,
            unknown: crate::json::Unknown::default(),
            urgent_line: draft.urgent_line,
            applies: if draft.urgent_line {
                draft.card_applies().unwrap_or_default()
            } else {
                Applies::NotSaid
            },
        }
    }

    pub fn remove(&mut self, id: u32) {
        self.list.retain(|c| c.id != id);
    }

    pub fn toggle_favourite(&mut self, id: u32) {
        if let Some(contact) = self.list.iter_mut().find(|c| c.id == id) {
            contact.favourite = !contact.favourite;
        }
    }

    pub fn get(&self, id: u32) -> Option<&Contact> {
        self.list.iter().find(|c| c.id == id)
    }

    /// Favourites first, then in the order they were added.
    pub fn sorted(&self) -> Vec<Contact> {
        // Added in id order, so a stable sort on "not a favourite" keeps that order.
        let by_id = crate::domain::order::by_key(self.list.clone(), |c| c.id);
        crate::domain::order::by_key(by_id, |c| u32::from(!c.favourite))
    }

    /// The person's 24-hour hospital lines.
    pub fn urgent_lines(&self) -> Vec<Contact> {
        self.list
            .iter()
            .filter(|c| c.urgent_line)
            .cloned()
            .collect()
    }

    /// The person's alert card lines, for `crate::domain::urgent::urgent_lines` (a number that no
    /// longer parses is left out rather than dialled wrongly).
    pub fn alert_lines(&self) -> Vec<crate::domain::urgent::GivenLine> {
        self.list
            .iter()
            .filter(|c| c.urgent_line)
            .filter_map(|c| {
                Some(crate::domain::urgent::GivenLine {
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                    tel: parse_uk_phone(&c.phone).ok()?.tel,
                    applies: c.applies,
                })
            })
            .collect()
    }
}

impl Contact {
    pub fn draft(&self) -> ContactDraft {
        ContactDraft {
            name: self.name.clone(),
            role: self.role.clone(),
            phone: self.phone.clone(),
            notes: self.notes.clone(),
            urgent_line: self.urgent_line,
            applies: match self.applies {
                Applies::NotSaid => "not-said",
                Applies::WhileOnTreatment => "while-on-treatment",
                Applies::Until(_) => "until",
            }
            .into(),
            until: match self.applies {
                Applies::Until(date) => date.iso(),
                _ => String::new(),
            },
        }
    }
}

// Stored as {"list":[{"id":1,"name":…,"role":…,"phone":…,"notes":…,"favourite":false,
// "urgent_line":true,"applies":"while-on-treatment"}]} (format 2; format 1 had no "applies").
crate::json_object!(Contacts { list; unknown: unknown });
crate::json_object!(Contact {
    id,
    name,
    role,
    phone,
    notes,
    favourite,
    urgent_line,
    applies;
    unknown: unknown
});

impl crate::domain::merge::Merge for Contacts {
    /// Contacts by id, each field by field (`crate::domain::merge`): one deleted in either tab
    /// stays deleted, one added in either is kept, and one both tabs added under the same id
    /// (tabs that started from the same list) is kept twice, ours under a new id.
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        use crate::domain::merge::field;
        let find = |list: &Contacts, id: u32| list.list.iter().find(|c| c.id == id).cloned();
        let mut merged = Vec::new();
        for now in &theirs.list {
            let (was, mine) = (find(base, now.id), find(ours, now.id));
            match (was, mine) {
                // Deleted here since this tab last read: stays deleted.
                (Some(_), None) => {}
                (Some(was), Some(mine)) => merged.push(Contact {
                    id: now.id,
                    name: field(&was.name, &mine.name, &now.name),
                    role: field(&was.role, &mine.role, &now.role),
                    phone: field(&was.phone, &mine.phone, &now.phone),
                    notes: field(&was.notes, &mine.notes, &now.notes),
                    favourite: field(&was.favourite, &mine.favourite, &now.favourite),
                    urgent_line: field(&was.urgent_line, &mine.urgent_line, &now.urgent_line),
                    applies: field(&was.applies, &mine.applies, &now.applies),
                    unknown: field(&was.unknown, &mine.unknown, &now.unknown),
                }),
                // Added by the other tab (or by both under one id: theirs keeps it).
                (None, _) => merged.push(now.clone()),
            }
        }
        let mut next_id = merged
            .iter()
            .chain(&ours.list)
            .map(|c| c.id)
            .max()
            .unwrap_or(0);
        for mine in &ours.list {
            let in_base = find(base, mine.id).is_some();
            let in_theirs = find(theirs, mine.id);
            match (in_base, in_theirs) {
                // Added by this tab.
                (false, None) => merged.push(mine.clone()),
                (false, Some(same)) if same == *mine => {}
                // Both tabs added a contact under the same id: both are kept.
                (false, Some(_)) => {
                    next_id += 1;
                    merged.push(Contact {
                        id: next_id,
                        ..mine.clone()
                    });
                }
                // Deleted by the other tab (in base, not in theirs): stays deleted; or merged above.
                (true, _) => {}
            }
        }
        Contacts {
            list: merged,
            unknown: field(&base.unknown, &ours.unknown, &theirs.unknown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_uk_numbers_as_people_write_them() {
        let tel = |s| parse_uk_phone(s).map(|p| p.tel);
        assert_eq!(tel("020 7946 0000"), Ok("+442079460000".into()));
        assert_eq!(tel("(01632) 960 000"), Ok("+441632960000".into()));
        assert_eq!(tel("+44 7700 900 000"), Ok("+447700900000".into()));
        assert_eq!(tel("+44 (0)20 7946 0000"), Ok("+442079460000".into()));
        assert_eq!(tel("0044 20 7946 0000"), Ok("+442079460000".into()));
        assert_eq!(tel("0808-808-0000"), Ok("+448088080000".into()));
        assert_eq!(tel(" 111 "), Ok("111".into()));
        assert_eq!(tel("116 123"), Ok("116123".into()));
    }

    #[test]
    fn refuses_what_cannot_be_dialled() {
        assert_eq!(parse_uk_phone(""), Err(PhoneError::Empty));
        assert_eq!(parse_uk_phone("call Jo"), Err(PhoneError::NotANumber));
        assert_eq!(parse_uk_phone("020 7946 000x"), Err(PhoneError::NotANumber));
        assert_eq!(parse_uk_phone("+33 1 23 45 67 89"), Err(PhoneError::NotUk));
        assert_eq!(parse_uk_phone("020 7946"), Err(PhoneError::WrongLength));
        assert_eq!(
            parse_uk_phone("020 7946 0000 0"),
            Err(PhoneError::WrongLength)
        );
        assert_eq!(parse_uk_phone("79460000"), Err(PhoneError::WrongLength));
        assert_eq!(parse_uk_phone("04 7946 00000"), Err(PhoneError::NotUk));
    }

    #[test]
    fn a_number_with_a_digit_missing_is_refused_where_its_range_has_only_full_length_numbers() {
        // Seen on a real server: "020 7946 000" (a London number one digit short) was shown to
        // patients as the hospital's 24-hour line.
        for short in [
            "020 7946 000",
            "0300 123 456",
            "07700 90000",
            "0808 808 000",
        ] {
            assert_eq!(
                parse_uk_phone(short),
                Err(PhoneError::WrongLength),
                "{short}"
            );
        }
        // The ranges that do have 9 digits after the 0.
        let tel = |s| parse_uk_phone(s).map(|p| p.tel);
        assert_eq!(tel("016977 4444"), Ok("+44169774444".into()));
        assert_eq!(tel("0800 11 11 11"), Ok("+44800111111".into()));
    }

    #[test]
    fn the_alert_card_says_when_its_line_applies_and_a_bad_date_is_refused() {
        let mut contacts = Contacts::default();
        let line = |applies: &str, until: &str| ContactDraft {
            urgent_line: true,
            applies: applies.into(),
            until: until.into(),
            ..draft("Acute oncology", "020 7946 0000")
        };
        let errors = contacts.add(&line("until", "")).unwrap_err();
        assert!(errors.until.is_some(), "until needs a date");
        assert!(contacts.add(&line("until", "2027-02-30")).is_err());
        let id = contacts.add(&line("until", "2027-03-31")).unwrap();
        assert_eq!(
            contacts.get(id).unwrap().applies,
            Applies::Until(Date::new(2027, 3, 31))
        );
        assert_eq!(contacts.get(id).unwrap().draft().until, "2027-03-31");
        contacts
            .update(id, &line("while-on-treatment", ""))
            .unwrap();
        assert_eq!(contacts.alert_lines()[0].applies, Applies::WhileOnTreatment);
        // Not the 24-hour line: no card dates kept, whatever the form held.
        let other = ContactDraft {
            urgent_line: false,
            ..line("until", "nonsense")
        };
        let gp = contacts.add(&other).unwrap();
        assert_eq!(contacts.get(gp).unwrap().applies, Applies::NotSaid);
        assert_eq!(contacts.alert_lines().len(), 1);
    }

    fn draft(name: &str, phone: &str) -> ContactDraft {
        ContactDraft {
            name: name.into(),
            phone: phone.into(),
            ..ContactDraft::default()
        }
    }

    #[test]
    fn add_edit_star_and_delete() {
        let mut contacts = Contacts::default();
        let nurse = contacts
            .add(&draft("Breast care nurses", "020 7946 0001"))
            .unwrap();
        let gp = contacts.add(&draft("GP surgery", "01632 960 001")).unwrap();
        assert_ne!(nurse, gp);
        contacts.toggle_favourite(gp);
        assert_eq!(contacts.sorted()[0].name, "GP surgery", "favourites first");
        contacts
            .update(gp, &draft("Dr Patel's surgery", "01632 960 002"))
            .unwrap();
        assert!(
            contacts.get(gp).unwrap().favourite,
            "editing keeps the star"
        );
        assert_eq!(contacts.get(gp).unwrap().name, "Dr Patel's surgery");
        contacts.remove(nurse);
        assert_eq!(contacts.list.len(), 1);
    }

    #[test]
    fn a_bad_draft_changes_nothing_and_says_why() {
        let mut contacts = Contacts::default();
        let errors = contacts.add(&draft("", "abc")).unwrap_err();
        assert!(errors.name.is_some() && errors.phone.is_some());
        assert!(contacts.list.is_empty());
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use crate::domain::merge::Merge;

    fn draft(name: &str) -> ContactDraft {
        ContactDraft {
            name: name.into(),
            phone: "020 7946 0001".into(),
            ..Default::default()
        }
    }

    #[test]
    fn contacts_added_in_two_tabs_at_once_are_both_kept() {
        let mut base = Contacts::default();
        base.add(&draft("GP")).unwrap();
        let mut ours = base.clone();
        ours.add(&draft("Nurses")).unwrap();
        let mut theirs = base.clone();
        theirs.add(&draft("Hospice")).unwrap();
        let merged = Contacts::merge(&base, &ours, &theirs);
        let names: Vec<&str> = merged.list.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["GP", "Hospice", "Nurses"]);
        let mut ids: Vec<u32> = merged.list.iter().map(|c| c.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 3, "no two contacts share an id: {ids:?}");
    }

    #[test]
    fn a_contact_deleted_in_another_tab_is_not_brought_back() {
        let mut base = Contacts::default();
        let gp = base.add(&draft("GP")).unwrap();
        let mut ours = base.clone();
        ours.toggle_favourite(gp);
        let mut theirs = base.clone();
        theirs.remove(gp);
        assert!(Contacts::merge(&base, &ours, &theirs).list.is_empty());
        // And the other way round.
        let mut ours = base.clone();
        ours.remove(gp);
        let mut theirs = base.clone();
        theirs.toggle_favourite(gp);
        assert!(Contacts::merge(&base, &ours, &theirs).list.is_empty());
    }

    #[test]
    fn edits_to_different_fields_of_one_contact_are_both_kept() {
        let mut base = Contacts::default();
        let gp = base.add(&draft("GP")).unwrap();
        let mut ours = base.clone();
        ours.toggle_favourite(gp);
        let mut theirs = base.clone();
        theirs.list[0].notes = "Weekdays".into();
        let merged = Contacts::merge(&base, &ours, &theirs);
        assert!(merged.list[0].favourite);
        assert_eq!(merged.list[0].notes, "Weekdays");
    }
}
