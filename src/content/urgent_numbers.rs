//! The urgent numbers by nation, as data (`../shared/facts-urgent.md`, section E, which replaces
//! the 111 and 999 rows of content-facts section 3). Which of them a person sees is decided by
//! `crate::urgent`; nothing else writes an urgent number or 111.
//!
//! Whether Northern Ireland has a general 111 service is not confirmed either way (facts G1): 111
//! is never shown for it, and the page does not claim either way; its out-of-hours numbers
//! differ by GP practice and are never written here (facts G2). The facts ask for a nidirect
//! link; no nidirect page on GP Out of Hours was found in the stored sources, so the line links
//! the HSC GP Out of Hours service's own page (S79).

use super::benefits::{Nation, SCOTLAND, UK};
use super::directory::Phone;

/// A line anyone in one or more nations may call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UrgentLine {
    /// What to call it, as the service does ("NHS 24 on 111").
    pub name: &'static str,
    /// `None` where the number differs from place to place (Northern Ireland's GP Out of Hours).
    pub phone: Option<Phone>,
    /// When to use it, in one or two plain sentences.
    pub when: &'static str,
    /// Link text and address for more, where a page helps.
    pub link: Option<(&'static str, &'static str)>,
    /// Who it is for. The page marks the line with these (`data-nations`), so a stylesheet rule
    /// hides it for a person in another nation even before the app runs.
    pub nations: &'static [Nation],
}

/// 999, for everyone (facts E; S56, S57: the same in Northern Ireland).
pub const EMERGENCY: UrgentLine = UrgentLine {
    name: "Emergency: 999",
    phone: Some(Phone { shown: "999", tel: "999" }),
    when: "For chest pain, struggling to breathe, a fit, signs of a stroke, collapse, heavy bleeding or signs of sepsis. Say that you have cancer.",
    link: None,
    nations: UK,
};

/// Scotland's national Cancer Treatment Helpline, run by NHS 24 (facts E; S74, S75). Its window
/// is 6 weeks after treatment (F6: the 2014 launch said 8): the card is the final word.
pub const CANCER_TREATMENT_HELPLINE: UrgentLine = UrgentLine {
    name: "Cancer Treatment Helpline (Scotland)",
    phone: Some(Phone { shown: "0800 917 7711", tel: "+448009177711" }),
    when: "Day or night, if you were given its card: while you are having cancer treatment, and for 6 weeks after. Your card says if it is for you.",
    link: None,
    nations: SCOTLAND,
};

/// Each nation's line for urgent help that is not a 999 emergency, in `Nation::ALL` order
/// (facts E; S70, S89, S71 to S73, S76 to S78, S79, S82, S85).
pub const NATION_LINES: [UrgentLine; 4] = [
    UrgentLine {
        name: "NHS 111 (England)",
        phone: Some(Phone { shown: "111", tel: "111" }),
        when: "Free, day or night, for urgent help that is not a 999 emergency. If your team gave you a number to call, call that first.",
        link: None,
        nations: &[Nation::England],
    },
    UrgentLine {
        name: "NHS 24 on 111 (Scotland)",
        phone: Some(Phone { shown: "111", tel: "111" }),
        when: "Free, day or night, for care that cannot wait when your GP practice is closed. Textphone: 18001 111.",
        link: None,
        nations: &[Nation::Scotland],
    },
    UrgentLine {
        name: "NHS 111 Wales",
        phone: Some(Phone { shown: "111", tel: "111" }),
        when: "Free, day or night, for urgent help that is not a 999 emergency. It is also the way to reach a GP out of hours.",
        link: None,
        nations: &[Nation::Wales],
    },
    UrgentLine {
        name: "Your GP practice, or GP Out of Hours (Northern Ireland)",
        phone: None,
        when: "In Northern Ireland, call your GP practice. When it is closed, its phone message gives the GP Out of Hours number.",
        link: Some((
            "GP Out of Hours in Northern Ireland",
            "https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/",
        )),
        nations: &[Nation::NorthernIreland],
    },
];

/// Every line, in the order `crate::urgent::urgent_lines` gives them for a person whose nation
/// is not known. The support directory lists these too (`crate::directory::listings`), so a
/// search for "111" or "out of hours" finds the same words as urgent help.
pub const ALL_LINES: [&UrgentLine; 6] = [
    &EMERGENCY,
    &CANCER_TREATMENT_HELPLINE,
    &NATION_LINES[0],
    &NATION_LINES[1],
    &NATION_LINES[2],
    &NATION_LINES[3],
];

/// Checked against facts-urgent.md on this date; phone numbers are checked at least yearly.
pub const LAST_REVIEWED: super::Date = super::Date::new(2026, 11, 30);
pub const NEXT_REVIEW_DUE: super::Date = super::Date::new(2027, 11, 30);

/// The nation's own line.
pub fn nation_line(nation: Nation) -> &'static UrgentLine {
    match nation {
        Nation::England => &NATION_LINES[0],
        Nation::Scotland => &NATION_LINES[1],
        Nation::Wales => &NATION_LINES[2],
        Nation::NorthernIreland => &NATION_LINES[3],
    }
}

/// Words of the urgent numbers panel (the lines themselves are above).
pub mod words {
    /// The question, shared with the benefits checklist's first question.
    pub const WHERE_YOU_LIVE: &str = "Where do you live?";
    pub const WHERE_YOU_LIVE_HINT: &str =
        "Urgent lines differ between the UK nations. Your answer is kept only on this device.";
    /// The blank choice: every nation's lines are shown, each labelled.
    pub const NOT_CHOSEN: &str = "Not chosen (show all four nations)";
    /// After the person's own line.
    pub const YOUR_ALERT_CARD: &str = "your alert card";
    pub const WHILE_ON_TREATMENT: &str = "While you are having treatment.";
    /// Followed by a date: "Until 31 March 2027."
    pub const UNTIL: &str = "Until";
    /// Followed by a date, then [`ASK_IF_IT_APPLIES`].
    pub const CARD_SAID_UNTIL: &str = "Your card said until";
    pub const ASK_IF_IT_APPLIES: &str = "Ask your team whether it still applies.";
    /// Shown when neither the person nor the hospital has given a 24-hour line.
    pub const NO_LINE_YET: &str = "If you are having treatment, your hospital will give you a 24-hour number to call, often on an alert card.";
    pub const ADD_IT: &str = "Add it to your care team";
    pub const ADD_IT_AFTER: &str =
        " and tick \"This is my hospital's 24-hour line\" to keep it here.";
}

/// Words of the care team form's alert card questions.
pub mod alert_card {
    pub const IS_ALERT_CARD_LINE: &str =
        "This is my hospital's 24-hour line, from my alert card (keep it at the top, after 999)";
    pub const WHEN_LEGEND: &str = "When does your card say you can use it?";
    /// Codes as `ContactDraft::applies` reads them, with their labels.
    pub const WHEN_CHOICES: [(&str, &str); 3] = [
        ("while-on-treatment", "While I am having treatment"),
        ("until", "Until a date on the card"),
        ("not-said", "The card does not say, or I am not sure"),
    ];
    pub const UNTIL_LABEL: &str = "The date on your card";
}
