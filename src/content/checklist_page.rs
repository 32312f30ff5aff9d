//! The words of the benefits checklist page (the items themselves are in `benefits`).

/// One of the questions asked before the checklist.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    /// Stable id, also used in element ids.
    pub id: &'static str,
    pub legend: &'static str,
    pub hint: Option<&'static str>,
    /// (code, label) for each answer. The code "" means "not answered".
    pub options: &'static [(&'static str, &'static str)],
}

const YES_NO: &[(&str, &str)] = &[("yes", "Yes"), ("no", "No"), ("", "Not sure, or skip")];

pub const INTRO: &[&str] = &[
    "Answer a few questions to see the benefits and help you may be able to get, and keep track of your claims. Every question is optional.",
    "Your answers, progress and notes are saved only on this device. Nothing is sent anywhere.",
];

pub const NOT_A_DECISION: &str = "This checklist cannot tell you what you are entitled to. It only leaves out things that clearly do not fit your answers. A money adviser can check for you, for free.";

/// Who can help: shown prominently, because the app never decides entitlement.
pub const WHO_CAN_HELP: &[&str] = &[
    "**Macmillan Support Line:** call [0808 808 00 00](tel:+448088080000), 7 days a week, 8am to 8pm, and ask for a money adviser. The call is free.",
    "**GOV.UK:** [Check benefits and financial support you can get](https://www.gov.uk/check-benefits-financial-support). It is the official checker. It does not work out amounts.",
    "**Citizens Advice:** free advice about benefits, online or near you, from [Citizens Advice](https://www.citizensadvice.org.uk).",
];

pub const QUESTIONS: &[Question] = &[
    Question {
        id: "nation",
        legend: "Which part of the UK do you live in?",
        hint: Some("Benefits and the websites to apply on are different in each nation."),
        options: &[
            ("england", "England"),
            ("scotland", "Scotland"),
            ("wales", "Wales"),
            ("northern-ireland", "Northern Ireland"),
            ("", "Not sure, or skip"),
        ],
    },
    Question {
        id: "over-pension-age",
        legend: "Are you over State Pension age?",
        hint: Some("Some benefits are for people under State Pension age, others for people over it."),
        options: YES_NO,
    },
    Question {
        id: "mobility",
        legend: "Is walking or getting around difficult for you?",
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "care",
        legend: "Do you need help with daily care, such as washing, dressing or eating?",
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "working",
        legend: "Are you working at the moment?",
        hint: None,
        options: YES_NO,
    },
    Question {
        id: "carer",
        legend: "Does someone care for you, such as a partner, relative or friend?",
        hint: Some("There is help for carers too."),
        options: YES_NO,
    },
    Question {
        id: "last-year",
        legend: "Has a doctor or nurse said you may be in the last year of life?",
        hint: Some("We ask because there are faster, simpler ways to claim if so. You do not have to answer. Your answer stays on this device."),
        options: &[
            ("yes", "Yes"),
            ("no", "No"),
            ("prefer-not-to-say", "I prefer not to say"),
            ("", "Not sure, or skip"),
        ],
    },
];

pub const SHOW_EVERYTHING: &str = "Show me everything, whatever my answers";

pub const PRINT_HINT: &str =
    "Print your checklist, or save it as a PDF, to take to an appointment or an adviser.";
