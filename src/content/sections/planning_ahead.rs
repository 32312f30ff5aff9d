use crate::content::pages::PAGES;
use crate::content::{Block::*, Date, ReviewPeriod, Section, Source, LEAFLET};

pub(super) const SECTION: Section = Section {
    slug: PAGES[5].slug,
    title: PAGES[5].title,
    short_title: PAGES[5].short_title,
    summary: "How to tell your care team what matters to you and where you would like to be cared for later on.",
    lead: &[],
    body: &[
        P("It can help to think now about the care you would like later on. Then the people who care for you will know what matters to you. You can take this at your own pace. Come back to it when you feel ready."),
        H2("Who you can talk to"),
        P("Talking with your care team about what matters to you, and the care you would like later on, is called **advance care planning**. You can talk to:"),
        List(&[
            "your GP",
            "your specialist nurse",
            "your palliative care team, if you have one",
        ]),
        P("You can say what is most important to you. You can say what you would like, and what you would not want. You can ask them anything."),
        H2("Where you would like to be cared for"),
        P("Later on, you may need more care. You can say where you would like to have that care. It could be:"),
        List(&[
            "at home",
            "in a hospice",
            "in hospital",
            "in a care home",
        ]),
        P("Your team can talk with you about each of these, and help you plan."),
        Changed(&[
            P("The original leaflet talked about the **Gold Standards Framework**. It said this would tell you that you have a choice about where you are cared for near the end of your illness: in hospital, at home or in a hospice. It said to ask your Macmillan nurse or your GP surgery."),
            P("In fact, the Gold Standards Framework is not something for patients. It is a training and accreditation programme. The NHS and care teams use it to plan this kind of care. You do not need to ask for it by name. If you see the term, that is what it means."),
            P("You still have a say in where you are cared for. Today, ask your GP, specialist nurse or palliative care team."),
        ]),
        H2("You can change your mind"),
        P("Nothing you say is fixed. You can change your mind at any time. Just tell your team if your wishes change."),
        H2("Write your wishes down and share them"),
        P("It can help to write your wishes down. Keep them where they are easy to find. Tell the people close to you what you would like, so they know too."),
        P("Talking about this with the people you love can be hard. You can ask your nurse or GP to help you start. Our page on [emotional support](/guide/emotional-support/) has more about where to find support."),
        H2("Hospice care"),
        P("Hospice care is free. Your GP or district nurse can refer you to a hospice."),
        P("[Hospice UK](https://www.hospiceuk.org) can help you find a hospice near you."),
        H2("Support near the end of life"),
        P("Marie Curie gives care and support near the end of life. You can call the Marie Curie Support Line on [0800 090 2309](tel:+448000902309). It is free from landlines and mobiles. See [their website](https://www.mariecurie.org.uk) for opening times."),
        H2("If you feel unwell"),
        P("This page is general information, not advice about you. If you have new symptoms or feel unwell, contact your hospital team first. If you are on treatment, call their 24-hour line. In an emergency, call [999](tel:999)."),
        P("Read about [symptoms that need help quickly](/guide/urgent-symptoms/)."),
    ],
    sources: &[
        Source {
            title: "Gold Standards Framework Centre in End of Life Care: overview (2019)",
            url: Some("https://www.goldstandardsframework.org.uk"),
        },
        Source {
            title: "Hospice UK: find a hospice",
            url: Some("https://www.hospiceuk.org"),
        },
        Source {
            title: "Marie Curie: Support Line",
            url: Some("https://www.mariecurie.org.uk"),
        },
        LEAFLET,
    ],
    last_reviewed: Date::new(2026, 11, 24),
    next_review_due: Date::new(2028, 11, 24),
    review_period: ReviewPeriod::Clinical,
};
