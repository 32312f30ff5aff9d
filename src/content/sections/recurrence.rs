use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[1].slug,
    title: PAGES[1].title,
    short_title: PAGES[1].short_title,
    summary: "What it means when breast cancer comes back near the breast, and how that is different from secondary breast cancer.",
    lead: &[],
    body: &[
        P("Sometimes breast cancer comes back after treatment. Where it comes back makes a difference. Doctors use different names for it, based on where it is found. This page explains what those names mean."),
        H2("Local recurrence"),
        P("**Local recurrence** means the cancer has come back in:"),
        List(&[
            "the same breast",
            "the chest wall",
            "the scar",
        ]),
        H2("Regional recurrence"),
        P("**Regional recurrence** means the cancer has come back in areas near the breast. These are:"),
        List(&[
            "the skin or muscles of the chest wall",
            "the lymph nodes (glands) in the armpit",
            "the lymph nodes under the breastbone, between the ribs",
            "the lymph nodes above the collarbone",
        ]),
        H2("Both need more treatment"),
        P("If you have local or regional recurrence, you will need more treatment. But neither one is classed as secondary breast cancer."),
        H2("How secondary breast cancer is different"),
        P("Secondary breast cancer means that cancer cells from the breast have spread to another part of the body. It is most often found in the bones, the liver or the lungs. Less often, it is found in the brain."),
        P("Secondary breast cancer cannot be cured. But treatment can often keep it under control for months, and for some people for years. Read more about [what secondary breast cancer is](/guide/what-is-secondary-breast-cancer/)."),
        H2("Ask your team which one you have"),
        P("The names can sound alike, so it is easy to mix them up. Your team can tell you which one you have and what it means for you. You could ask them:"),
        List(&[
            "Is this local recurrence, regional recurrence or secondary breast cancer?",
            "What does that mean for me?",
            "What treatment do you suggest, and what is it for?",
            "Who can I call if I have more questions?",
        ]),
        P("It can help to write your questions down and take them with you. It is fine to ask more than once."),
        H2("If you are worried about a symptom"),
        P("This page is general information, not advice about your own care. If you have a new symptom that worries you, contact your own hospital team first. If you are having treatment, use their 24-hour line. In an emergency, call [999](tel:999). Read about [symptoms to report urgently](/guide/urgent-symptoms/)."),
    ],
    sources: &[
        Source {
            title: "Breast Cancer Now: secondary breast cancer and breast cancer that comes back",
            url: Some("https://breastcancernow.org"),
        },
        LEAFLET,
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2028, 11, 24),
    review_period: ReviewPeriod::Clinical,
};
