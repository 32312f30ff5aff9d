use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[4].slug,
    title: PAGES[4].title,
    short_title: PAGES[4].short_title,
    summary: "Where to find people to talk to, for you and for the people close to you.",
    lead: &[],
    body: &[
        P("Living with secondary breast cancer affects how you feel, not just your body. Getting support for your feelings matters as much as treating pain, symptoms and side effects."),
        P("Support can come from anywhere. What matters is that it helps you."),
        H2("Your needs may be different"),
        P("Your needs, questions and worries may not be the same as those of people with primary breast cancer, which is breast cancer that has not spread to other parts of the body. This is widely known. You deserve support that fits you and your life."),
        H2("People around you"),
        P("Support can come from:"),
        List(&[
            "your hospital team or your GP",
            "a specialist nurse, if your hospital has one",
            "your family",
            "your friends",
            "people you work with",
            "other people with secondary breast cancer",
        ]),
        P("You can choose who you talk to and how much you share. Read more about specialist nurses on our [treatment and living well](/guide/treatment-and-living-well/) page."),
        H2("Meeting others with secondary breast cancer"),
        P("Talking to people in the same position can help. Breast Cancer Now runs **Living with Secondary Breast Cancer** groups. They are free and meet once a month. A trained counsellor leads each group. There are groups you can go to in person, and groups online."),
        P("To find out more, call Breast Cancer Now's secondary breast cancer services on [0345 077 1893](tel:+443450771893), or visit [the Breast Cancer Now website](https://breastcancernow.org)."),
        H2("Maggie's centres"),
        P("Maggie's centres are free. They are in the grounds of some NHS cancer hospitals. You can just drop in: you do not need to be referred. You can call Maggie's on [0300 123 1801](tel:+443001231801) or visit [the Maggie's website](https://www.maggies.org) to find a centre."),
        H2("Someone to talk to by phone"),
        List(&[
            "**Macmillan Support Line**: [0808 808 00 00](tel:+448088080000). Free, 7 days a week, 8am to 8pm. They can arrange an interpreter, and you can call through Relay UK.",
            "**Breast Cancer Now helpline**, with breast care nurses: [0808 800 6000](tel:+448088006000). Free. See [their website](https://breastcancernow.org) for opening times.",
            "**Samaritans**: [116 123](tel:116123). Free, 24 hours a day, every day. You can also email [jo@samaritans.org](mailto:jo@samaritans.org).",
        ]),
        P("If you feel you cannot cope, or you have thoughts of ending your life, call Samaritans at any time. If you are in danger right now, call [999](tel:999)."),
        H2("Support for family and carers"),
        P("The people close to you may need support too. Samaritans is there for anyone who is struggling, at any time. Your family and carers can also ask your hospital team, or the helplines on this page, what help there is for them."),
        P("Someone who cares for you may be able to get money help. Read about [money and practical help](/guide/money-and-practical-help/)."),
    ],
    sources: &[
        Source {
            title: "Breast Cancer Now: Living with Secondary Breast Cancer groups and helpline",
            url: Some("https://breastcancernow.org"),
        },
        Source {
            title: "Maggie's: frequently asked questions",
            url: Some("https://www.maggies.org"),
        },
        Source {
            title: "Macmillan Cancer Support: Macmillan Support Line",
            url: Some("https://www.macmillan.org.uk"),
        },
        Source {
            title: "Samaritans: Contact a Samaritan",
            url: Some("https://www.samaritans.org"),
        },
        LEAFLET,
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2027, 11, 24),
    review_period: ReviewPeriod::MoneyAndContacts,
};
