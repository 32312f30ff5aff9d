//! The checklist's items, in display order within their groups. Every fact here comes from
//! ../shared/content-facts.md (sections 1 and 2); no amounts, ever.
//!
//! Deep links were checked against stored copies of the official pages (or pages citing that
//! exact address); where a page could not be confirmed, the item links to the site's home page.

use super::names::NAMES;
use super::*;
use crate::content::{Date, Source, LEAFLET};
use AgeGroup::*;
use Need::*;

const REVIEWED: Date = Date::new(2026, 11, 24);
/// Benefits change every April: reviewed at least yearly.
const REVIEW_DUE: Date = Date::new(2027, 11, 24);
const WALES: &[Nation] = &[Nation::Wales];
const SCOTLAND_WALES_NI: &[Nation] = &[Nation::Scotland, Nation::Wales, Nation::NorthernIreland];
const ENGLAND_SCOTLAND_WALES: &[Nation] = &[Nation::England, Nation::Scotland, Nation::Wales];

// The facts sheet's sources, shared by several items.
const SRC_END_OF_LIFE: Source = Source {
    title: "GOV.UK: Get benefits if you're nearing the end of life",
    url: Some("https://www.gov.uk"),
};
const SRC_DWP_SPECIAL_RULES: Source = Source {
    title:
        "Department for Work and Pensions: The Special Rules (updated September 2024), on GOV.UK",
    url: Some("https://www.gov.uk"),
};
const SRC_CPAG_ADP: Source = Source {
    title: "Child Poverty Action Group: Adult Disability Payment",
    url: Some("https://cpag.org.uk"),
};
const SRC_UC_END_OF_LIFE: Source = Source {
    title: "GOV.UK: Claiming Universal Credit if you're nearing the end of life",
    url: Some("https://www.gov.uk"),
};
const SRC_MACMILLAN_DLA: Source = Source {
    title: "Macmillan Cancer Support: Disability Living Allowance for adults",
    url: Some("https://www.macmillan.org.uk"),
};
const SRC_MYGOV_DISABILITY: Source = Source {
    title: "mygov.scot: Adult Disability Payment and Pension Age Disability Payment",
    url: Some("https://www.mygov.scot"),
};
const SRC_SSS_CASE_TRANSFER: Source = Source {
    title: "Social Security Scotland: case transfer guide",
    url: Some("https://www.socialsecurity.gov.scot"),
};
const SRC_VEHICLES: Source = Source {
    title: "GOV.UK: Financial help if you're disabled: vehicles and transport",
    url: Some("https://www.gov.uk"),
};
const SRC_PRESCRIPTIONS_CLATTERBRIDGE: Source = Source {
    title: "The Clatterbridge Cancer Centre: Free prescriptions for people with cancer",
    url: Some("https://www.clatterbridgecc.nhs.uk"),
};
const SRC_PRESCRIPTIONS_UCLH: Source = Source {
    title: "University College London Hospitals (UCLH): Free NHS prescriptions",
    url: Some("https://www.uclh.nhs.uk"),
};

pub static ITEMS: &[Benefit] = &[
    Benefit {
        id: NAMES[0].id,
        name: NAMES[0].name,
        group: Group::SpecialRules,
        what: &[
            "If a doctor or specialist nurse thinks you may have 12 months or less to live, you can claim some benefits under the **special rules**. This can be hard to read. The rules are there to make claiming quicker and easier for you.",
            "Under the special rules, your claim is dealt with faster. You do not have a face-to-face assessment. One form, called the **SR1**, covers Personal Independence Payment (PIP), Disability Living Allowance (DLA), Attendance Allowance, Employment and Support Allowance (ESA) and Universal Credit.",
        ],
        who: &[
            "You can use the special rules if a doctor or specialist nurse thinks you may have 12 months or less to live.",
            "There is no penalty if you live longer than 12 months.",
            "In Scotland, Adult Disability Payment and Pension Age Disability Payment use a different form, called **BASRiS**.",
        ],
        how: &[
            "Ask your GP, your consultant or a senior specialist nurse to fill in an SR1 form. You only need one SR1, even if you claim more than one benefit.",
            "The SR1 took the place of an older form, the DS1500. If an old leaflet says DS1500, the SR1 is the form used now.",
            "A money adviser can help you claim. Call the Macmillan Support Line on [0808 808 00 00](tel:+448088080000).",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_SCOTLAND_WALES,
                text: "Get benefits if you're nearing the end of life, on GOV.UK",
                url: "https://www.gov.uk/benefits-end-of-life",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Benefits if you are nearing the end of life, on nidirect",
                url: "https://www.nidirect.gov.uk/articles/benefits-if-you-are-nearing-end-life",
            },
        ],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: true,
        },
        sources: &[SRC_END_OF_LIFE, SRC_DWP_SPECIAL_RULES],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[1].id,
        name: NAMES[1].name,
        group: Group::SpecialRules,
        what: &[
            "Scotland has its own special rules for two of its benefits: Adult Disability Payment and Pension Age Disability Payment. They use a form called **BASRiS**, not the SR1.",
            "In Scotland, these rules have no 12-month time limit.",
        ],
        who: &[
            "They are for people in Scotland who claim one of these two benefits. An adviser can check if they apply to you.",
            "Other benefits, such as Universal Credit and ESA, use the SR1 form.",
        ],
        how: &[
            "Ask your doctor or specialist nurse about the BASRiS form.",
            "Then apply for the benefit through mygov.scot.",
        ],
        links: &[
            OfficialLink {
                nations: SCOTLAND,
                text: "Adult Disability Payment on mygov.scot",
                url: "https://www.mygov.scot/adult-disability-payment",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Pension Age Disability Payment on mygov.scot",
                url: "https://www.mygov.scot/pension-age-disability-payment",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Special rules for terminal illness: questions and answers, on the Social Security Scotland website",
                url: "https://www.socialsecurity.gov.scot/guidance-resources/guidance/special-rules-for-terminal-illness-frequently-asked-questions",
            },
        ],
        shown: Shown {
            nations: SCOTLAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: true,
        },
        sources: &[SRC_CPAG_ADP, SRC_END_OF_LIFE, SRC_DWP_SPECIAL_RULES],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[2].id,
        name: NAMES[2].name,
        group: Group::Disability,
        what: &[
            "Personal Independence Payment (PIP) is a disability benefit. It took the place of Disability Living Allowance (DLA) for adults.",
            "PIP has a mobility part, for getting around. This part can help you get other things, such as a Blue Badge or help with vehicle tax.",
        ],
        who: &[
            "PIP is for people aged 16 to State Pension age in England, Wales and Northern Ireland. An adviser can check if you can get it.",
            "If a doctor or specialist nurse thinks you may have 12 months or less to live, you can claim under the special rules. Your claim is faster, and you do not have a face-to-face assessment.",
        ],
        how: &[
            "Apply through GOV.UK in England and Wales, or nidirect in Northern Ireland.",
            "Under the special rules, ask your GP, your consultant or a senior specialist nurse to fill in an SR1 form.",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Personal Independence Payment on GOV.UK",
                url: "https://www.gov.uk/pip",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Personal Independence Payment on nidirect",
                url: "https://www.nidirect.gov.uk/articles/personal-independence-payment-pip",
            },
        ],
        shown: Shown {
            nations: EWNI,
            age: UnderPensionAge,
            need: MobilityOrCare,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            SRC_MACMILLAN_DLA,
            SRC_END_OF_LIFE,
            SRC_DWP_SPECIAL_RULES,
            SRC_VEHICLES,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[3].id,
        name: NAMES[3].name,
        group: Group::Disability,
        what: &[
            "Adult Disability Payment (ADP) is Scotland's disability benefit for adults under State Pension age. It is claimed in Scotland in place of PIP and Disability Living Allowance (DLA).",
            "ADP has a mobility part, for getting around. This part can help with vehicle tax.",
        ],
        who: &[
            "ADP is for people in Scotland aged 16 to State Pension age. An adviser can check if you can get it.",
            "Scotland has its own special rules. They use a form called **BASRiS**, and there is no 12-month time limit.",
        ],
        how: &[
            "Apply through mygov.scot.",
            "Under the special rules, ask your doctor or specialist nurse about the BASRiS form.",
        ],
        links: &[OfficialLink {
            nations: SCOTLAND,
            text: "Adult Disability Payment on mygov.scot",
            url: "https://www.mygov.scot/adult-disability-payment",
        }],
        shown: Shown {
            nations: SCOTLAND,
            age: UnderPensionAge,
            need: MobilityOrCare,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            SRC_MYGOV_DISABILITY,
            SRC_SSS_CASE_TRANSFER,
            SRC_CPAG_ADP,
            SRC_MACMILLAN_DLA,
            SRC_VEHICLES,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[4].id,
        name: NAMES[4].name,
        group: Group::Disability,
        what: &[
            "Attendance Allowance is a disability benefit for people over State Pension age. In England, Wales and Northern Ireland, you claim it in place of Disability Living Allowance (DLA) once you are over State Pension age.",
        ],
        who: &[
            "It is for people over State Pension age in England, Wales and Northern Ireland. An adviser can check if you can get it.",
            "If a doctor or specialist nurse thinks you may have 12 months or less to live, you can claim under the special rules. Your claim is faster, and you do not have a face-to-face assessment.",
        ],
        how: &[
            "Apply through GOV.UK in England and Wales, or nidirect in Northern Ireland.",
            "Under the special rules, ask your GP, your consultant or a senior specialist nurse to fill in an SR1 form.",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Attendance Allowance on GOV.UK",
                url: "https://www.gov.uk/attendance-allowance",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Attendance Allowance on nidirect",
                url: "https://www.nidirect.gov.uk/articles/attendance-allowance",
            },
        ],
        shown: Shown {
            nations: EWNI,
            age: OverPensionAge,
            need: Care,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_MACMILLAN_DLA, SRC_END_OF_LIFE, SRC_DWP_SPECIAL_RULES],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[5].id,
        name: NAMES[5].name,
        group: Group::Disability,
        what: &[
            "Pension Age Disability Payment is Scotland's disability benefit for people over State Pension age. It is claimed in Scotland in place of Attendance Allowance and Disability Living Allowance (DLA).",
        ],
        who: &[
            "It is for people in Scotland over State Pension age. An adviser can check if you can get it.",
            "Scotland has its own special rules. They use a form called **BASRiS**, and there is no 12-month time limit.",
        ],
        how: &[
            "Apply through mygov.scot.",
            "Under the special rules, ask your doctor or specialist nurse about the BASRiS form.",
        ],
        links: &[OfficialLink {
            nations: SCOTLAND,
            text: "Pension Age Disability Payment on mygov.scot",
            url: "https://www.mygov.scot/pension-age-disability-payment",
        }],
        shown: Shown {
            nations: SCOTLAND,
            age: OverPensionAge,
            need: Care,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            SRC_MYGOV_DISABILITY,
            SRC_SSS_CASE_TRANSFER,
            SRC_CPAG_ADP,
            SRC_MACMILLAN_DLA,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[6].id,
        name: NAMES[6].name,
        group: Group::Disability,
        what: &[
            "The original leaflet named **Disability Living Allowance (DLA)**. It had two parts: a mobility part, for getting around, and a care part.",
            "Adults can no longer make a new claim for DLA. It carries on for children under 16, and for some people who already get it.",
        ],
        who: &[
            "If you are 16 to State Pension age, you now claim Personal Independence Payment (PIP) in England, Wales and Northern Ireland, or Adult Disability Payment (ADP) in Scotland.",
            "If you are over State Pension age, you now claim Attendance Allowance in England, Wales and Northern Ireland, or Pension Age Disability Payment in Scotland.",
            "If you get DLA now, an adviser can tell you what this means for you.",
        ],
        how: &[
            "As an adult, you claim the benefit that took the place of DLA, not DLA itself.",
            "If you already get DLA and a doctor or specialist nurse thinks you may have 12 months or less to live, ask them about an SR1 form.",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Disability Living Allowance on GOV.UK",
                url: "https://www.gov.uk/dla-disability-living-allowance-benefit",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Adult Disability Payment on mygov.scot",
                url: "https://www.mygov.scot/adult-disability-payment",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Pension Age Disability Payment on mygov.scot",
                url: "https://www.mygov.scot/pension-age-disability-payment",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Disability Living Allowance on nidirect",
                url: "https://www.nidirect.gov.uk/articles/disability-living-allowance-dla",
            },
        ],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            SRC_MACMILLAN_DLA,
            SRC_MYGOV_DISABILITY,
            SRC_SSS_CASE_TRANSFER,
            SRC_END_OF_LIFE,
            LEAFLET,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[7].id,
        name: NAMES[7].name,
        group: Group::Income,
        what: &[
            "Universal Credit and Employment and Support Allowance (ESA) are two benefits you may be able to claim. Both are covered by the special rules.",
            "Under the special rules, you do not have a Work Capability Assessment (a check on how your illness affects your work). You do not have to agree a claimant commitment (a list of things you agree to do, such as look for work).",
        ],
        who: &[
            "An adviser can check if you can get them.",
            "If a doctor or specialist nurse thinks you may have 12 months or less to live, you can claim them under the special rules. Your claim is faster.",
        ],
        how: &[
            "Apply through GOV.UK in England, Scotland and Wales, or nidirect in Northern Ireland.",
            "Under the special rules, ask your GP, your consultant or a senior specialist nurse to fill in an SR1 form. If you have already sent one for another benefit, you do not need another.",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_SCOTLAND_WALES,
                text: "Universal Credit on GOV.UK",
                url: "https://www.gov.uk/universal-credit",
            },
            OfficialLink {
                nations: ENGLAND_SCOTLAND_WALES,
                text: "Claiming Universal Credit if you're nearing the end of life, on GOV.UK",
                url: "https://www.gov.uk/health-conditions-disability-universal-credit/claiming-end-of-life",
            },
            OfficialLink {
                nations: ENGLAND_SCOTLAND_WALES,
                text: "Employment and Support Allowance on GOV.UK",
                url: "https://www.gov.uk/employment-support-allowance",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Universal Credit on nidirect",
                url: "https://www.nidirect.gov.uk/campaigns/universal-credit",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Search for Employment and Support Allowance on nidirect",
                url: "https://www.nidirect.gov.uk",
            },
        ],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_UC_END_OF_LIFE, SRC_END_OF_LIFE, SRC_DWP_SPECIAL_RULES],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[8].id,
        name: NAMES[8].name,
        group: Group::Carers,
        what: &[
            "Carer's Allowance is a benefit for someone who cares for you. It is for them, not for you.",
        ],
        who: &[
            "It is for someone who cares for you for 35 hours a week or more.",
            "It also depends on you getting a disability benefit that counts for this. An adviser can check if they can get it.",
        ],
        how: &[
            "The person who cares for you applies. They apply through GOV.UK in England and Wales, or nidirect in Northern Ireland.",
        ],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Carer's Allowance on GOV.UK",
                url: "https://www.gov.uk/carers-allowance",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Carer's Allowance on nidirect",
                url: "https://www.nidirect.gov.uk/articles/introduction-carers-allowance",
            },
        ],
        shown: Shown {
            nations: EWNI,
            age: AnyAge,
            need: AnyNeed,
            for_carer: true,
            special_rules: false,
        },
        sources: &[Source {
            title: "GOV.UK: Carer's Allowance",
            url: Some("https://www.gov.uk"),
        }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[9].id,
        name: NAMES[9].name,
        group: Group::Carers,
        what: &[
            "In Scotland, Carer Support Payment has taken the place of Carer's Allowance. It is a benefit for someone who cares for you. It is for them, not for you.",
        ],
        who: &["It is for someone in Scotland who cares for you. An adviser can check if they can get it."],
        how: &["The person who cares for you applies through mygov.scot."],
        links: &[OfficialLink {
            nations: SCOTLAND,
            text: "Carer Support Payment on mygov.scot",
            url: "https://www.mygov.scot/carer-support-payment",
        }],
        shown: Shown {
            nations: SCOTLAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: true,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "Social Security Scotland: Carer Support Payment",
                url: Some("https://www.socialsecurity.gov.scot"),
            },
            SRC_SSS_CASE_TRANSFER,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[10].id,
        name: NAMES[10].name,
        group: Group::Travel,
        what: &["A Blue Badge lets you park closer to where you are going. The original leaflet named it, and it still exists."],
        who: &[
            "You qualify automatically if you get the higher rate of the mobility part of DLA. You also qualify if you get PIP with 8 points or more for \"moving around\". There are some other ways to qualify too.",
            "If none of these fit, your local council will look at your needs.",
            "If you are terminally ill, an SR1 form can speed up your application.",
        ],
        how: &["Apply through GOV.UK in England and Wales, mygov.scot in Scotland, or nidirect in Northern Ireland."],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Apply for a Blue Badge on GOV.UK",
                url: "https://www.gov.uk/apply-blue-badge",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Apply for a Blue Badge on mygov.scot",
                url: "https://www.mygov.scot/apply-blue-badge",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Apply for a Blue Badge on nidirect",
                url: "https://www.nidirect.gov.uk/services/apply-or-renew-blue-badge-online",
            },
        ],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: Mobility,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "Local council Blue Badge pages (Gloucestershire, Salford, Aberdeen)",
                url: None,
            },
            LEAFLET,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[11].id,
        name: NAMES[11].name,
        group: Group::Travel,
        what: &["If you get some disability benefits, you may not have to pay vehicle tax (the leaflet called it car tax). Or you may pay half."],
        who: &[
            "You do not pay vehicle tax on one vehicle if you get the higher rate of the mobility part of DLA. The same is true if you get the enhanced rate of the mobility part of PIP or ADP.",
            "You pay half the vehicle tax if you get the standard rate of the mobility part of PIP or ADP.",
            "The vehicle must be in your name, or in the name of someone who drives for you (your nominated driver).",
        ],
        how: &["The GOV.UK page below tells you how to claim."],
        links: &[OfficialLink {
            nations: UK,
            text: "Financial help if you're disabled: vehicles and transport, on GOV.UK",
            url: "https://www.gov.uk/financial-help-disabled/vehicles-and-transport",
        }],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: Mobility,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_VEHICLES, LEAFLET],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[12].id,
        name: NAMES[12].name,
        group: Group::Travel,
        what: &["Through the Motability Scheme, you can lease a car, scooter or wheelchair. Leasing is a kind of long-term hire."],
        who: &[
            "You can use it if you get the enhanced rate of the mobility part of PIP. You can also use it if you get the higher rate of the mobility part of DLA.",
            "If you are not sure, an adviser can check if you can get it.",
        ],
        how: &["See the Motability website to find out how the scheme works and how to join."],
        links: &[
            OfficialLink {
                nations: UK,
                text: "The Motability Scheme website",
                url: "https://www.motability.co.uk",
            },
            OfficialLink {
                nations: UK,
                text: "Financial help if you're disabled: vehicles and transport, on GOV.UK",
                url: "https://www.gov.uk/financial-help-disabled/vehicles-and-transport",
            },
        ],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: Mobility,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_VEHICLES],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[13].id,
        name: NAMES[13].name,
        group: Group::Travel,
        what: &[
            "The Disabled Persons Railcard gives a third off rail fares for you and one adult who travels with you.",
            "The leaflet called it a disabled rail card. It still exists.",
        ],
        who: &[
            "From 1 March 2026, more people can get one. For example, you now qualify if you have a Blue Badge or a disabled person's bus pass.",
            "The railcard website lists all the ways to qualify.",
        ],
        how: &["Check and apply on the Disabled Persons Railcard website."],
        links: &[OfficialLink {
            nations: UK,
            text: "The Disabled Persons Railcard website",
            url: "https://www.disabledpersons-railcard.co.uk",
        }],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "Railway Gazette and Global Railway Review (17 November 2025): Disabled Persons Railcard eligibility from 1 March 2026",
                url: None,
            },
            Source {
                title: "Disabled Persons Railcard: who can get one",
                url: Some("https://www.disabledpersons-railcard.co.uk"),
            },
            LEAFLET,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[14].id,
        name: NAMES[14].name,
        group: Group::Travel,
        what: &["In England, a disabled person's bus pass gives you free travel on local buses at off-peak times. The leaflet called it a disabled bus card."],
        who: &["You get it from your local council. An adviser can check if you can get it."],
        how: &["Apply to your local council. The GOV.UK link below helps you find your council."],
        links: &[OfficialLink {
            nations: ENGLAND,
            text: "Apply for a disabled person's bus pass, on GOV.UK",
            url: "https://www.gov.uk/apply-for-disabled-bus-pass",
        }],
        shown: Shown {
            nations: ENGLAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "Local council bus pass pages (Stoke-on-Trent)",
                url: None,
            },
            LEAFLET,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[15].id,
        name: NAMES[15].name,
        group: Group::Travel,
        what: &["In Scotland, the disabled bus pass is called the National Entitlement Card. The leaflet called it a disabled bus card."],
        who: &["Terminal illness is one of the reasons you can get one. There are other reasons too. An adviser can check if you can get it."],
        how: &["See mygov.scot to find out how to apply."],
        links: &[OfficialLink {
            nations: SCOTLAND,
            text: "Search for disabled bus pass on mygov.scot",
            url: "https://www.mygov.scot",
        }],
        shown: Shown {
            nations: SCOTLAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "mygov.scot: Disabled bus pass",
                url: Some("https://www.mygov.scot"),
            },
            LEAFLET,
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[16].id,
        name: NAMES[16].name,
        group: Group::Travel,
        what: &["Wales has its own bus pass scheme for disabled people. It is run by the Welsh Government. The leaflet called it a disabled bus card."],
        who: &["An adviser can check if you can get it."],
        how: &["An adviser can tell you how to apply. You can also search GOV.WALES."],
        links: &[OfficialLink {
            nations: WALES,
            text: "Search for bus pass on GOV.WALES",
            url: "https://www.gov.wales",
        }],
        shown: Shown {
            nations: WALES,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[LEAFLET],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[17].id,
        name: NAMES[17].name,
        group: Group::Travel,
        what: &["Northern Ireland has its own scheme for bus and rail travel. It is run by the Northern Ireland government. The leaflet called it a disabled bus card."],
        who: &["nidirect says who can get help with travel. An adviser can check if you can get it."],
        how: &["See nidirect to find out how to apply."],
        links: &[OfficialLink {
            nations: NORTHERN_IRELAND,
            text: "Free and concessionary bus and rail travel, on nidirect",
            url: "https://www.nidirect.gov.uk/node/1470",
        }],
        shown: Shown {
            nations: NORTHERN_IRELAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[LEAFLET],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[18].id,
        name: NAMES[18].name,
        group: Group::Health,
        what: &[
            "In England, you can get a medical exemption certificate if you are having treatment for cancer or its effects. With it, your prescriptions are free.",
        ],
        who: &[
            "It is for people in England who are having treatment for cancer or its effects.",
            "The certificate lasts 5 years.",
        ],
        how: &["Ask your doctor or nurse about form **FP92A**. A doctor or nurse needs to sign it."],
        links: &[OfficialLink {
            nations: ENGLAND,
            text: "Search for free prescriptions on the NHS website",
            url: "https://www.nhs.uk",
        }],
        shown: Shown {
            nations: ENGLAND,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_PRESCRIPTIONS_CLATTERBRIDGE, SRC_PRESCRIPTIONS_UCLH],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[19].id,
        name: NAMES[19].name,
        group: Group::Health,
        what: &["In Scotland, Wales and Northern Ireland, prescriptions are free for everyone."],
        who: &["It is for everyone in these three nations."],
        how: &["You do not need to apply."],
        links: &[
            OfficialLink {
                nations: SCOTLAND,
                text: "Search for prescriptions on mygov.scot",
                url: "https://www.mygov.scot",
            },
            OfficialLink {
                nations: WALES,
                text: "Search for prescriptions on GOV.WALES",
                url: "https://www.gov.wales",
            },
            OfficialLink {
                nations: NORTHERN_IRELAND,
                text: "Search for prescriptions on nidirect",
                url: "https://www.nidirect.gov.uk",
            },
        ],
        shown: Shown {
            nations: SCOTLAND_WALES_NI,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[SRC_PRESCRIPTIONS_CLATTERBRIDGE, SRC_PRESCRIPTIONS_UCLH],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[20].id,
        name: NAMES[20].name,
        group: Group::Health,
        what: &["Macmillan Grants are small one-off payments for people with cancer who have a low income."],
        who: &["They are for people with cancer who have a low income. An adviser can check if you can get one."],
        how: &[
            "You apply through a health or social care professional, such as your specialist nurse. Ask them about it. You could show them the Macmillan page below.",
            "A Macmillan money adviser can also help. Call [0808 808 00 00](tel:+448088080000).",
        ],
        links: &[OfficialLink {
            nations: UK,
            text: "Grants for your patients (for professionals), on the Macmillan website",
            url: "https://www.macmillan.org.uk/healthcare-professionals/for-your-patients/grants-for-your-patients",
        }],
        shown: Shown {
            nations: UK,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[
            Source {
                title: "Macmillan Cancer Support: Grants for your patients",
                url: Some("https://www.macmillan.org.uk"),
            },
            Source {
                title: "Macmillan Cancer Support: Macmillan Support Line",
                url: Some("https://www.macmillan.org.uk"),
            },
        ],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
    Benefit {
        id: NAMES[21].id,
        name: NAMES[21].name,
        group: Group::Home,
        what: &[
            "Your local council may be able to lower your Council Tax.",
            "Ask them about the **Disabled Band Reduction Scheme**, a **discount for carers**, and **Council Tax Reduction** if you have a low income.",
        ],
        who: &[
            "Council Tax Reduction depends on your income and savings.",
            "The help is not the same in every area. An adviser can check if you can get it.",
        ],
        how: &["Ask your local council. The links below help you find out more."],
        links: &[
            OfficialLink {
                nations: ENGLAND_WALES,
                text: "Apply for Council Tax Reduction, on GOV.UK",
                url: "https://www.gov.uk/apply-council-tax-reduction",
            },
            OfficialLink {
                nations: SCOTLAND,
                text: "Council Tax Reduction on mygov.scot",
                url: "https://www.mygov.scot/council-tax-reduction",
            },
        ],
        shown: Shown {
            nations: ENGLAND_SCOTLAND_WALES,
            age: AnyAge,
            need: AnyNeed,
            for_carer: false,
            special_rules: false,
        },
        sources: &[Source {
            title: "Local council Council Tax pages (Medway)",
            url: None,
        }],
        last_reviewed: REVIEWED,
        next_review_due: REVIEW_DUE,
    },
];
