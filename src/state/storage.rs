//! The only code that reads or writes the browser's local storage.
//!
//! Hospitals share one origin between many intranet apps, so every key carries our namespace
//! and we never call `localStorage.clear()`. Every value is wrapped with a format number so a
//! later version can migrate it. Storage can be blocked (cookies off, private mode, sandboxed
//! iframes), full, or hold something we cannot read: none of that may panic or lose data, so
//! reads and writes return what happened and the caller tells the person.

use crate::json::{FromJson, Json, ToJson};

/// Prefix of every key this app owns.
pub const NAMESPACE: &str = "sbc-guide";

/// The full key for one stored value, e.g. `sbc-guide:checklist`.
pub fn key(name: &str) -> String {
    format!("{NAMESPACE}:{name}")
}

/// The key under which an unreadable value is kept, so it is never silently lost.
pub fn backup_key(name: &str) -> String {
    format!("{NAMESPACE}:{name}:unreadable-backup")
}

/// The outcome of reading a stored value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded<T> {
    /// Nothing stored yet: use the defaults (and do not write them back).
    Missing,
    Found(T),
    /// Something is stored that this version cannot read; `raw` is kept as a backup.
    Unreadable {
        raw: String,
    },
    /// Written by a newer version of the app: leave it untouched (`raw` is kept so it can be
    /// backed up if the person chooses to replace it).
    Newer {
        format: u32,
        raw: String,
    },
    /// Storage is blocked in this browser.
    Unavailable,
}

/// How a stored type brings data written in an older format up to date, one format at a time.
/// Every stored type implements it; a type with no older formats keeps the default, which
/// treats anything older as unreadable (and so backed up, never lost).
pub trait Migrate {
    /// Turns `data` stored in format `from` into format `from + 1`.
    fn migrate(from: u32, data: Json) -> Result<Json, String> {
        let _ = data;
        Err(format!("no migration from format {from}"))
    }
}

/// Reads a stored text as format `format` of `T` (pure, for tests and the browser alike).
/// What is stored is `{"format":N,"data":…}`: the value with the format it was written in.
pub fn decode<T: FromJson + Migrate>(raw: &str, format: u32) -> Loaded<T> {
    let unreadable = || Loaded::Unreadable {
        raw: raw.to_string(),
    };
    let Ok(envelope) = Json::parse(raw) else {
        return unreadable();
    };
    let (Some(stored_format), Some(data)) = (
        envelope
            .get("format")
            .and_then(Json::as_u64)
            .and_then(|f| u32::try_from(f).ok()),
        envelope.get("data"),
    ) else {
        return unreadable();
    };
    if stored_format > format {
        return Loaded::Newer {
            format: stored_format,
            raw: raw.to_string(),
        };
    }
    let mut data = data.clone();
    for from in stored_format..format {
        match T::migrate(from, data) {
            Ok(next) => data = next,
            Err(_) => return unreadable(),
        }
    }
    match T::from_json(&data) {
        Some(value) => Loaded::Found(value),
        None => unreadable(),
    }
}

/// The text to store for `data` at format `format`.
pub fn encode<T: ToJson>(data: &T, format: u32) -> String {
    crate::json::object([("format", format.to_json()), ("data", data.to_json())]).to_text()
}

crate::content::kinds::coded! {
    /// Every part of the person's data the guide keeps, by the key it is saved under (after
    /// `NAMESPACE`). The registry "Your data" works from: a new stored value needs a key here,
    /// and the tests then require "Your data" to export, import and delete it.
    pub enum StoredKey {
        Preferences = "preferences",
        Checklist = "checklist",
        Contacts = "contacts",
    }
}

/// A value kept in local storage: where it is saved and the format it is written in now.
/// Raise `FORMAT` only with a migration from the one before (see `Migrate`), and keep a fixture
/// of every released format in `tests/fixtures/storage/`.
pub trait Stored: FromJson + ToJson + Migrate + crate::domain::merge::Merge + Default {
    const KEY: StoredKey;
    const FORMAT: u32;
}

/// Where each part of the person's data is saved, and the format it is saved in: the same as
/// each type's `Stored` (named here for the scripts and tests that need the plain strings).
pub const CHECKLIST_KEY: &str = StoredKey::Checklist.code();
pub const CHECKLIST_FORMAT: u32 = 1;
pub const CONTACTS_KEY: &str = StoredKey::Contacts.code();
pub const CONTACTS_FORMAT: u32 = 2;
/// `public/apply-preferences.js` reads this key and format too: change them together.
pub const PREFERENCES_KEY: &str = StoredKey::Preferences.code();
pub const PREFERENCES_FORMAT: u32 = 1;

/// Format 1 is the first: nothing older to migrate.
impl Migrate for crate::domain::checklist::Checklist {}

/// Format 1 (released 2026-11) had no "applies": its 24-hour lines say nothing about when the
/// card applies. The format was raised so that an older copy of the guide open in another tab
/// treats format 2 as newer and never writes it back without the alert card's dates.
impl Migrate for crate::domain::contacts::Contacts {
    fn migrate(from: u32, data: crate::json::Json) -> Result<crate::json::Json, String> {
        use crate::json::{Json, ToJson};
        match from {
            1 => {
                let Json::Object(mut fields) = data else {
                    return Err("contacts are not an object".into());
                };
                for (name, value) in fields.iter_mut() {
                    if name == "list" {
                        let Json::Array(items) = value else {
                            return Err("the list is not a list".into());
                        };
                        for item in items.iter_mut() {
                            let Json::Object(item) = item else {
                                return Err("a contact is not an object".into());
                            };
                            item.push((
                                "applies".into(),
                                crate::domain::urgent::Applies::NotSaid.to_json(),
                            ));
                        }
                    }
                }
                Ok(Json::Object(fields))
            }
            _ => Err(format!("no migration from contacts format {from}")),
        }
    }
}

/// The alert card lines in a stored contacts text, read without the whole contacts type, for
/// pages that only show them (the guide's pages: measured 4 KB gzip less wasm than loading the
/// contacts). Any format up to the current one (format 1 had no `applies`: `NotSaid`).
pub fn alert_lines_in(stored: Option<&str>) -> Vec<crate::domain::urgent::GivenLine> {
    use crate::json::Json;
    let Some(envelope) = stored.and_then(|s| Json::parse(s).ok()) else {
        return Vec::new();
    };
    let readable = envelope
        .get("format")
        .and_then(Json::as_u64)
        .is_some_and(|f| (1..=u64::from(CONTACTS_FORMAT)).contains(&f));
    let list = envelope.get("data").and_then(|d| d.get("list"));
    let (true, Some(Json::Array(items))) = (readable, list) else {
        return Vec::new();
    };
    items
        .iter()
        .filter(|c| c.get("urgent_line") == Some(&Json::Bool(true)))
        .filter_map(|c| {
            let phone = c.get("phone")?.as_str()?.to_string();
            Some(crate::domain::urgent::GivenLine {
                name: c.get("name")?.as_str()?.to_string(),
                tel: crate::domain::contacts::parse_uk_phone(&phone).ok()?.tel,
                phone,
                applies: c
                    .get("applies")
                    .and_then(Json::as_str)
                    .and_then(crate::domain::urgent::Applies::from_code)
                    .unwrap_or_default(),
            })
        })
        .collect()
}

impl Stored for crate::domain::checklist::Checklist {
    const KEY: StoredKey = StoredKey::Checklist;
    const FORMAT: u32 = CHECKLIST_FORMAT;
}

impl Stored for crate::domain::contacts::Contacts {
    const KEY: StoredKey = StoredKey::Contacts;
    const FORMAT: u32 = CONTACTS_FORMAT;
}

impl Stored for crate::state::preferences::Preferences {
    const KEY: StoredKey = StoredKey::Preferences;
    const FORMAT: u32 = PREFERENCES_FORMAT;
}

/// Why a value was not saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is blocked in this browser.
    Unavailable,
    /// The browser refused the write (usually: storage is full).
    Refused,
}

/// A key-value store with local storage's behaviour: a write may be refused (the origin's
/// quota is full, which on an intranet shared by many web apps is the normal case). The
/// browser's `localStorage` is one; tests use a `MemoryStore` with a quota.
pub trait KeyValue {
    fn get(&self, full_key: &str) -> Option<String>;
    fn set(&mut self, full_key: &str, value: &str) -> Result<(), SaveError>;
    fn remove(&mut self, full_key: &str);
}

/// Writes several values as one: every change lands, or the store is left exactly as it was.
/// `changes` pairs a full key with its new text (`None`: remove it). After writing, each value
/// is read back; any refusal or difference puts every key back as it was before and returns
/// the error. Keys are restored by first removing what was written (which frees the space it
/// took) and then writing the old values, so a full store can always be put back.
pub fn write_all(
    store: &mut impl KeyValue,
    changes: &[(String, Option<String>)],
) -> Result<(), SaveError> {
    let before: Vec<Option<String>> = changes.iter().map(|(k, _)| store.get(k)).collect();
    let mut failed = None;
    for (key, value) in changes {
        let result = match value {
            Some(text) => store.set(key, text),
            None => {
                store.remove(key);
                Ok(())
            }
        };
        if let Err(error) = result {
            failed = Some(error);
            break;
        }
    }
    if failed.is_none() && changes.iter().any(|(k, v)| store.get(k) != *v) {
        failed = Some(SaveError::Refused);
    }
    let Some(error) = failed else {
        return Ok(());
    };
    for (key, _) in changes {
        store.remove(key);
    }
    for ((key, _), old) in changes.iter().zip(before) {
        if let Some(old) = old {
            let _ = store.set(key, &old);
        }
    }
    Err(error)
}

/// A store in memory with a quota in bytes (keys and values counted as local storage counts
/// them, in UTF-16 code units, times two), for tests of what happens when storage is full.
#[derive(Default)]
pub struct MemoryStore {
    pub values: std::collections::BTreeMap<String, String>,
    pub quota: usize,
}

impl MemoryStore {
    fn used(&self) -> usize {
        self.values
            .iter()
            .map(|(k, v)| 2 * (k.encode_utf16().count() + v.encode_utf16().count()))
            .sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, full_key: &str) -> Option<String> {
        self.values.get(full_key).cloned()
    }
    fn set(&mut self, full_key: &str, value: &str) -> Result<(), SaveError> {
        let old = self.values.insert(full_key.to_string(), value.to_string());
        if self.used() > self.quota {
            match old {
                Some(old) => self.values.insert(full_key.to_string(), old),
                None => self.values.remove(full_key),
            };
            return Err(SaveError::Refused);
        }
        Ok(())
    }
    fn remove(&mut self, full_key: &str) {
        self.values.remove(full_key);
    }
}

#[cfg(target_arch = "wasm32")]
impl KeyValue for web_sys::Storage {
    fn get(&self, full_key: &str) -> Option<String> {
        self.get_item(full_key).ok().flatten()
    }
    fn set(&mut self, full_key: &str, value: &str) -> Result<(), SaveError> {
        self.set_item(full_key, value)
            .map_err(|_| SaveError::Refused)
    }
    fn remove(&mut self, full_key: &str) {
        let _ = self.remove_item(full_key);
    }
}

/// `write_all` on this browser's local storage (see there): every change or none.
#[cfg(target_arch = "wasm32")]
pub fn write_all_here(changes: &[(String, Option<String>)]) -> Result<(), SaveError> {
    let mut storage = browser::local_storage().ok_or(SaveError::Unavailable)?;
    write_all(&mut storage, changes)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn write_all_here(_changes: &[(String, Option<String>)]) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

#[cfg(target_arch = "wasm32")]
mod browser {
    /// Local storage, if this browser lets us use it. Reading `window.localStorage` itself
    /// throws when cookies are blocked or in a sandboxed iframe; `web-sys` turns that into an
    /// `Err`, which we treat as "unavailable" rather than panicking (as gloo-storage would).
    pub fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }
}

/// Reads the value stored under `name`.
#[cfg(target_arch = "wasm32")]
pub fn load<T: FromJson + Migrate>(name: &str, format: u32) -> Loaded<T> {
    let Some(storage) = browser::local_storage() else {
        return Loaded::Unavailable;
    };
    match storage.get_item(&key(name)) {
        Ok(Some(raw)) => decode(&raw, format),
        Ok(None) => Loaded::Missing,
        Err(_) => Loaded::Unavailable,
    }
}

/// Stores `data` under `name`.
#[cfg(target_arch = "wasm32")]
pub fn save<T: ToJson>(name: &str, data: &T, format: u32) -> Result<(), SaveError> {
    let storage = browser::local_storage().ok_or(SaveError::Unavailable)?;
    storage
        .set_item(&key(name), &encode(data, format))
        .map_err(|_| SaveError::Refused)
}

/// The text stored under `name` as it is (`None`: nothing, or storage blocked), for code that
/// reads or changes one field of a value without its whole type (`where_you_live`).
#[cfg(target_arch = "wasm32")]
pub fn read_raw(name: &str) -> Option<String> {
    browser::local_storage()?
        .get_item(&key(name))
        .ok()
        .flatten()
}

/// Stores `text` under `name` as it is.
#[cfg(target_arch = "wasm32")]
pub fn write_raw(name: &str, text: &str) -> Result<(), SaveError> {
    let storage = browser::local_storage().ok_or(SaveError::Unavailable)?;
    storage
        .set_item(&key(name), text)
        .map_err(|_| SaveError::Refused)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn read_raw(_name: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn write_raw(_name: &str, _text: &str) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

/// Keeps an unreadable value beside the original key before anything replaces it. An existing
/// backup is never overwritten: the first unreadable value is the one worth keeping.
#[cfg(target_arch = "wasm32")]
pub fn keep_backup(name: &str, raw: &str) -> Result<(), SaveError> {
    let storage = browser::local_storage().ok_or(SaveError::Unavailable)?;
    if storage.get_item(&backup_key(name)).ok().flatten().is_some() {
        return Ok(());
    }
    storage
        .set_item(&backup_key(name), raw)
        .map_err(|_| SaveError::Refused)
}

/// Removes our value `name` and its backup; never anything else (the origin may be shared).
#[cfg(target_arch = "wasm32")]
pub fn remove(name: &str) {
    if let Some(storage) = browser::local_storage() {
        let _ = storage.remove_item(&key(name));
        let _ = storage.remove_item(&backup_key(name));
    }
}

/// The session-only switch for shared computers: kept in `sessionStorage`, so it lasts until
/// the tab is closed and is itself never saved on the device.
pub const PAUSE_KEY: &str = "sbc-guide:session:do-not-save";

#[cfg(target_arch = "wasm32")]
pub fn saving_paused() -> bool {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(PAUSE_KEY).ok().flatten())
        .is_some()
}

#[cfg(target_arch = "wasm32")]
pub fn set_saving_paused(paused: bool) {
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = if paused {
            session.set_item(PAUSE_KEY, "1")
        } else {
            session.remove_item(PAUSE_KEY)
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn remove(_name: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn saving_paused() -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_saving_paused(_paused: bool) {}

/// At build time (pre-rendering) nothing is saved yet: pages are drawn as a first visit sees
/// them, with no notice about storage.
#[cfg(not(target_arch = "wasm32"))]
pub fn load<T: FromJson + Migrate>(_name: &str, _format: u32) -> Loaded<T> {
    Loaded::Missing
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save<T: ToJson>(_name: &str, _data: &T, _format: u32) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn keep_backup(_name: &str, _raw: &str) -> Result<(), SaveError> {
    Err(SaveError::Unavailable)
}

#[cfg(test)]
mod all_or_nothing {
    use super::*;

    fn store(quota: usize) -> MemoryStore {
        let mut store = MemoryStore {
            quota,
            ..Default::default()
        };
        store
            .values
            .insert(key("checklist"), "old checklist".into());
        store.values.insert(key("contacts"), "old contacts".into());
        store
            .values
            .insert("other-app:cache".into(), "x".repeat(100));
        store
    }

    fn changes(size: usize) -> Vec<(String, Option<String>)> {
        vec![
            (key("preferences"), Some("new preferences".into())),
            (key("checklist"), Some("c".repeat(size))),
            (key("contacts"), Some("new contacts".into())),
        ]
    }

    #[test]
    fn every_change_lands_when_there_is_room() {
        let mut store = store(10_000);
        assert_eq!(write_all(&mut store, &changes(10)), Ok(()));
        assert_eq!(store.get(&key("contacts")).as_deref(), Some("new contacts"));
        assert_eq!(
            store.get(&key("preferences")).as_deref(),
            Some("new preferences")
        );
        assert_eq!(
            store.get("other-app:cache").map(|v| v.len()),
            Some(100),
            "another app's value kept"
        );
    }

    #[test]
    fn a_refused_write_leaves_everything_as_it_was() {
        // The second change does not fit: the first, already written, is taken back, and the
        // third is never written.
        let before = store(1_000).values;
        let mut store = store(1_000);
        assert_eq!(
            write_all(&mut store, &changes(400)),
            Err(SaveError::Refused)
        );
        assert_eq!(store.values, before);
    }

    #[test]
    fn a_full_store_is_put_back_even_when_the_new_values_took_its_room() {
        // The first two changes fit only in the room the old values leave; the third does
        // not fit at all. Putting the old values back must still succeed.
        let mut full = store(0);
        full.quota = full.used();
        let before = full.values.clone();
        let grow = vec![
            (key("checklist"), Some("new".into())),
            (key("contacts"), Some("n".repeat(500))),
        ];
        assert_eq!(write_all(&mut full, &grow), Err(SaveError::Refused));
        assert_eq!(full.values, before);
    }

    #[test]
    fn removing_is_part_of_the_same_change() {
        let mut store = store(10_000);
        let changes = vec![(key("checklist"), None), (key("contacts"), None)];
        assert_eq!(write_all(&mut store, &changes), Ok(()));
        assert_eq!(store.get(&key("checklist")), None);
        assert!(store.get("other-app:cache").is_some());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// A stored type with a history: format 1 kept one "name"; format 2 splits it in two.
    #[derive(Debug, PartialEq, Eq)]
    struct Person {
        first: String,
        last: String,
    }

    impl FromJson for Person {
        fn from_json(value: &Json) -> Option<Person> {
            Some(Person {
                first: crate::json::field(value, "first")?,
                last: crate::json::field(value, "last")?,
            })
        }
    }

    impl Migrate for Person {
        fn migrate(from: u32, data: Json) -> Result<Json, String> {
            match from {
                1 => {
                    let name = data.get("name").and_then(|n| n.as_str()).ok_or("no name")?;
                    let (first, last) = name.split_once(' ').unwrap_or((name, ""));
                    Ok(crate::json::object([
                        ("first", Json::String(first.into())),
                        ("last", Json::String(last.into())),
                    ]))
                }
                _ => Err(format!("no migration from format {from}")),
            }
        }
    }

    impl Migrate for BTreeMap<String, String> {}
    impl Migrate for Vec<u32> {}
    impl Migrate for Vec<String> {}

    #[test]
    fn older_formats_are_migrated_step_by_step() {
        let loaded: Loaded<Person> = decode(r#"{"format":1,"data":{"name":"Ada Lovelace"}}"#, 2);
        assert_eq!(
            loaded,
            Loaded::Found(Person {
                first: "Ada".into(),
                last: "Lovelace".into()
            })
        );
        // A migration that cannot be done leaves the value unreadable (and so backed up).
        let raw = r#"{"format":1,"data":{"nom":"x"}}"#;
        assert_eq!(
            decode::<Person>(raw, 2),
            Loaded::Unreadable {
                raw: raw.to_string()
            }
        );
        let raw = r#"{"format":0,"data":{}}"#;
        assert_eq!(
            decode::<Person>(raw, 2),
            Loaded::Unreadable {
                raw: raw.to_string()
            }
        );
    }

    #[test]
    fn round_trips() {
        let mut value = BTreeMap::new();
        value.insert("pip".to_string(), "applied".to_string());
        let text = encode(&value, 1);
        assert_eq!(decode(&text, 1), Loaded::Found(value));
    }

    #[test]
    fn keys_are_namespaced() {
        assert_eq!(key("checklist"), "sbc-guide:checklist");
        assert!(backup_key("checklist").starts_with("sbc-guide:checklist"));
    }

    #[test]
    fn newer_formats_are_left_alone() {
        let raw = r#"{"format":7,"data":"whatever"}"#;
        let loaded: Loaded<Vec<u32>> = decode(raw, 1);
        assert_eq!(
            loaded,
            Loaded::Newer {
                format: 7,
                raw: raw.to_string()
            }
        );
    }

    #[test]
    fn foreign_or_broken_values_are_unreadable_and_kept() {
        for raw in [
            "",
            "null",
            "not json",
            r#"{"format":1,"data":42}"#,
            r#"{"todos":[]}"#,
            "\u{0}\u{ffff}",
        ] {
            let loaded: Loaded<Vec<String>> = decode(raw, 1);
            assert_eq!(
                loaded,
                Loaded::Unreadable {
                    raw: raw.to_string()
                },
                "{raw:?}"
            );
        }
    }
}
