//! Everything the guide keeps about a person, as one file they can take away and bring back:
//! export, validation of an import (nothing is replaced until the person has seen a summary),
//! and the plain-words summary. Pure Rust, tested natively.

use crate::content::benefits::names::name_of;
use crate::content::words::{self, fill};
use crate::domain::checklist::{Checklist, LastYear};
use crate::domain::contacts::Contacts;
use crate::json::{field, object, Json, ToJson};
use crate::state::preferences::{Motion, Preferences, Theme};
use crate::state::storage::Stored;

/// Marks a file as ours, so a stray JSON file is refused with a clear reason.
pub const APP: &str = "sbc-guide";
pub const KIND: &str = "your-data";
pub const EXPORT_FORMAT: u32 = 1;

/// Everything saved, as written to an export file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct YourData {
    pub preferences: Preferences,
    pub checklist: Checklist,
    pub contacts: Contacts,
}

/// The export file's text: what it is, when it was made (ISO 8601, to tell copies apart), and
/// the data.
pub fn export_json(data: &YourData, today_iso: &str) -> String {
    object([
        ("app", Json::String(APP.into())),
        ("kind", Json::String(KIND.into())),
        ("format", EXPORT_FORMAT.to_json()),
        ("exported", Json::String(today_iso.into())),
        (Preferences::KEY.code(), data.preferences.to_json()),
        (Checklist::KEY.code(), data.checklist.to_json()),
        (Contacts::KEY.code(), data.contacts.to_json()),
    ])
    .to_pretty_text()
}

/// Reads an export file; `Err` says why, in words for the person. A file that fails changes
/// nothing.
pub fn parse_export(text: &str) -> Result<(YourData, String), String> {
    let file = Json::parse(text).map_err(|_| words::import_problems::NOT_JSON.to_string())?;
    let text_field = |name| file.get(name).and_then(Json::as_str);
    if text_field("app") != Some(APP) || text_field("kind") != Some(KIND) {
        return Err(words::import_problems::NOT_OURS.into());
    }
    match file.get("format").and_then(Json::as_u64) {
        Some(format) if format == u64::from(EXPORT_FORMAT) => {}
        Some(newer) if newer > u64::from(EXPORT_FORMAT) => {
            return Err(words::import_problems::NEWER.into())
        }
        _ => return Err(words::import_problems::UNKNOWN_FORMAT.into()),
    }
    let part = |name: &str| fill(words::import_problems::PART, "part", name);
    let data = YourData {
        preferences: field(&file, Preferences::KEY.code())
            .ok_or_else(|| part(&words::page_names::SETTINGS.to_lowercase()))?,
        checklist: field(&file, Checklist::KEY.code())
            .ok_or_else(|| part(&words::page_names::BENEFITS.to_lowercase()))?,
        contacts: field(&file, Contacts::KEY.code())
            .ok_or_else(|| part(words::import_problems::PART_CONTACTS))?,
    };
    let exported = field::<String>(&file, "exported")
        .ok_or_else(|| part(words::import_problems::PART_DATE))?;
    Ok((data, exported))
}

/// What the data holds, in plain words, one line each (for the page and the import summary).
pub fn describe(data: &YourData) -> Vec<String> {
    let mut lines = Vec::new();
    let prefs = &data.preferences;
    let colours = match prefs.theme {
        Theme::System => words::your_data_summary::COLOURS_FOLLOWING_DEVICE.to_string(),
        other => other.label().to_lowercase(),
    };
    let motion = if prefs.motion == Motion::Reduce {
        words::your_data_summary::MOTION_REDUCED
    } else {
        words::your_data_summary::MOTION_FOLLOWING_DEVICE
    };
    let settings = fill(
        words::your_data_summary::SETTINGS,
        "size",
        &prefs.text_size.label().to_lowercase(),
    );
    lines.push(fill(
        &fill(&settings, "colours", &colours),
        "motion",
        motion,
    ));

    let questions = crate::content::checklist_page::QUESTIONS;
    let answers = &data.checklist.answers;
    let answered = questions
        .iter()
        .filter(|q| !answers.get(q.id).is_empty())
        .count();
    let nation = answers.nation.map_or(String::new(), |nation| {
        fill(
            words::your_data_summary::CHECKLIST_NATION,
            "nation",
            nation.name(),
        )
    });
    let last_year = if answers.last_year == Some(LastYear::Yes) {
        words::your_data_summary::CHECKLIST_LAST_YEAR
    } else {
        ""
    };
    let checklist = fill(
        words::your_data_summary::CHECKLIST,
        "answered",
        &answered.to_string(),
    );
    let checklist = fill(&checklist, "questions", &questions.len().to_string());
    lines.push(fill(
        &fill(&checklist, "nation", &nation),
        "last-year",
        last_year,
    ));

    // Items a newer version of the guide knows and this one does not: never shown as items,
    // named below as kept.
    let mut unknown: Vec<String> = Vec::new();
    for (id, p) in data.checklist.progress.iter() {
        if name_of(id).is_none() {
            unknown.push(if p.note.trim().is_empty() {
                id.clone()
            } else {
                fill(words::your_data_summary::UNKNOWN_NOTE, "name", id)
            });
        }
    }
    let checklist_fields = data
        .checklist
        .unknown
        .names()
        .chain(data.checklist.answers.unknown.names());
    let contact_fields = data
        .contacts
        .unknown
        .names()
        .chain(data.contacts.list.iter().flat_map(|c| c.unknown.names()));
    for name in checklist_fields.chain(contact_fields) {
        if !unknown.iter().any(|u| u == name) {
            unknown.push(name.to_string());
        }
    }
    let progress: Vec<String> = data
        .checklist
        .progress
        .iter()
        .filter(|(id, _)| name_of(id).is_some())
        .map(|(id, p)| {
            let name = name_of(id).unwrap_or(id.as_str());
            let note = if p.note.trim().is_empty() {
                String::new()
            } else {
                fill(
                    words::your_data_summary::PROGRESS_NOTE,
                    "note",
                    p.note.trim(),
                )
            };
            let item = fill(words::your_data_summary::PROGRESS_ITEM, "name", name);
            let status = if p.newer_status() {
                words::checklist_status::NEWER
            } else {
                p.status.label()
            };
            let item = fill(&item, "status", &status.to_lowercase());
            fill(&item, "note", &note)
        })
        .collect();
    lines.push(counted(
        words::your_data_summary::PROGRESS_NONE,
        words::your_data_summary::PROGRESS,
        &progress,
    ));
    let contacts: Vec<String> = data
        .contacts
        .list
        .iter()
        .map(|c| format!("{} ({})", c.name, c.phone))
        .collect();
    lines.push(counted(
        words::your_data_summary::CONTACTS_NONE,
        words::your_data_summary::CONTACTS,
        &contacts,
    ));
    if !unknown.is_empty() {
        lines.push(counted("", words::your_data_summary::UNKNOWN, &unknown));
    }
    lines
}

/// `none` for an empty list, else `template` with its `{count}` and `{items}` (joined by "; ").
fn counted(none: &str, template: &str, items: &[String]) -> String {
    if items.is_empty() {
        return none.to_string();
    }
    let line = fill(template, "count", &items.len().to_string());
    fill(&line, "items", &items.join("; "))
}

/// True when there is nothing to keep.
pub fn is_empty(data: &YourData) -> bool {
    *data == YourData::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::Status;
    use crate::domain::contacts::ContactDraft;

    fn sample() -> YourData {
        let mut data = YourData::default();
        data.preferences
            .set(crate::content::kinds::SettingId::TextSize, "150");
        data.checklist
            .answers
            .set(crate::content::kinds::QuestionId::Nation, "wales");
        data.checklist.set_status("pip", Status::Applied);
        data.checklist.set_note("pip", "ref 123");
        data.contacts
            .add(&ContactDraft {
                name: "Nurses".into(),
                phone: "020 7946 0001".into(),
                ..Default::default()
            })
            .unwrap();
        data
    }

    #[test]
    fn every_stored_value_is_in_the_export_file() {
        // The registry: a new `StoredKey` must be exported (and so imported and deleted) too.
        let file = Json::parse(&export_json(&sample(), "2026-11-25")).unwrap();
        for key in crate::state::storage::StoredKey::ALL {
            assert!(file.get(key.code()).is_some(), "{key:?} is not exported");
        }
    }

    /// An export from a newer version of the guide: a checklist item, a checklist answer and a
    /// contact field this version does not know, and names that are a JavaScript object's
    /// special properties.
    const FROM_A_NEWER_GUIDE: &str = r#"{"app":"sbc-guide","kind":"your-data","format":1,"exported":"2027-05-01",
        "preferences":{"text_size":100,"theme":"system","motion":"system"},
        "checklist":{"answers":{"nation":"wales","asked_in_2027":"yes","__proto__":{"polluted":true}},
            "progress":{"pip":{"status":"applied","note":""},"future-grant":{"status":"applied","note":"ref 77"}},
            "constructor":"kept"},
        "contacts":{"list":[{"id":7,"name":"Nurses","role":"","phone":"020 7946 0001","notes":"","favourite":false,
            "urgent_line":false,"applies":"not-said","video_link":"https://example.nhs.uk/call"}]}}"#;

    #[test]
    fn what_a_newer_version_saved_is_named_kept_and_never_shown_as_an_item() {
        let (data, _) = parse_export(FROM_A_NEWER_GUIDE).expect("a newer copy is still read");
        let lines = describe(&data).join("\n");
        // Named before the person confirms, and not shown as a checklist item.
        assert!(
            lines.contains("Also kept, for a newer version of the guide"),
            "{lines}"
        );
        assert!(lines.contains("future-grant, with your note"), "{lines}");
        assert!(
            lines.contains("asked_in_2027") && lines.contains("video_link"),
            "{lines}"
        );
        assert!(!lines.contains("future-grant: applied"), "{lines}");
        assert!(
            lines.contains("Personal Independence Payment (PIP): applied"),
            "{lines}"
        );
        // Kept: written back exactly, the person's note included.
        let again = export_json(&data, "2027-05-02");
        let (back, _) = parse_export(&again).unwrap();
        assert_eq!(back, data);
        assert_eq!(back.checklist.progress("future-grant").note, "ref 77");
        let file = Json::parse(&again).unwrap();
        let contact = &file
            .get("contacts")
            .unwrap()
            .get("list")
            .unwrap()
            .as_array()
            .unwrap()[0];
        assert_eq!(
            contact.get("video_link").and_then(Json::as_str),
            Some("https://example.nhs.uk/call")
        );
        // "__proto__" and "constructor" are only names here: kept as data like any other.
        let answers = file.get("checklist").unwrap().get("answers").unwrap();
        assert!(answers.get("__proto__").is_some());
    }

    #[test]
    fn editing_a_contact_keeps_what_a_newer_version_saved_with_it() {
        let (mut data, _) = parse_export(FROM_A_NEWER_GUIDE).unwrap();
        data.contacts
            .update(
                7,
                &ContactDraft {
                    name: "Breast care nurses".into(),
                    phone: "020 7946 0001".into(),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(
            data.contacts.list[0].unknown.names().collect::<Vec<_>>(),
            ["video_link"]
        );
    }

    #[test]
    fn export_and_import_round_trip() {
        let text = export_json(&sample(), "2026-11-25");
        let (data, exported) = parse_export(&text).unwrap();
        assert_eq!(data, sample());
        assert_eq!(exported, "2026-11-25");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        for (text, reason) in [
            ("not json", "could not be read as JSON"),
            ("{}", "not a \"Your data\" file"),
            (
                r#"{"app":"other","kind":"your-data","format":1}"#,
                "not a \"Your data\" file",
            ),
            (
                r#"{"app":"sbc-guide","kind":"your-data","format":9}"#,
                "newer version",
            ),
            (
                r#"{"app":"sbc-guide","kind":"your-data","format":1,"exported":"x","contacts":{"list":"nope"}}"#,
                "could not be read",
            ),
        ] {
            let error = parse_export(text).unwrap_err();
            assert!(error.contains(reason), "{text}: {error}");
        }
    }

    #[test]
    fn describes_in_plain_words() {
        let lines = describe(&sample()).join("\n");
        assert!(lines.contains("text size larger"), "{lines}");
        assert!(lines.contains("you live in Wales"));
        assert!(lines.contains("Personal Independence Payment (PIP): applied, note: \"ref 123\""));
        assert!(lines.contains("Contacts (1): Nurses (020 7946 0001)"));
        assert!(is_empty(&YourData::default()));
    }
}
