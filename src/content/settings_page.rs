//! The settings page's questions: the codes `crate::state::preferences` saves, each with its label
//! (`TextSize::label` …, from `content/words.toml` `[settings]`), so the page and the "Your
//! data" summary name a choice alike.

use super::checklist_page::Question;
use super::kinds::{Motion, SettingId, TextSize, Theme};
use super::words;

/// (code, label) for each choice, in the kind's order.
macro_rules! choices {
    ($kind:ident: $($variant:ident),+) => {
        &[$(($kind::$variant.code(), $kind::$variant.label())),+]
    };
}

pub const TEXT_SIZE: Question<SettingId> = Question {
    id: SettingId::TextSize,
    legend: words::settings::TEXT_SIZE,
    hint: Some(words::settings::TEXT_SIZE_HINT),
    options: choices!(TextSize: Standard, Large, Larger, VeryLarge, Largest),
};

pub const THEME: Question<SettingId> = Question {
    id: SettingId::Theme,
    legend: words::settings::THEME,
    hint: None,
    options: choices!(Theme: System, Light, Dark, HighContrast),
};

pub const MOTION: Question<SettingId> = Question {
    id: SettingId::Motion,
    legend: words::settings::MOTION,
    hint: Some(words::settings::MOTION_HINT),
    options: choices!(Motion: System, Reduce),
};

impl TextSize {
    /// As the settings page names it: one label per size.
    pub const fn label(self) -> &'static str {
        match self {
            TextSize::Standard => words::settings::TEXT_SIZE_100,
            TextSize::Large => words::settings::TEXT_SIZE_125,
            TextSize::Larger => words::settings::TEXT_SIZE_150,
            TextSize::VeryLarge => words::settings::TEXT_SIZE_175,
            TextSize::Largest => words::settings::TEXT_SIZE_200,
        }
    }
}

impl Theme {
    /// As the settings page names it: one label per theme.
    pub const fn label(self) -> &'static str {
        match self {
            Theme::System => words::settings::THEME_SYSTEM,
            Theme::Light => words::settings::THEME_LIGHT,
            Theme::Dark => words::settings::THEME_DARK,
            Theme::HighContrast => words::settings::THEME_HIGH_CONTRAST,
        }
    }
}

impl Motion {
    /// As the settings page names it.
    pub const fn label(self) -> &'static str {
        match self {
            Motion::System => words::settings::MOTION_SYSTEM,
            Motion::Reduce => words::settings::MOTION_REDUCE,
        }
    }
}
