use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[0].slug,
    title: PAGES[0].title,
    short_title: PAGES[0].short_title,
    summary: "What it means when breast cancer spreads, where it can spread, and what treatment can do.",
    lead: &[],
    body: &[
        P("Secondary breast cancer means that cancer cells from a breast cancer have spread to another part of the body. The cancer is still breast cancer, wherever it is found. It is treated as breast cancer, not as a new cancer of the bone, liver or lung."),
        H2("Where it can spread"),
        P("It most often spreads to:"),
        List(&[
            "the bones",
            "the liver",
            "the lungs",
        ]),
        P("Less often, it spreads to the brain. You may have cancer in one of these places or in more than one."),
        H2("What treatment can do"),
        P("Secondary breast cancer cannot be cured. But treatment can often control it, sometimes for months and, for some people, for years. The aim is to help you live well for as long as possible, with your symptoms kept under control."),
        P("More than 61,000 people in the UK are living with secondary breast cancer. Your team can tell you what treatment could do for you. You can read more on our page about [treatment and living well](/guide/treatment-and-living-well/)."),
        H2("Other names for it"),
        P("Doctors and websites use different names for the same thing. You may hear it called:"),
        List(&[
            "metastatic breast cancer",
            "advanced breast cancer",
            "stage 4 breast cancer",
            "secondaries, or secondary tumours",
        ]),
        P("These names all mean the same thing. If a word is new to you, ask your team what it means. It is fine to ask more than once."),
        H2("It is not the same as cancer coming back near the breast"),
        P("Sometimes breast cancer comes back in the same breast, the scar or nearby areas. That is called local or regional recurrence. It needs more treatment, but it is not secondary breast cancer. Read [how it differs from local and regional recurrence](/guide/local-and-regional-recurrence/)."),
        Changed(&[
            P("The original leaflet called this \"metastasis disease\". Today most people say **metastatic**, **advanced** or **stage 4** breast cancer. The facts about where it spreads and what treatment can do have not changed."),
        ]),
    ],
    sources: &[
        Source {
            title: "Breast Cancer Now: secondary breast cancer information",
            url: Some("https://breastcancernow.org"),
        },
        LEAFLET,
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2028, 11, 24),
    review_period: ReviewPeriod::Clinical,
};
