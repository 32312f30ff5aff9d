use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, Urgency};

pub(super) const SECTION: Section = Section {
    slug: PAGES[3].slug,
    title: PAGES[3].title,
    short_title: PAGES[3].short_title,
    summary: "Which symptoms need help quickly, and who to call: your hospital team first, 999 in an emergency.",
    body: &[
        P("This page is general information, not advice for you. If a symptom worries you, contact your own hospital team first. If you are having treatment, call their 24-hour line."),
        P("In an emergency, call [999](tel:999). If you cannot reach your team and it is not an emergency, call [111](tel:111)."),
        H2("Keep your team's number close"),
        P("Ask your hospital for its 24-hour line if you do not have it. Save it in your phone and keep a copy with you. It is the number to call first, day or night."),
        H2("Spinal cord compression"),
        P("Cancer in the bones of the spine can press on the spinal cord. This is called spinal cord compression. It needs to be checked quickly."),
        CareCard {
            urgency: Urgency::Emergency,
            heading: "Call your team straight away, or 999 if you cannot reach them, if you have:",
            body: &[
                List(&[
                    "new weakness in your arms or legs",
                    "new numbness in your arms or legs",
                    "lost control of your bladder or bowels",
                ]),
                P("These can mean that spinal cord compression has become an emergency. If you cannot reach your team, call [999](tel:999)."),
            ],
        },
        CareCard {
            urgency: Urgency::Urgent,
            heading: "Call your hospital team straight away if you have:",
            body: &[
                List(&[
                    "pain in the middle or top of your back, or in your neck",
                    "low back pain that is very bad, getting worse or will not go away",
                    "back pain that is worse when you cough, sneeze or go to the toilet",
                    "back pain that stops you sleeping",
                    "pain like a band around your body, or pain that goes down an arm or leg",
                    "numbness or weakness in your arms or legs, or trouble using them",
                    "problems controlling your bladder or bowels",
                ]),
                P("Call as soon as you notice these. Do not leave it longer than 24 hours. Out of hours, use your team's 24-hour line. If you cannot reach your team, call [111](tel:111)."),
            ],
        },
        H2("High calcium"),
        P("When cancer is in the bones, the level of calcium in your blood can get too high. This is called hypercalcaemia."),
        CareCard {
            urgency: Urgency::Urgent,
            heading: "Contact your hospital team the same day if you:",
            body: &[
                List(&[
                    "feel very thirsty",
                    "pass a lot of urine (pee a lot)",
                    "are constipated",
                    "feel sick",
                    "feel tired",
                    "feel confused",
                    "feel drowsy or very sleepy",
                ]),
                P("If you cannot reach your team and it is not an emergency, call [111](tel:111)."),
            ],
        },
        H2("Infection during treatment"),
        P("If you are having chemotherapy or another cancer drug, an infection needs to be checked quickly. It helps to have a thermometer at home."),
        CareCard {
            urgency: Urgency::Urgent,
            heading: "Call your 24-hour acute oncology line straight away if you are on cancer drug treatment and:",
            body: &[
                List(&[
                    "your temperature is 37.5°C or higher",
                    "you feel shivery",
                    "you suddenly feel unwell",
                ]),
                P("The acute oncology line is your hospital's 24-hour line for people having cancer treatment. Some hospitals call it the chemotherapy line. Call straight away, day or night."),
            ],
        },
        H2("Other new symptoms"),
        P("Some symptoms are not an emergency, but your team should still know about them."),
        CareCard {
            urgency: Urgency::NonUrgent,
            heading: "Tell your hospital team soon if you have:",
            body: &[
                List(&[
                    "bone pain that does not go away",
                    "shortness of breath, or a cough that does not go away",
                    "headaches",
                    "changes in your sight or speech",
                    "yellow skin, or yellow in the whites of your eyes",
                    "pain or swelling under your ribs on the right side",
                    "tiredness you cannot explain",
                    "weight loss you cannot explain",
                ]),
                P("If you are worried, do not wait for your next appointment. Contact your team."),
            ],
        },
        H2("If you are not sure what to do"),
        P("It is always fine to call your team and ask. Feeling worried about symptoms is normal. You can read about [emotional support](/guide/emotional-support/) and [treatment and living well](/guide/treatment-and-living-well/)."),
        P("Your own hospital team is the first place to call. In an emergency, call [999](tel:999). If you cannot reach your team and it is not an emergency, call [111](tel:111)."),
    ],
    sources: &[
        Source {
            title: "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression",
            url: Some("https://www.nice.org.uk/guidance/ng234"),
        },
        Source {
            title: "Royal National Orthopaedic Hospital: patient information on spinal cord compression",
            url: None,
        },
        Source {
            title: "Marie Curie: professional guidance, \"Hypercalcaemia\"",
            url: Some("https://www.mariecurie.org.uk"),
        },
        Source {
            title: "UK Oncology Nursing Society (UKONS): 24-hour triage toolkit",
            url: Some("https://www.ukons.org"),
        },
        Source {
            title: "Breast Cancer Now: signs and symptoms of secondary breast cancer",
            url: Some("https://breastcancernow.org"),
        },
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2028, 11, 24),
    review_period: ReviewPeriod::Clinical,
};
