//! The benefits checklist's questions: the answer codes saved on the device (`crate::domain::checklist`
//! reads them) with their words from `content/words.toml`. The items are in `benefits`; the
//! page's other words are `words::benefits_page` and `passages::who_can_help`.

use super::benefits::Nation;
use super::words;

/// One question asked on a screen, with its choices.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id, also used in element ids and as the saved answer's name.
    pub id: &'static str,
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
        id: "nation",
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
        id: "over-pension-age",
        legend: words::question_over_pension_age::LEGEND,
        hint: Some(words::question_over_pension_age::HINT),
        options: YES_NO,
    },
    Question {
        id: "mobility",
        legend: words::question_mobility::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "care",
        legend: words::question_care::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "working",
        legend: words::question_working::LEGEND,
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "carer",
        legend: words::question_carer::LEGEND,
        hint: Some(words::question_carer::HINT),
        options: YES_NO,
    },
    Question {
        id: "last-year",
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
