//! The guidance pages, one file each, listed here in reading order.

use super::Section;

mod emotional_support;
mod further_reading;
mod money_and_practical_help;
mod planning_ahead;
mod recurrence;
mod treatment_and_living_well;
mod urgent_symptoms;
mod what_it_is;

pub(super) static ALL: &[Section] = &[
    what_it_is::SECTION,
    recurrence::SECTION,
    treatment_and_living_well::SECTION,
    urgent_symptoms::SECTION,
    emotional_support::SECTION,
    planning_ahead::SECTION,
    money_and_practical_help::SECTION,
    further_reading::SECTION,
];
