//! The support directory: its content, search over it, and hospital settings files.

use sbc_guide::content::directory::{Category, Hours, ORGANISATIONS};
use sbc_guide::content::Date;
use sbc_guide::domain::deployment::{parse_config, ConfigState, Deployment};
use sbc_guide::domain::directory::{find, index, listings};
use std::collections::HashSet;

const EXAMPLE_CONFIG: &str = include_str!("../public/sbc-guide-config.example.json");

fn search(query: &str, category: Option<Category>, deployment: Option<&Deployment>) -> Vec<String> {
    let all = listings(deployment);
    let idx = index(&all);
    find(&all, &idx, query, category, None)
        .into_iter()
        .map(|i| all[i].name.clone())
        .collect()
}

#[test]
fn every_organisation_is_complete() {
    let mut ids = HashSet::new();
    for org in ORGANISATIONS {
        assert!(ids.insert(org.id), "duplicate id {}", org.id);
        assert!(
            !org.name.is_empty() && !org.description.is_empty(),
            "{}",
            org.id
        );
        assert!(!org.categories.is_empty(), "{}: no category", org.id);
        assert!(!org.nations.is_empty(), "{}: no nation", org.id);
        assert!(!org.sources.is_empty(), "{}: no source", org.id);
        assert!(
            org.phone.is_some() || org.website.is_some(),
            "{}: no way to reach them",
            org.id
        );
        if let Some(url) = org.website {
            assert!(url.starts_with("https://"), "{}: {url}", org.id);
        }
        if let Some(email) = org.email {
            assert!(email.contains('@'), "{}: {email}", org.id);
        }
        assert!(org.last_reviewed >= Date::new(2026, 11, 1));
        assert!(
            org.last_reviewed.months_until(org.next_review_due) <= 12,
            "{}: phone numbers are checked yearly",
            org.id
        );
    }
}

#[test]
fn unverified_hours_are_never_shown() {
    // content-facts marks these hours UNVERIFIED: the app must send people to the website.
    for id in ["breast-cancer-now-helpline", "marie-curie-support-line"] {
        let org = ORGANISATIONS.iter().find(|o| o.id == id).expect(id);
        assert_eq!(org.hours, Hours::SeeWebsite, "{id}");
    }
}

#[test]
fn the_directory_lists_every_verified_organisation() {
    let all = listings(None);
    let names: Vec<&str> = all.iter().map(|l| l.name.as_str()).collect();
    for needed in [
        "Macmillan Support Line",
        "Breast Cancer Now helpline",
        "Marie Curie Support Line",
        "Samaritans",
        "Maggie's",
        "Hospice UK",
        "NHS 111 (England)",
        "NHS 24 on 111 (Scotland)",
        "NHS 111 Wales",
        "Your GP practice, or GP Out of Hours (Northern Ireland)",
        "Cancer Treatment Helpline (Scotland)",
        "Citizens Advice",
    ] {
        assert!(names.contains(&needed), "{needed} missing");
    }
    assert!(all
        .iter()
        .any(|l| l.phone.as_ref().is_some_and(|(_, tel)| tel == "999")));
}

#[test]
fn each_nation_finds_only_its_own_urgent_line_and_northern_ireland_no_111() {
    use sbc_guide::content::benefits::Nation;
    let all = listings(None);
    let idx = index(&all);
    let urgent = |nation| -> Vec<String> {
        find(&all, &idx, "", Some(Category::UrgentMedical), nation)
            .into_iter()
            .map(|i| all[i].name.clone())
            .collect()
    };
    let dials_111 = |nation| {
        find(&all, &idx, "", None, nation)
            .into_iter()
            .any(|i| all[i].phone.as_ref().is_some_and(|(_, tel)| tel == "111"))
    };
    assert_eq!(
        urgent(Some(Nation::England)),
        ["Emergency: 999", "NHS 111 (England)"]
    );
    assert_eq!(
        urgent(Some(Nation::Scotland)),
        [
            "Emergency: 999",
            "Cancer Treatment Helpline (Scotland)",
            "NHS 24 on 111 (Scotland)"
        ]
    );
    assert_eq!(
        urgent(Some(Nation::Wales)),
        ["Emergency: 999", "NHS 111 Wales"]
    );
    assert_eq!(
        urgent(Some(Nation::NorthernIreland)),
        [
            "Emergency: 999",
            "Your GP practice, or GP Out of Hours (Northern Ireland)"
        ]
    );
    assert_eq!(urgent(None).len(), 6, "not known: every nation's line");
    assert!(!dials_111(Some(Nation::NorthernIreland)));
    assert!(dials_111(None) && dials_111(Some(Nation::Wales)));
}

#[test]
fn search_ranks_names_first_and_forgives_typos() {
    assert_eq!(search("samaritans", None, None)[0], "Samaritans");
    assert_eq!(search("samaritns", None, None)[0], "Samaritans");
    assert_eq!(
        search("MARIE CURIE", None, None)[0],
        "Marie Curie Support Line"
    );
    assert_eq!(search("maggie’s", None, None)[0], "Maggie's");
    assert_eq!(search("hospice", None, None)[0], "Hospice UK");
    assert!(search("benefits", None, None)
        .contains(&"GOV.UK: Check benefits and financial support you can get".to_string()));
    assert!(search("xylophone", None, None).is_empty());
}

#[test]
fn categories_filter_and_are_searchable() {
    let emotional = search("", Some(Category::EmotionalSupport), None);
    assert!(emotional.contains(&"Samaritans".to_string()));
    assert!(!emotional.contains(&"Citizens Advice".to_string()));
    assert!(search("end of life", None, None).contains(&"Marie Curie Support Line".to_string()));
}

#[test]
fn the_example_settings_file_is_valid() {
    let deployment = parse_config(EXAMPLE_CONFIG).expect("example parses");
    assert!(deployment.warnings.is_empty(), "{:?}", deployment.warnings);
    assert_eq!(
        deployment.hospital_name.as_deref(),
        Some("Example NHS Foundation Trust")
    );
    assert_eq!(
        deployment.acute_line.as_ref().map(|l| l.tel.as_str()),
        Some("+442079460000")
    );
    assert_eq!(deployment.contacts.len(), 1);
    assert_eq!(deployment.groups.len(), 1);
    assert!(deployment.feedback_email.is_some());
    // Its groups join the directory and its search.
    assert_eq!(
        search("example hospital support group", None, Some(&deployment))[0],
        deployment.groups[0].name
    );
}

#[test]
fn missing_fields_skip_one_entry_and_say_why() {
    let json = r#"{
        "format": 1,
        "hospital": {"acuteOncologyLine": {"name": "Acute line", "phone": "not a number"}},
        "contacts": [{"name": "Nurses", "phone": "020 7946 0001"}, {"phone": "020 7946 0002"}, {"name": "No phone"}],
        "supportGroups": [{"name": "No description"}, {"name": "Café", "description": "Drop in", "website": "ftp://x", "categories": ["emotional-support", "astrology"]}]
    }"#;
    let deployment = parse_config(json).expect("usable");
    assert!(deployment.acute_line.is_none());
    assert_eq!(deployment.contacts.len(), 1);
    // No hospital name: its contacts are still shown, as from "your hospital".
    let state = ConfigState::Loaded(Box::new(deployment.clone()));
    let (hospital, contacts) = state.hospital_contacts().expect("one contact");
    assert_eq!((hospital.as_str(), contacts.len()), ("your hospital", 1));
    assert_eq!(ConfigState::Absent.hospital_contacts(), None);
    assert_eq!(deployment.groups.len(), 1);
    assert_eq!(deployment.groups[0].website, None);
    assert_eq!(
        deployment.groups[0].categories,
        vec![Category::EmotionalSupport]
    );
    let warnings = deployment
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for expected in [
        "acuteOncologyLine",
        "contacts[1]",
        "contacts[2]",
        "supportGroups[0]",
        "ftp://",
        "astrology",
    ] {
        assert!(
            warnings.contains(expected),
            "no warning about {expected}:\n{warnings}"
        );
    }
}

#[test]
fn malformed_files_are_refused_with_a_reason() {
    for (json, reason) in [
        ("{\"format\": 1, ", "not valid JSON"),
        ("[]", "JSON object"),
        ("{}", "no \"format\""),
        ("{\"format\": 2}", "format 2"),
        ("", "not valid JSON"),
    ] {
        let error = parse_config(json).expect_err(json).to_string();
        assert!(error.contains(reason), "{json}: {error}");
    }
    let odd = parse_config(r#"{"format": 1, "contacts": "nurses"}"#).expect("still usable");
    assert!(odd.warnings[0].text.contains("must be a list"));
}
