//! Which urgent numbers a person sees, in which order: one rule for every place an urgent
//! number or 111 appears (the urgent symptoms page, the support page, the care team page).
//! Plain Rust, tested natively for each nation and for "not set".
//!
//! The order (facts-urgent.md, section E): 999 for everyone; then the person's own 24-hour
//! line from their alert card; then the hospital's line from the deployment's settings file;
//! then Scotland's Cancer Treatment Helpline (for people on treatment); then the nation's line
//! for urgent help that is not an emergency. Until the nation is known, every nation's lines
//! are shown, each labelled with its nation. Northern Ireland never sees 111.

use crate::content::benefits::Nation;
use crate::content::urgent_numbers::{UrgentLine, ALL_LINES, EMERGENCY};
use crate::content::Date;

/// When the person's alert card says its 24-hour line is theirs to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Applies {
    /// Saved before the guide asked (contacts format 1), or left blank.
    #[default]
    NotSaid,
    /// While the person is having treatment.
    WhileOnTreatment,
    /// Until this date (the card's own end date), inclusive.
    Until(Date),
}

impl Applies {
    /// Stored as "not-said", "while-on-treatment", or the end date ("2027-03-31").
    pub fn code(&self) -> String {
        match self {
            Applies::NotSaid => "not-said".into(),
            Applies::WhileOnTreatment => "while-on-treatment".into(),
            Applies::Until(date) => date.iso(),
        }
    }

    /// The value stored as `code`; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Applies> {
        match code {
            "not-said" => Some(Applies::NotSaid),
            "while-on-treatment" => Some(Applies::WhileOnTreatment),
            other => Date::from_iso(other).map(Applies::Until),
        }
    }
}

impl crate::json::ToJson for Applies {
    fn to_json(&self) -> crate::json::Json {
        crate::json::Json::String(self.code())
    }
}

impl crate::json::FromJson for Applies {
    fn from_json(value: &crate::json::Json) -> Option<Applies> {
        Applies::from_code(value.as_str()?)
    }
}

/// A 24-hour line the person or the hospital gave: never a default, never invented.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenLine {
    /// "Royal Example 24-hour line".
    pub name: String,
    /// As written ("020 7946 0000").
    pub phone: String,
    /// For the `tel:` link ("+442079460000").
    pub tel: String,
    pub applies: Applies,
}

/// One line to show, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A line from the guide's content (999, the Cancer Treatment Helpline, a nation's line).
    Fixed(&'static UrgentLine),
    /// The person's own alert card line. `lapsed` is true once its "until" date has passed:
    /// it is still shown, with "ask your team whether it still applies".
    Own { line: GivenLine, lapsed: bool },
    /// The hospital's line, from `sbc-guide-config.json`.
    Hospital(GivenLine),
    /// Where the hospital's line would be, when its settings file could not be read or names a
    /// line that cannot be dialled: "could not be loaded here, use the number your team gave
    /// you", in the place the person would look for it, straight after 999 and their own card.
    HospitalNotLoaded,
}

/// The hospital's 24-hour line as the deployment gives it
/// (`deployment::ConfigState::hospital_line`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HospitalLine {
    /// No settings file, or one without a line: nothing to show.
    Absent,
    /// The line, named with the hospital.
    Given(GivenLine),
    /// There should be a line, but it could not be used.
    NotLoaded,
}

/// The lines to show, most urgent first. `nation` is the saved answer to "Where do you
/// live?" (`None`: not answered); `own` the person's alert card lines; `hospital` the
/// deployment's line; `today` the device's date (for an alert card's end date).
pub fn urgent_lines(
    nation: Option<Nation>,
    own: &[GivenLine],
    hospital: &HospitalLine,
    today: Date,
) -> Vec<Entry> {
    let mut out = vec![Entry::Fixed(&EMERGENCY)];
    out.extend(own.iter().map(|line| Entry::Own {
        lapsed: matches!(line.applies, Applies::Until(end) if today > end),
        line: line.clone(),
    }));
    match hospital {
        HospitalLine::Absent => {}
        HospitalLine::Given(line) => out.push(Entry::Hospital(line.clone())),
        HospitalLine::NotLoaded => out.push(Entry::HospitalNotLoaded),
    }
    // ALL_LINES starts with 999 (the build checks it), which is already first.
    out.extend(
        ALL_LINES[1..]
            .iter()
            .copied()
            .filter(|line| shown_for(line, nation))
            .map(Entry::Fixed),
    );
    out
}

/// Whether a person who lives in `nation` sees `line` (`None`: not known, every line): the rule
/// the stylesheet applies to lines marked with `nations_attribute` (style/before-start.css).
pub fn shown_for(line: &UrgentLine, nation: Option<Nation>) -> bool {
    nation.is_none_or(|n| line.nations.contains(&n))
}

/// The `data-nations` attribute for a line: its nations' codes, space separated ("" for a line
/// for everyone). The stylesheet hides a line whose list lacks the nation on `<html
/// data-nation>`, which the pre-paint script sets from the saved answer.
pub fn nations_attribute(nations: &[Nation]) -> Option<String> {
    if nations.len() >= Nation::ALL.len() {
        return None;
    }
    Some(
        nations
            .iter()
            .map(|n| n.code())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::new(2026, 11, 30);

    fn names(entries: &[Entry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| match e {
                Entry::Fixed(line) => line.name.to_string(),
                Entry::Own { line, lapsed } => format!("own:{}:{lapsed}", line.name),
                Entry::Hospital(line) => format!("hospital:{}", line.name),
                Entry::HospitalNotLoaded => "hospital not loaded".to_string(),
            })
            .collect()
    }

    fn dials_111(entries: &[Entry]) -> bool {
        entries.iter().any(|e| match e {
            Entry::Fixed(line) => line.phone.is_some_and(|p| p.tel == "111"),
            Entry::Own { line, .. } | Entry::Hospital(line) => line.tel == "111",
            Entry::HospitalNotLoaded => false,
        })
    }

    #[test]
    fn each_nation_sees_999_then_its_own_line() {
        let cases: [(Option<Nation>, &[&str], bool); 5] = [
            (
                Some(Nation::England),
                &["Emergency: 999", "NHS 111 (England)"],
                true,
            ),
            (
                Some(Nation::Scotland),
                &[
                    "Emergency: 999",
                    "Cancer Treatment Helpline (Scotland)",
                    "NHS 24 on 111 (Scotland)",
                ],
                true,
            ),
            (
                Some(Nation::Wales),
                &["Emergency: 999", "NHS 111 Wales"],
                true,
            ),
            (
                Some(Nation::NorthernIreland),
                &[
                    "Emergency: 999",
                    "Your GP practice, or GP Out of Hours (Northern Ireland)",
                ],
                false,
            ),
            (
                None,
                &[
                    "Emergency: 999",
                    "Cancer Treatment Helpline (Scotland)",
                    "NHS 111 (England)",
                    "NHS 24 on 111 (Scotland)",
                    "NHS 111 Wales",
                    "Your GP practice, or GP Out of Hours (Northern Ireland)",
                ],
                true,
            ),
        ];
        for (nation, expected, has_111) in cases {
            let lines = urgent_lines(nation, &[], &HospitalLine::Absent, TODAY);
            assert_eq!(names(&lines), expected, "{nation:?}");
            assert_eq!(dials_111(&lines), has_111, "{nation:?}");
        }
    }

    #[test]
    fn when_the_nation_is_not_known_every_line_names_its_nation() {
        for entry in urgent_lines(None, &[], &HospitalLine::Absent, TODAY) {
            if let Entry::Fixed(line) = entry {
                if line.nations.len() < 4 {
                    for nation in line.nations {
                        assert!(line.name.contains(nation.name()), "{}", line.name);
                    }
                }
            }
        }
    }

    fn line(name: &str, applies: Applies) -> GivenLine {
        GivenLine {
            name: name.into(),
            phone: "020 7946 0000".into(),
            tel: "+442079460000".into(),
            applies,
        }
    }

    #[test]
    fn own_line_then_hospital_line_come_straight_after_999() {
        let own = [line("Mine", Applies::WhileOnTreatment)];
        let hospital = line("Trust", Applies::NotSaid);
        for nation in [None, Some(Nation::England), Some(Nation::NorthernIreland)] {
            let lines = urgent_lines(nation, &own, &HospitalLine::Given(hospital.clone()), TODAY);
            let got = names(&lines);
            assert_eq!(got[0], "Emergency: 999");
            assert_eq!(got[1], "own:Mine:false");
            assert_eq!(got[2], "hospital:Trust");
        }
    }

    #[test]
    fn an_alert_card_past_its_date_is_still_shown_and_marked() {
        let cases = [
            (Applies::Until(Date::new(2026, 11, 29)), true),
            (Applies::Until(TODAY), false),
            (Applies::Until(Date::new(2027, 1, 1)), false),
            (Applies::WhileOnTreatment, false),
            (Applies::NotSaid, false),
        ];
        for (applies, lapsed) in cases {
            let lines = urgent_lines(
                Some(Nation::Wales),
                &[line("Mine", applies)],
                &HospitalLine::Absent,
                TODAY,
            );
            assert_eq!(
                names(&lines)[1],
                format!("own:Mine:{lapsed}"),
                "{applies:?}"
            );
        }
    }

    #[test]
    fn northern_ireland_never_sees_111_whatever_else_is_saved() {
        let hospital = line("Trust", Applies::NotSaid);
        let lines = urgent_lines(
            Some(Nation::NorthernIreland),
            &[line("Mine", Applies::NotSaid)],
            &HospitalLine::Given(hospital),
            TODAY,
        );
        assert!(!dials_111(&lines));
    }

    #[test]
    fn a_hospital_line_that_could_not_be_loaded_is_said_where_the_line_would_be() {
        // After 999 and the person's own card, before the national lines: where they look for
        // their hospital's number.
        let lines = urgent_lines(
            Some(Nation::England),
            &[line("Mine", Applies::NotSaid)],
            &HospitalLine::NotLoaded,
            TODAY,
        );
        assert_eq!(
            names(&lines),
            [
                "Emergency: 999",
                "own:Mine:false",
                "hospital not loaded",
                "NHS 111 (England)"
            ]
        );
    }

    /// What the stylesheet shows for `nation` among lines drawn for "not known": a line with no
    /// `data-nations`, or one whose list has the nation's code (style/before-start.css).
    fn shown_by_stylesheet(entry: &Entry, nation: Nation) -> bool {
        match entry {
            Entry::Fixed(line) => nations_attribute(line.nations)
                .is_none_or(|codes| codes.split(' ').any(|c| c == nation.code())),
            _ => true,
        }
    }

    #[test]
    fn the_page_drawn_for_everyone_shows_each_nation_what_the_rule_gives_it() {
        let own = [line("Mine", Applies::WhileOnTreatment)];
        let hospital = line("Trust", Applies::NotSaid);
        let all = urgent_lines(None, &own, &HospitalLine::Given(hospital.clone()), TODAY);
        for nation in Nation::ALL {
            let seen: Vec<Entry> = all
                .iter()
                .filter(|e| shown_by_stylesheet(e, nation))
                .cloned()
                .collect();
            assert_eq!(
                seen,
                urgent_lines(
                    Some(nation),
                    &own,
                    &HospitalLine::Given(hospital.clone()),
                    TODAY
                ),
                "{nation:?}"
            );
        }
        let css = include_str!("../../style/before-start.css");
        for nation in Nation::ALL {
            let code = nation.code();
            let rule = format!(
                "[{}=\"{code}\"] [{marks}]:not([{marks}~=\"{code}\"])",
                crate::contracts::NATION_ATTRIBUTE,
                marks = crate::contracts::NATIONS_ATTRIBUTE,
            );
            assert!(css.contains(&rule), "before-start.css lacks {rule}");
        }
    }

    #[test]
    fn nations_attribute_lists_codes_and_is_absent_for_everyone() {
        assert_eq!(nations_attribute(&Nation::ALL), None);
        assert_eq!(
            nations_attribute(&[Nation::England, Nation::Wales]).as_deref(),
            Some("england wales")
        );
    }
}
