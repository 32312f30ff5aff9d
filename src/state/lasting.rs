//! Storage that lasts: asking the browser to keep the guide's data (`navigator.storage.persist()`)
//! when the person first saves something, what to tell them where it may not last, and the
//! date they last downloaded a copy.
//!
//! Why: browsers may clear a site's storage when a device runs low on space unless the site's
//! storage is persistent (Storage Standard, "Persistence"); Safari on iPhone and iPad deletes a
//! site's script-written storage after seven days of Safari use without a visit (WebKit,
//! "Full Third-Party Cookie Blocking and More", 2020, "7-Day Cap on All Script-Writeable
//! Storage"); and a web app added to the Home Screen keeps its own storage, apart from Safari's.
//! The two notes here are about this device, not the person's data, so they are neither exported
//! nor imported; "Delete everything" removes them.

use crate::content::Date;
use crate::state::storage;

/// After `storage::NAMESPACE`: that persistent storage was asked for on this device ("1"), so
/// the browser is asked once, not on every save (Firefox shows the person a prompt).
pub const PERSISTENCE_ASKED_KEY: &str = "persistence-asked";
/// After `storage::NAMESPACE`: the day a copy of the person's data was last downloaded here
/// (`YYYY-MM-DD`).
pub const LAST_DOWNLOAD_KEY: &str = "last-download";

crate::content::kinds::coded! {
    /// How long what the guide saves is likely to last on this device. The pre-paint script
    /// (`public/apply-preferences.js`) decides it from what the browser says and sets its code
    /// on `<html>` as `contracts::LASTING_ATTRIBUTE`; the stylesheet (`style/keeping.css`) then
    /// shows the words for it, which the build drew for every case, so none of this is wasm.
    pub enum Lasting {
        /// `navigator.storage.persisted()` said yes: kept until the person deletes it (or
        /// clears browsing data).
        Persistent = "persistent",
        /// It may be cleared, for example when the device runs low on space.
        MayBeCleared = "may-be-cleared",
        /// Safari on iPhone or iPad: deleted after seven days of use without a visit.
        SafariSevenDays = "safari-seven-days",
        /// Opened from the Home Screen of an iPhone or iPad: kept apart from Safari's.
        HomeScreenApart = "home-screen-apart",
    }
}

/// The day a copy was last downloaded on this device, if one was.
pub fn last_download() -> Option<Date> {
    storage::read_raw(LAST_DOWNLOAD_KEY).and_then(|text| Date::from_iso(&text))
}

/// Notes that a copy was downloaded on `day`.
pub fn note_download(day: Date) {
    let _ = storage::write_raw(LAST_DOWNLOAD_KEY, &day.iso());
}

/// Removes this module's notes about the device ("Delete everything").
pub fn forget() {
    storage::remove(PERSISTENCE_ASKED_KEY);
    storage::remove(LAST_DOWNLOAD_KEY);
}

/// After each successful save: marks the page as holding saved data
/// (`contracts::SAVED_ATTRIBUTE`, which shows the notice of how long it lasts), and asks the
/// browser to keep the guide's data, only the first time on this device.
pub fn after_save() {
    let first_time = storage::read_raw(PERSISTENCE_ASKED_KEY).is_none()
        && storage::write_raw(PERSISTENCE_ASKED_KEY, "1").is_ok();
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute(crate::contracts::SAVED_ATTRIBUTE, "");
        }
        // navigator.storage exists only in a secure context (not on a plain http:// intranet).
        if first_time && window.is_secure_context() {
            // The answer is read again where it is shown (`navigator.storage.persisted()`).
            let _ = window.navigator().storage().persist();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = first_time;
}
