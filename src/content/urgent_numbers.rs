//! The urgent numbers by nation (`../shared/facts-urgent.md`, section E, which replaces the 111
//! and 999 rows of content-facts section 3), from `content/urgent-numbers.toml`. Which of them a
//! person sees is decided by `crate::domain::urgent`; nothing else writes an urgent number or 111.
//!
//! Whether Northern Ireland has a general 111 service is not confirmed either way (facts G1): 111
//! is never shown for it (the build refuses a line that offers it there), and the page does not
//! claim either way; its out-of-hours numbers differ by GP practice and are never written
//! (facts G2).

use super::benefits::Nation;
use super::directory::Phone;
use super::Date;

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

// The lines themselves (`EMERGENCY`, `CANCER_TREATMENT_HELPLINE` …), `ALL_LINES` in display
// order with 999 first, and `LAST_REVIEWED`/`NEXT_REVIEW_DUE`: written from
// content/urgent-numbers.toml, whose safety rules the build checks.
include!(concat!(env!("OUT_DIR"), "/urgent_lines.rs"));

/// The care team form's choices for when an alert card's line applies: the codes
/// `crate::domain::urgent::Applies` saves, with their words.
pub const WHEN_CHOICES: [(&str, &str); 3] = [
    (
        "while-on-treatment",
        super::words::alert_card::WHILE_ON_TREATMENT,
    ),
    ("until", super::words::alert_card::UNTIL),
    ("not-said", super::words::alert_card::NOT_SAID),
];
