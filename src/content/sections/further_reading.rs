use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[7].slug,
    title: PAGES[7].title,
    short_title: PAGES[7].short_title,
    summary: "Trusted organisations with up-to-date information and support for people with secondary breast cancer.",
    lead: &[],
    body: &[
        P("These organisations have clear, up-to-date information. You can read it when you feel ready, and come back to it as often as you like."),
        H2("Breast Cancer Now"),
        P("Breast Cancer Now is a breast cancer charity. Its [website](https://breastcancernow.org) has information about secondary breast cancer."),
        P("You can talk to a breast care nurse on its free helpline: [0808 800 6000](tel:+448088006000). See [their website](https://breastcancernow.org) for opening times."),
        P("It also runs free Living with Secondary Breast Cancer groups, in person and online. A trained counsellor leads each group. To find out more, call [0345 077 1893](tel:+443450771893)."),
        H2("Macmillan Cancer Support"),
        P("Macmillan has information and booklets about cancer, including secondary breast cancer, on its [website](https://www.macmillan.org.uk)."),
        P("The Macmillan Support Line is free: call [0808 808 00 00](tel:+448088080000), 7 days a week, 8am to 8pm. You can also talk to a money adviser on this number. Read more on our page about [money and practical help](/guide/money-and-practical-help/)."),
        H2("Marie Curie"),
        P("Marie Curie gives care and support near the end of life. Its Support Line is free from landlines and mobiles: [0800 090 2309](tel:+448000902309). See [their website](https://www.mariecurie.org.uk) for opening times."),
        H2("Maggie's"),
        P("Maggie's has free centres in the grounds of NHS cancer hospitals. You can just drop in. You do not need to be referred. Call [0300 123 1801](tel:+443001231801), email [enquiries@maggiescentres.org](mailto:enquiries@maggiescentres.org) or visit [Maggie's website](https://www.maggies.org)."),
        H2("Hospice UK"),
        P("[Hospice UK](https://www.hospiceuk.org) can help you find a hospice near you. Hospice care is free. Your GP or district nurse can refer you. Read more about [planning ahead](/guide/planning-ahead/)."),
        H2("The NHS website"),
        P("The [NHS website](https://www.nhs.uk) has information about health, and about what services there are near you."),
        P("In an emergency, call [999](tel:999). For urgent help that is not an emergency, the number depends on where you live:"),
        UrgentNumbers,
        H2("Samaritans"),
        P("If things feel too much, you can talk to Samaritans at any time. Call [116 123](tel:116123). It is free from any phone, 24 hours a day, every day. You can also email [jo@samaritans.org](mailto:jo@samaritans.org) or visit the [Samaritans website](https://www.samaritans.org)."),
        H2("The booklets in the original leaflet"),
        Changed(&[
            P("The original leaflet listed three booklets:"),
            List(&[
                "NHS: \"Understanding Secondary Breast Cancer\"",
                "Breast Cancer Care: \"Secondary Breast Cancer\"",
                "Macmillan Cancer Support: \"Understanding Secondary Breast Cancer\"",
            ]),
            P("Some of this has changed. Breast Cancer Care merged into Breast Cancer Now in April 2019."),
            P("We could not find an NHS booklet called \"Understanding Secondary Breast Cancer\". That title was used by the charity CancerBACUP, and later by Macmillan. So we do not list it as an NHS booklet."),
            P("Booklet titles change over time. For the latest information on secondary breast cancer, look on the websites of [Breast Cancer Now](https://breastcancernow.org) and [Macmillan](https://www.macmillan.org.uk)."),
        ]),
    ],
    sources: &[
        Source {
            title: "Breast Cancer Now: secondary breast cancer information, helpline and merger with Breast Cancer Care (2019)",
            url: Some("https://breastcancernow.org"),
        },
        Source {
            title: "Breast Cancer Now: press releases on secondary breast cancer services (2025)",
            url: Some("https://breastcancernow.org"),
        },
        Source {
            title: "Macmillan Cancer Support: Macmillan Support Line, and booklet references",
            url: Some("https://www.macmillan.org.uk"),
        },
        Source {
            title: "Marie Curie: Support Line",
            url: Some("https://www.mariecurie.org.uk"),
        },
        Source {
            title: "Maggie's: FAQ",
            url: Some("https://www.maggies.org"),
        },
        Source {
            title: "Hospice UK: find a hospice",
            url: Some("https://www.hospiceuk.org"),
        },
        Source {
            title: "NHS 24: important information about the 111 service (Scotland)",
            url: Some("https://www.nhs24.scot/important-information-about-the-111-service"),
        },
        Source {
            title: "HSC Northern Ireland: GP Out of Hours service standards",
            url: Some("https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/"),
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
