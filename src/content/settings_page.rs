//! The settings page's questions: the codes `crate::preferences` saves, with their words from
//! `content/words.toml` (`[settings]`).

use super::checklist_page::Question;
use super::words;

pub const TEXT_SIZE: Question = Question {
    id: "text-size",
    legend: words::settings::TEXT_SIZE,
    hint: Some(words::settings::TEXT_SIZE_HINT),
    options: &[
        ("100", words::settings::TEXT_SIZE_100),
        ("125", words::settings::TEXT_SIZE_125),
        ("150", words::settings::TEXT_SIZE_150),
        ("175", words::settings::TEXT_SIZE_175),
        ("200", words::settings::TEXT_SIZE_200),
    ],
};

pub const THEME: Question = Question {
    id: "theme",
    legend: words::settings::THEME,
    hint: None,
    options: &[
        ("system", words::settings::THEME_SYSTEM),
        ("light", words::settings::THEME_LIGHT),
        ("dark", words::settings::THEME_DARK),
        ("high-contrast", words::settings::THEME_HIGH_CONTRAST),
    ],
};

pub const MOTION: Question = Question {
    id: "motion",
    legend: words::settings::MOTION,
    hint: Some(words::settings::MOTION_HINT),
    options: &[
        ("system", words::settings::MOTION_SYSTEM),
        ("reduce", words::settings::MOTION_REDUCE),
    ],
};
