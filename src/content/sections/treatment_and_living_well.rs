use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[2].slug,
    title: PAGES[2].title,
    short_title: PAGES[2].short_title,
    summary: "The main kinds of treatment, what treatment aims to do, and how to get help with side effects.",
    lead: &[],
    body: &[
        P("This page describes the main kinds of treatment in general terms. It is general information, not advice about your own care. Your team will talk with you about what might suit you."),
        H2("What treatment aims to do"),
        P("Secondary breast cancer cannot be cured. But treatment can often control it for months, and for some people for years. The aim is to help you live well for as long as possible, with a good quality of life."),
        H2("The main kinds of treatment"),
        P("You may hear about:"),
        List(&[
            "**hormone therapy**, also called endocrine therapy",
            "**targeted therapies**, for example CDK4/6 inhibitors (given with hormone therapy) or drugs that target HER2",
            "**chemotherapy**",
            "**bone-strengthening drugs**, if the cancer is in your bones",
            "**radiotherapy**, to ease pain, or to ease symptoms from cancer in the brain",
            "**surgery**, in a few cases",
        ]),
        P("Some of these are given together. Which ones you are offered depends on your cancer and on you. The drugs used change over time, so ask your team what is right for you now."),
        H2("Clinical trials"),
        P("Clinical trials test new treatments. Ask your team if there is a trial that might suit you."),
        H2("Specialist nurses"),
        P("Some hospitals have specialist nurses for people with secondary breast cancer. Ask your team if your hospital has one, and how to contact them."),
        H2("Living well with side effects"),
        P("Treatment can cause side effects. Tell your team about any side effects you have, even if they seem small. They may be able to help."),
        P("Looking after how you feel matters as much as treating side effects and symptoms. You can read about [emotional support](/guide/emotional-support/) and about [money and practical help](/guide/money-and-practical-help/)."),
        H2("Keep your 24-hour number close"),
        P("If you are having treatment, ask your hospital for its 24-hour line. This is the number to call if you feel unwell or are worried, day or night."),
        List(&[
            "Save it in your phone.",
            "Write it down and keep it in your bag or wallet.",
            "Keep a copy by the phone at home.",
        ]),
        P("Read about the [symptoms to report urgently](/guide/urgent-symptoms/). If you feel unwell, call your hospital team first. In an emergency, call [999](tel:999)."),
    ],
    sources: &[
        Source {
            title: "Breast Cancer Now: treatment for secondary breast cancer",
            url: Some("https://breastcancernow.org"),
        },
        Source {
            title: "UK Oncology Nursing Society (UKONS): 24-hour triage toolkit",
            url: Some("https://www.ukons.org"),
        },
        LEAFLET,
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2028, 11, 24),
    review_period: ReviewPeriod::Clinical,
};
