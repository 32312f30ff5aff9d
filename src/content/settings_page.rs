//! The settings page's questions: the codes `crate::preferences` saves, each with its label
//! (`TextSize::label` …, from `content/words.toml` `[settings]`), so the page and the "Your
//! data" summary name a choice alike.

use super::checklist_page::Question;
use super::words;
use crate::preferences::{Motion, TextSize, Theme};

/// (code, label) for each choice, in the kind's order.
macro_rules! choices {
    ($kind:ident: $($variant:ident),+) => {
        &[$(($kind::$variant.code(), $kind::$variant.label())),+]
    };
}

pub const TEXT_SIZE: Question = Question {
    id: "text-size",
    legend: words::settings::TEXT_SIZE,
    hint: Some(words::settings::TEXT_SIZE_HINT),
    options: choices!(TextSize: Standard, Large, Larger, VeryLarge, Largest),
};

pub const THEME: Question = Question {
    id: "theme",
    legend: words::settings::THEME,
    hint: None,
    options: choices!(Theme: System, Light, Dark, HighContrast),
};

pub const MOTION: Question = Question {
    id: "motion",
    legend: words::settings::MOTION,
    hint: Some(words::settings::MOTION_HINT),
    options: choices!(Motion: System, Reduce),
};
