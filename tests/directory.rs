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
        // The web team is told which categories exist, not sent to look them up.
        "ignored (use one of urgent-medical, emotional-support, money-and-work, end-of-life-care, information, for-carers)",
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
        ("", "the file is empty"),
    ] {
        let error = parse_config(json).expect_err(json).to_string();
        assert!(error.contains(reason), "{json}: {error}");
    }
    let odd = parse_config(r#"{"format": 1, "contacts": "nurses"}"#).expect("still usable");
    assert!(odd.warnings[0].text.contains("must be a list"));
}

/// The hospital's 24-hour line is refused, with a note and the "could not be loaded" line on
/// urgent help, whenever the file names one the guide cannot dial as the hospital's own:
/// no name, no phone, not a UK number, or a number already shown with the urgent numbers.
#[test]
fn a_named_but_unusable_hospital_line_is_refused_and_said() {
    for (line, why) in [
        (
            r#"{"name": "Acute line", "phone": "not a number"}"#,
            "not a UK number",
        ),
        (
            r#"{"name": "Acute line", "phone": "0402 123 456"}"#,
            "not a UK number",
        ),
        (r#"{"name": "Acute line", "phone": "999"}"#, "already shown"),
        (r#"{"name": "Acute line", "phone": "111"}"#, "already shown"),
        (
            r#"{"name": "Acute line", "phone": "116 123"}"#,
            "already shown",
        ),
        (r#"{"phone": "020 7946 0000"}"#, "no \"name\""),
        (r#"{"name": "Acute line"}"#, "no \"phone\""),
        (r#"{}"#, "no \"name\""),
    ] {
        let json = format!(
            r#"{{"format": 1, "hospital": {{"name": "Example", "acuteOncologyLine": {line}}}}}"#
        );
        let deployment = parse_config(&json).expect("usable");
        assert!(deployment.acute_line.is_none(), "{line}");
        assert!(deployment.acute_line_refused, "{line}");
        let warnings = deployment
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>();
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("hospital.acuteOncologyLine") && w.contains(why)),
            "{line}: {warnings:?}"
        );
        let state = ConfigState::Loaded(Box::new(deployment));
        assert!(state.hospital_line_not_loaded(), "{line}");
        assert_eq!(state.acute_line(), None);
    }
    // No line named, or null: nothing to say; a usable one: used.
    for (json, refused) in [
        (r#"{"format": 1, "hospital": {"name": "Example"}}"#, false),
        (
            r#"{"format": 1, "hospital": {"name": "Example", "acuteOncologyLine": null}}"#,
            false,
        ),
        (r#"{"format": 1}"#, false),
    ] {
        let deployment = parse_config(json).expect("usable");
        assert_eq!(deployment.acute_line_refused, refused, "{json}");
        assert!(!ConfigState::Loaded(Box::new(deployment)).hospital_line_not_loaded());
    }
    let good = parse_config(r#"{"format": 1, "hospital": {"acuteOncologyLine": {"name": "Acute line", "phone": "+44 (0)20 7946 0000"}}}"#)
        .expect("usable");
    assert_eq!(
        good.acute_line.map(|l| l.tel),
        Some("+442079460000".to_string())
    );
    assert!(!good.acute_line_refused);
    assert!(
        ConfigState::Malformed(sbc_guide::domain::settings_text::Note {
            line: None,
            text: "x".into()
        })
        .hospital_line_not_loaded()
    );
    assert!(!ConfigState::Absent.hospital_line_not_loaded());
}

/// The server's answer as the pages read it: a missing file or a web page in its place is no
/// file, an error is said, and the offline copy's kept copy is used with a note naming its date.
#[test]
fn the_servers_answer_is_read_as_the_pages_need() {
    use sbc_guide::domain::deployment::{read_settings, SettingsAnswer};
    use sbc_guide::domain::settings_text::{Decoded, Encoding};
    let body = |text: &str| Decoded {
        text: text.to_string(),
        encoding: Encoding::Utf8,
    };
    let file = body(
        r#"{"format": 1, "hospital": {"name": "Example", "acuteOncologyLine": {"name": "Acute line", "phone": "020 7946 0000"}}}"#,
    );
    fn answer<'a>(
        status: u16,
        content_type: Option<&'a str>,
        body: &'a Decoded,
        kept: Option<&'a str>,
    ) -> SettingsAnswer<'a> {
        SettingsAnswer {
            status,
            content_type,
            body,
            kept,
        }
    }

    let missing = read_settings::<true>(answer(
        404,
        Some("text/html"),
        &body("<!doctype html>"),
        None,
    ));
    assert_eq!(
        (missing.state, missing.taken_as_absent),
        (ConfigState::Absent, None)
    );
    // The offline copy's word for the server's 404: no file, quietly.
    let quiet = read_settings::<true>(answer(204, None, &body(""), None));
    assert_eq!(quiet.state, ConfigState::Absent);
    // No answer at all is said as such, not as "the server answered 0".
    let blocked = read_settings::<true>(answer(0, None, &body(""), None));
    let ConfigState::Malformed(why) = blocked.state else {
        panic!("no answer is not a file read");
    };
    assert!(why.to_string().starts_with("no answer came"), "{why}");
    let web_page = read_settings::<true>(answer(
        200,
        Some("text/html; charset=utf-8"),
        &body("<!doctype html>"),
        None,
    ));
    assert_eq!(web_page.state, ConfigState::Absent);
    assert!(web_page
        .taken_as_absent
        .unwrap()
        .contains("web page (text/html"));
    assert_eq!(
        read_settings::<false>(answer(200, None, &body(" <html>"), None)).taken_as_absent,
        None
    );
    let as_json = read_settings::<true>(answer(
        200,
        Some("application/json"),
        &body("<!doctype html>"),
        None,
    ));
    assert!(as_json.taken_as_absent.unwrap().contains(
        "what looks like a web page (it starts with \"<\", though sent as application/json)"
    ));
    let empty = read_settings::<true>(answer(200, Some("application/json"), &body(" \n"), None));
    assert!(
        matches!(&empty.state, ConfigState::Malformed(note) if note.text.contains("the file is empty"))
    );
    let notes = parse_config(r#"{"format": 1, "hospital": {"acuteOncologyLine": {"name": "Acute line", "phone": "020 7946 0000", "notes": "Ask for the oncology registrar"}}}"#).unwrap();
    assert!(notes.acute_line.is_some());
    assert!(
        notes.warnings[0]
            .text
            .contains("\"notes\" is not shown for the 24-hour line"),
        "{:?}",
        notes.warnings
    );
    let error = read_settings::<true>(answer(500, None, &file, None));
    assert!(
        matches!(&error.state, ConfigState::Malformed(note) if note.text.contains("answered 500"))
    );
    assert!(error.state.hospital_line_not_loaded());

    let fresh = read_settings::<true>(answer(200, Some("application/json"), &file, None));
    assert_eq!(fresh.kept, None);
    assert!(matches!(&fresh.state, ConfigState::Loaded(d) if d.warnings.is_empty()));
    for (read_on, when) in [
        ("2026-11-30", "read on 30 November 2026"),
        ("", "read earlier"),
    ] {
        let kept =
            read_settings::<true>(answer(200, Some("application/json"), &file, Some(read_on)));
        assert_eq!(kept.kept.as_deref(), Some(read_on));
        let ConfigState::Loaded(d) = &kept.state else {
            panic!("{:?}", kept.state)
        };
        assert!(d.warnings[0].text.contains(when), "{:?}", d.warnings);
        assert!(d.warnings[0].text.contains("cannot be used now"));
        assert!(
            kept.state.acute_line().is_some(),
            "the kept copy's line is shown"
        );
        // The pages that only use the file read it without the note.
        let quiet =
            read_settings::<false>(answer(200, Some("application/json"), &file, Some(read_on)));
        assert!(matches!(&quiet.state, ConfigState::Loaded(d) if d.warnings.is_empty()));
    }
}

/// A huge or deeply nested file is read in one pass (counting lines from the start for every
/// value made the settings check page freeze for minutes), and its notes are capped.
#[test]
fn a_huge_or_deeply_nested_file_is_read_in_one_pass_with_its_notes_capped() {
    use sbc_guide::domain::settings_text::MOST_NOTES;
    let mut json = String::from("{\n\"format\": 1,\n\"contacts\": [\n");
    for i in 0..60_000 {
        json.push_str(&format!(
            "  {{\"phone\": \"020 7946 {:04}\"}}, // nurse {i}\n",
            i % 10_000
        ));
    }
    json.push_str("]\n}\n");
    let deployment = parse_config(&json).expect("usable");
    assert!(deployment.contacts.is_empty());
    assert_eq!(deployment.warnings.len(), MOST_NOTES + 1);
    // In the file's order, the first on line 4; the last says how many more there were.
    assert_eq!(deployment.warnings[0].line, Some(4));
    let last = deployment.warnings.last().unwrap().to_string();
    assert!(
        last.contains("more notes like these are not listed"),
        "{last}"
    );
    assert!(
        last.starts_with(&format!("{} more", 60_000 * 2 + 1 - MOST_NOTES)),
        "{last}"
    );

    let deep = format!(
        "{{\"format\": 1, \"x\": {}{}}}",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let error = parse_config(&deep).expect_err("too deep");
    assert!(error.to_string().contains("line 1"), "{error}");
}

#[test]
fn format_in_quotes_is_forgiven_and_other_formats_are_named() {
    // A web team's slip: "1" in quotes. Read, with a note on its line.
    let quoted =
        parse_config("{\n  \"format\": \"1\",\n  \"feedbackEmail\": \"a@example.nhs.uk\"\n}")
            .expect("read");
    let notes: Vec<String> = quoted.warnings.iter().map(ToString::to_string).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("line 2:") && n.contains("\"format\" is in quotes")),
        "{notes:?}"
    );
    // Not a number at all: said as such, not as a missing "format".
    let wrong = parse_config("{\n  \"format\": true\n}")
        .unwrap_err()
        .to_string();
    assert!(wrong.contains("\"format\" must be the number 1"), "{wrong}");
    let missing = parse_config("{}").unwrap_err().to_string();
    assert!(missing.contains("it has no \"format\": 1"), "{missing}");
}

#[test]
fn curly_quotes_from_a_word_processor_are_named() {
    let json = "{\n  \u{201c}format\u{201d}: 1\n}";
    let why = parse_config(json).unwrap_err().to_string();
    assert!(why.starts_with("line 2:"), "{why}");
    assert!(why.contains("curly quotes"), "{why}");
    // An apostrophe in a name is not a problem, and not named as one.
    assert!(
        parse_config("{\"format\": 1, \"hospital\": {\"name\": \"St Mary\u{2019}s\"}}").is_ok()
    );
}
