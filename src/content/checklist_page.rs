//! The benefits checklist's questions: the answer codes saved on the device (`crate::domain::checklist`
//! reads them) with their words from `content/words.toml`. The items are in `benefits`; the
//! page's other words are `words::benefits_page` and `passages::who_can_help`.

use super::benefits::Nation;
use super::kinds::{Coded, QuestionId};
use super::words;

/// One question asked on a screen, with its choices. `K` says which question it is
/// (`QuestionId`, `SettingId`), so the code that keeps the answer matches on it exhaustively.
#[derive(Clone, Copy, Debug)]
pub struct Question<K: Coded = QuestionId> {
    /// Which question: its code is the saved answer's name and part of element ids.
    pub id: K,
    pub legend: &'static str,
    pub hint: Option<&'static str>,
    /// (code, label) for each answer. The code is what is saved; "" means "not answered".
    pub options: &'static [(&'static str, &'static str)],
}

/// The answer "Not sure, or skip": the question stays unanswered.
pub const SKIP: (&str, &str) = ("", words::answers::SKIP);

const YES_NO: &[(&str, &str)] = &[
    ("yes", words::answers::YES),
    ("no", words::answers::NO),
    SKIP,
];

pub const QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::Nation,
        legend: words::question_nation::LEGEND,
        hint: Some(words::question_nation::HINT),
        options: &[
            (Nation::England.code(), words::nations::ENGLAND),
            (Nation::Scotland.code(), words::nations::SCOTLAND),
            (Nation::Wales.code(), words::nations::WALES),
            (
                Nation::NorthernIreland.code(),
                words::nations::NORTHERN_IRELAND,
            ),
            SKIP,
        ],
    },
    Question {
        id: QuestionId::OverPensionAge,
        legend: words::question_over_pension_age::LEGEND,
        hint: Some(words::question_over_pension_age::HINT),
        options: YES_NO,
    },
    Question {
        id: QuestionId::Mobility,
        legend: words::question_mobility::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: QuestionId::Care,
        legend: words::question_care::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: QuestionId::Working,
        legend: words::question_working::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: QuestionId::Carer,
        legend: words::question_carer::LEGEND,
        hint: Some(words::question_carer::HINT),
        options: YES_NO,
    },
    Question {
        id: QuestionId::LastYear,
        legend: words::question_last_year::LEGEND,
        hint: Some(words::question_last_year::HINT),
        options: &[
            ("yes", words::answers::YES),
            ("no", words::answers::NO),
            (
                "prefer-not-to-say",
                words::question_last_year::PREFER_NOT_TO_SAY,
            ),
            SKIP,
        ],
    },
];
