//! Saved data: every stored type round-trips; values saved by earlier releases (fixtures)
//! keep loading; arbitrary bytes under our keys never panic and never lose the original; and
//! the same holds for import files, hospital settings files, phone numbers and search queries.

use proptest::prelude::*;
use sbc_guide::content::benefits::Nation;
use sbc_guide::content::Date;
use sbc_guide::domain::checklist::{Checklist, LastYear, Status};
use sbc_guide::domain::contacts::{parse_uk_phone, ContactDraft, Contacts};
use sbc_guide::domain::deployment::parse_config;
use sbc_guide::domain::directory::{find, index, listings};
use sbc_guide::domain::urgent::Applies;
use sbc_guide::json::{FromJson, ToJson};
use sbc_guide::state::preferences::{Preferences, TextSize, Theme};
use sbc_guide::state::storage::{decode, encode, Loaded, Migrate, CONTACTS_FORMAT};
use sbc_guide::state::your_data::parse_export;

fn round_trips<T: ToJson + FromJson + Migrate + PartialEq + std::fmt::Debug>(value: T) {
    let text = encode(&value, 1);
    assert_eq!(decode::<T>(&text, 1), Loaded::Found(value));
}

#[test]
fn every_stored_type_round_trips() {
    let mut checklist = Checklist::default();
    checklist.answers.nation = Some(Nation::Wales);
    checklist.answers.last_year = Some(LastYear::Yes);
    checklist.set_status("pip", Status::NotForMe);
    checklist.set_note("blue-badge", "ring the council ☎ – “soon”");
    round_trips(checklist);
    let mut contacts = Contacts::default();
    contacts
        .add(&ContactDraft {
            name: "Dr Siân Jones".into(),
            phone: "01632 960 001".into(),
            urgent_line: true,
            applies: "until".into(),
            until: "2027-03-31".into(),
            ..ContactDraft::default()
        })
        .unwrap();
    assert_eq!(
        contacts.list[0].applies,
        Applies::Until(Date::new(2027, 3, 31))
    );
    round_trips(contacts);
    round_trips(Preferences {
        text_size: TextSize::VeryLarge,
        theme: Theme::HighContrast,
        ..Preferences::default()
    });
    round_trips(Checklist::default());
    round_trips(Contacts::default());
    round_trips(Preferences::default());
}

/// Values saved by the first release must load, unchanged, in every later one.
#[test]
fn fixtures_from_earlier_releases_still_load() {
    let checklist: Loaded<Checklist> =
        decode(include_str!("fixtures/storage/checklist-v1.json"), 1);
    let Loaded::Found(checklist) = checklist else {
        panic!("checklist fixture: {checklist:?}")
    };
    assert_eq!(checklist.answers.nation, Some(Nation::Scotland));
    assert_eq!(
        checklist.progress("adult-disability-payment").note,
        "ref ADP-1"
    );
    assert_eq!(checklist.progress("council-tax").status, Status::NotForMe);

    // Contacts format 1 (no alert card dates) is migrated to the current format.
    let contacts: Loaded<Contacts> = decode(
        include_str!("fixtures/storage/contacts-v1.json"),
        CONTACTS_FORMAT,
    );
    let Loaded::Found(contacts) = contacts else {
        panic!("contacts fixture: {contacts:?}")
    };
    assert_eq!(contacts.sorted()[0].name, "Breast care nurses");
    assert_eq!(contacts.urgent_lines().len(), 1);
    let lines = contacts.alert_lines();
    assert_eq!(lines.len(), 1, "the saved 24-hour line is never lost");
    assert_eq!(
        (lines[0].tel.as_str(), lines[0].applies),
        ("+442079460000", Applies::NotSaid)
    );

    let contacts: Loaded<Contacts> = decode(
        include_str!("fixtures/storage/contacts-v2.json"),
        CONTACTS_FORMAT,
    );
    let Loaded::Found(contacts) = contacts else {
        panic!("contacts v2 fixture: {contacts:?}")
    };
    let applies: Vec<Applies> = contacts.alert_lines().iter().map(|l| l.applies).collect();
    assert_eq!(
        applies,
        [
            Applies::Until(Date::new(2027, 3, 31)),
            Applies::WhileOnTreatment
        ]
    );
    // The guide's pages read only the alert card lines, from either format.
    for fixture in [
        include_str!("fixtures/storage/contacts-v1.json"),
        include_str!("fixtures/storage/contacts-v2.json"),
    ] {
        let Loaded::Found(full) = decode::<Contacts>(fixture, CONTACTS_FORMAT) else {
            panic!("{fixture}");
        };
        assert_eq!(
            sbc_guide::state::storage::alert_lines_in(Some(fixture)),
            full.alert_lines()
        );
    }
    // A copy of the guide from before the alert card reads format 2 as newer: read-only, so it
    // never writes the list back without the dates.
    assert!(matches!(
        decode::<Contacts>(include_str!("fixtures/storage/contacts-v2.json"), 1),
        Loaded::Newer { format: 2, .. }
    ));

    let prefs: Loaded<Preferences> =
        decode(include_str!("fixtures/storage/preferences-v1.json"), 1);
    assert_eq!(
        prefs,
        Loaded::Found(Preferences {
            text_size: TextSize::VeryLarge,
            theme: Theme::Dark,
            motion: sbc_guide::state::preferences::Motion::Reduce,
            ..Preferences::default()
        })
    );
}

#[test]
fn the_pre_paint_script_reads_the_same_key_and_format_as_the_app() {
    let script = include_str!("../public/apply-preferences.js");
    let key = sbc_guide::state::storage::key(sbc_guide::state::storage::PREFERENCES_KEY);
    assert!(
        script.contains(&format!("'{key}'")),
        "apply-preferences.js must read {key}"
    );
    assert!(script.contains(&format!(
        "stored.format !== {}",
        sbc_guide::state::storage::PREFERENCES_FORMAT
    )));
    for size in TextSize::ALL.iter().skip(1) {
        assert!(
            script.contains(&size.percent().to_string()),
            "apply-preferences.js lacks {}",
            size.percent()
        );
    }
    for theme in [Theme::Light, Theme::Dark, Theme::HighContrast] {
        assert!(
            script.contains(theme.code()),
            "apply-preferences.js lacks {}",
            theme.code()
        );
    }
}

#[test]
fn the_pre_paint_script_reads_the_nation_and_opens_the_menu_as_the_app_names_them() {
    use sbc_guide::content::{benefits::Nation, site};
    let script = include_str!("../public/apply-preferences.js");
    let key = sbc_guide::state::storage::key(sbc_guide::state::storage::CHECKLIST_KEY);
    assert!(
        script.contains(&format!("'{key}'")),
        "apply-preferences.js must read {key}"
    );
    assert!(script.contains(&format!(
        "checklist.format === {}",
        sbc_guide::state::storage::CHECKLIST_FORMAT
    )));
    for nation in Nation::ALL {
        assert!(
            script.contains(nation.code()),
            "apply-preferences.js lacks {}",
            nation.code()
        );
    }
    assert!(script.contains(&format!("'{}'", sbc_guide::contracts::NATION_ATTRIBUTE)));
    assert!(script.contains(&format!(".{}'", site::MENU_TOGGLE_CLASS)));
    assert!(script.contains(&format!("'{}'", site::MENU_OPEN_CLASS)));
    // The saved answer's shape: what the script reads is what the checklist writes.
    let mut checklist = sbc_guide::domain::checklist::Checklist::default();
    checklist.answers.nation = Some(Nation::NorthernIreland);
    let stored =
        sbc_guide::state::storage::encode(&checklist, sbc_guide::state::storage::CHECKLIST_FORMAT);
    assert!(
        stored.contains("\"answers\":{\"nation\":\"northern-ireland\""),
        "the script reads data.answers.nation: {stored}"
    );
}

fn never_loses<T: FromJson + Migrate + ToJson + std::fmt::Debug>(raw: &str) {
    match decode::<T>(raw, 1) {
        Loaded::Unreadable { raw: kept } | Loaded::Newer { raw: kept, .. } => assert_eq!(kept, raw),
        Loaded::Found(value) => {
            // Whatever we accepted, we can write back and read again.
            let again = encode(&value, 1);
            assert!(matches!(decode::<T>(&again, 1), Loaded::Found(_)));
        }
        Loaded::Missing | Loaded::Unavailable => panic!("decode never says missing"),
    }
}

/// Text that is sometimes JSON-shaped, so the decoders get past the first character.
fn storage_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\{\"format\":[0-9]{1,3},\"data\":.{0,40}\\}",
        "\\{\"format\":1,\"data\":\\{\"(answers|progress|list|text_size|theme)\":.{0,30}\\}\\}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_stored_text_never_panics_and_is_never_lost(raw in storage_like()) {
        never_loses::<Checklist>(&raw);
        never_loses::<Contacts>(&raw);
        never_loses::<Preferences>(&raw);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let raw = String::from_utf8_lossy(&bytes);
        never_loses::<Checklist>(&raw);
        let _ = parse_export(&raw);
        let _ = parse_config(&raw);
    }

    #[test]
    fn import_and_settings_files_never_panic(text in "\\{\"(app|format|kind|contacts|hospital|supportGroups)\":.{0,60}\\}") {
        let _ = parse_export(&text);
        let _ = parse_config(&text);
    }

    #[test]
    fn phone_parsing_never_panics(text in ".{0,30}") {
        if let Ok(phone) = parse_uk_phone(&text) {
            prop_assert!(phone.tel.starts_with("+44") || phone.tel.len() <= 6);
        }
    }

    #[test]
    fn search_never_panics(query in ".{0,30}") {
        let all = listings(None);
        let idx = index(&all);
        let found = find(&all, &idx, &query, None, None);
        prop_assert!(found.iter().all(|&i| i < all.len()));
    }
}
