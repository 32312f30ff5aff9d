//! A value kept in local storage and bound to a signal: read once at start, written by one
//! effect on every change, never written back when it is only the default, never allowed to
//! overwrite something we could not read until a backup of it exists, and kept in step with
//! other tabs through the `storage` event.

use crate::state::storage::{self, Loaded};
use leptos::prelude::*;

/// Why what the person sees may not be kept; shown by `SaveNotice`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SaveProblem {
    /// This browser blocks storage: changes last only until the page is closed.
    Unavailable,
    /// Saved data could not be read: defaults are in use and the old data was backed up.
    Unreadable,
    /// Saved data came from a newer version of the guide: left untouched, changes not kept,
    /// until the person chooses to replace it.
    Newer,
    /// The browser refused to save the last change (usually: storage is full).
    Refused,
    /// The person chose not to save anything on this device (a shared computer).
    Paused,
}

/// A stored value and what happened when reading or writing it.
pub struct Saved<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    pub problem: RwSignal<Option<SaveProblem>>,
    name: &'static str,
    format: u32,
    writable: StoredValue<bool>,
    /// Set just before a change that must not be written (it came from storage itself).
    skip_write: StoredValue<bool>,
    /// What a newer version saved, kept so it can be backed up before being replaced.
    newer_raw: StoredValue<Option<String>>,
    /// The stored text this tab last read or wrote (`None`: nothing was stored). Before each
    /// write the latest stored text is compared with it: if another tab has saved since (an
    /// event this tab missed while frozen or in the back/forward cache), its changes are
    /// merged in first (`crate::domain::merge`), never written over.
    base: StoredValue<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for Saved<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Saved<T> {}

impl<T> Saved<T>
where
    T: Clone + PartialEq + storage::Stored + Send + Sync + 'static,
{
    /// Loads the value (from `T::KEY`, in `T::FORMAT`) and keeps it saved from now on.
    pub fn load() -> Saved<T> {
        let (name, format) = (T::KEY.code(), T::FORMAT);
        let mut newer = None;
        let (initial, problem, writable) = match storage::load::<T>(name, format) {
            Loaded::Missing => (T::default(), None, true),
            Loaded::Found(value) => (value, None, true),
            Loaded::Unreadable { raw } => {
                // Only once the unreadable value is safe elsewhere may we write over it.
                let kept = storage::keep_backup(name, &raw).is_ok();
                (T::default(), Some(SaveProblem::Unreadable), kept)
            }
            Loaded::Newer { raw, .. } => {
                newer = Some(raw);
                (T::default(), Some(SaveProblem::Newer), false)
            }
            Loaded::Unavailable => (T::default(), Some(SaveProblem::Unavailable), false),
        };
        let paused = storage::saving_paused() && problem != Some(SaveProblem::Unavailable);
        let base = storage::read_raw(name);
        let saved = Saved {
            value: RwSignal::new(initial),
            problem: RwSignal::new(if paused {
                Some(SaveProblem::Paused)
            } else {
                problem
            }),
            name,
            format,
            writable: StoredValue::new(writable && !paused),
            skip_write: StoredValue::new(false),
            newer_raw: StoredValue::new(newer),
            base: StoredValue::new(base),
        };
        let as_loaded = StoredValue::new(Some(saved.value.get_untracked()));
        Effect::new(move |_| {
            saved.value.track();
            let skip = saved.skip_write.get_value();
            saved.skip_write.set_value(false);
            // What was just read needs no writing back; but a change made before this first
            // run (the app carrying over what the person did on the pre-rendered page) does.
            let unchanged = as_loaded
                .try_update_value(|loaded| {
                    loaded
                        .take()
                        .is_some_and(|loaded| saved.value.with_untracked(|v| *v == loaded))
                })
                .unwrap_or(false);
            if unchanged || skip || !saved.writable.get_value() {
                return;
            }
            saved.write();
        });
        // Another tab changed or cleared our value: show what it saved.
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key() != Some(storage::key(name)) || !saved.writable.get_value() {
                return;
            }
            let next = match ev.new_value() {
                None => Some(T::default()),
                Some(raw) => match storage::decode::<T>(&raw, format) {
                    Loaded::Found(value) => Some(value),
                    _ => None,
                },
            };
            if let Some(next) = next {
                saved.base.set_value(ev.new_value());
                if saved.value.with_untracked(|v| *v != next) {
                    saved.skip_write.set_value(true);
                    saved.value.set(next);
                }
            }
        });
        // A page restored from the back/forward cache, or woken after the browser froze it,
        // missed the storage events of that time: it shows what is saved now.
        let catch_up = move || {
            if saved.writable.get_value() {
                saved.catch_up();
            }
        };
        let _ = window_event_listener(leptos::ev::pageshow, move |_| catch_up());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| catch_up());
        saved
    }

    /// Shows the latest saved value when another tab has saved since this one last read.
    fn catch_up(&self) {
        let latest = storage::read_raw(self.name);
        if latest == self.base.get_value() {
            return;
        }
        if let Some(merged) = self.merged_with(latest) {
            if self.value.with_untracked(|v| *v != merged) {
                self.skip_write.set_value(true);
                self.value.set(merged);
            }
        }
    }

    /// This tab's value with the changes saved since it last read merged in (`None`: what is
    /// saved now is unreadable or from a newer version, which is never written over; the
    /// problem is shown and saving stops).
    fn merged_with(&self, latest: Option<String>) -> Option<T> {
        let decode = |raw: &Option<String>| match raw {
            None => Loaded::Missing,
            Some(raw) => storage::decode::<T>(raw, self.format),
        };
        let theirs = match decode(&latest) {
            Loaded::Found(value) => value,
            // Removed by another tab ("Delete everything"): this tab's own changes since
            // then are kept on top of the defaults.
            Loaded::Missing | Loaded::Unavailable => T::default(),
            Loaded::Unreadable { raw } => {
                let _ = storage::keep_backup(self.name, &raw);
                self.writable.set_value(false);
                self.problem.set(Some(SaveProblem::Unreadable));
                return None;
            }
            Loaded::Newer { raw, .. } => {
                self.newer_raw.set_value(Some(raw));
                self.writable.set_value(false);
                self.problem.set(Some(SaveProblem::Newer));
                return None;
            }
        };
        let base = match decode(&self.base.get_value()) {
            Loaded::Found(value) => value,
            _ => T::default(),
        };
        self.base.set_value(latest);
        Some(
            self.value
                .with_untracked(|ours| T::merge(&base, ours, &theirs)),
        )
    }

    fn write(&self) {
        let latest = storage::read_raw(self.name);
        if latest != self.base.get_value() {
            let Some(merged) = self.merged_with(latest) else {
                return;
            };
            if self.value.with_untracked(|v| *v != merged) {
                self.skip_write.set_value(true);
                self.value.set(merged);
            }
        }
        let text = self
            .value
            .with_untracked(|v| storage::encode(v, self.format));
        let result = storage::write_raw(self.name, &text);
        match result {
            Ok(()) => {
                self.base.set_value(Some(text));
                if self.problem.get_untracked() == Some(SaveProblem::Refused) {
                    self.problem.set(None);
                }
                crate::state::lasting::after_save();
            }
            Err(storage::SaveError::Unavailable) => {
                self.problem.set(Some(SaveProblem::Unavailable))
            }
            Err(storage::SaveError::Refused) => self.problem.set(Some(SaveProblem::Refused)),
        }
    }

    /// True when changes are being saved on this device.
    pub fn is_saving(&self) -> bool {
        self.writable.get_value()
    }

    /// Removes the saved value (and any backup) from this device and shows the defaults.
    pub fn clear(&self) {
        storage::remove(self.name);
        self.base.set_value(None);
        self.skip_write.set_value(true);
        self.value.set(T::default());
        if self.problem.get_untracked() == Some(SaveProblem::Unreadable) {
            self.problem.set(None);
        }
    }

    /// What saving `value` writes, for a change of several values at once
    /// (`SavedData::replace`): its key and text, and, where a newer version's data would be
    /// written over, that data's backup first (unless a backup is kept already).
    fn changes_for(&self, value: &T) -> Vec<(String, Option<String>)> {
        let mut changes = Vec::new();
        if let Some(raw) = self.newer_raw.get_value() {
            if storage::read_raw(&format!("{}:unreadable-backup", self.name)).is_none() {
                changes.push((storage::backup_key(self.name), Some(raw)));
            }
        }
        changes.push((
            storage::key(self.name),
            Some(storage::encode(value, self.format)),
        ));
        changes
    }

    /// Shows a value that is saved already (by `SavedData::replace`), without writing it again.
    fn show_saved(&self, value: T) {
        self.base
            .set_value(Some(storage::encode(&value, self.format)));
        self.newer_raw.set_value(None);
        if matches!(
            self.problem.get_untracked(),
            Some(SaveProblem::Newer | SaveProblem::Refused | SaveProblem::Unreadable)
        ) {
            self.problem.set(None);
        }
        self.writable.set_value(true);
        self.skip_write.set_value(true);
        self.value.set(value);
    }

    /// The person chose to use this version over data a newer version saved: that data is
    /// backed up first, then this version's value is saved from now on.
    pub fn replace_newer(&self) {
        if let Some(raw) = self.newer_raw.get_value() {
            if storage::keep_backup(self.name, &raw).is_err() {
                return;
            }
        }
        self.newer_raw.set_value(None);
        self.writable.set_value(true);
        self.problem.set(None);
        self.write();
    }

    /// Stops or restarts saving (the shared-computer switch).
    pub fn pause(&self, paused: bool) {
        if paused {
            self.writable.set_value(false);
            self.problem.set(Some(SaveProblem::Paused));
        } else if self.problem.get_untracked() == Some(SaveProblem::Paused) {
            self.writable.set_value(true);
            self.problem.set(None);
            self.write();
        }
    }
}

/// Everything the person has saved, one `Saved` per `StoredKey`: what "Your data" exports,
/// imports, deletes and pauses. Each method takes the struct apart without `..`, and `keys`
/// has one entry per `StoredKey`, so a new stored value is a compile error here until every
/// one of them handles it.
#[derive(Clone, Copy)]
pub struct SavedData {
    pub preferences: Saved<crate::state::preferences::Preferences>,
    pub checklist: Saved<crate::domain::checklist::Checklist>,
    pub contacts: Saved<crate::domain::contacts::Contacts>,
}

impl SavedData {
    /// Loads what is saved; `preferences` is the shell's (every page follows them).
    pub fn load(preferences: Saved<crate::state::preferences::Preferences>) -> SavedData {
        SavedData {
            preferences,
            checklist: Saved::load(),
            contacts: Saved::load(),
        }
    }

    /// The key of each value, in the order of the fields.
    pub fn keys() -> [storage::StoredKey; storage::StoredKey::ALL.len()] {
        use storage::Stored;
        [
            crate::state::preferences::Preferences::KEY,
            crate::domain::checklist::Checklist::KEY,
            crate::domain::contacts::Contacts::KEY,
        ]
    }

    /// What is saved now (tracked: a view reading it follows every change).
    pub fn current(&self) -> crate::state::your_data::YourData {
        let SavedData {
            preferences,
            checklist,
            contacts,
        } = *self;
        crate::state::your_data::YourData {
            preferences: preferences.value.get(),
            checklist: checklist.value.get(),
            contacts: contacts.value.get(),
        }
    }

    /// Replaces everything with an imported file's data: all of it is written and read back,
    /// and only then shown; if any part cannot be written (storage full, blocked, or saving
    /// paused on this device), nothing saved changes and nothing shown changes
    /// (`storage::write_all`).
    pub fn replace(
        &self,
        data: crate::state::your_data::YourData,
    ) -> Result<(), storage::SaveError> {
        let SavedData {
            preferences,
            checklist,
            contacts,
        } = *self;
        let crate::state::your_data::YourData {
            preferences: new_preferences,
            checklist: new_checklist,
            contacts: new_contacts,
        } = data;
        if storage::saving_paused() {
            return Err(storage::SaveError::Unavailable);
        }
        let mut changes = preferences.changes_for(&new_preferences);
        changes.extend(checklist.changes_for(&new_checklist));
        changes.extend(contacts.changes_for(&new_contacts));
        storage::write_all_here(&changes)?;
        preferences.show_saved(new_preferences);
        checklist.show_saved(new_checklist);
        contacts.show_saved(new_contacts);
        crate::state::lasting::after_save();
        Ok(())
    }

    /// Removes everything from this device.
    pub fn clear(&self) {
        let SavedData {
            preferences,
            checklist,
            contacts,
        } = *self;
        preferences.clear();
        checklist.clear();
        contacts.clear();
    }

    /// Stops or restarts saving everything (the shared-computer switch).
    pub fn pause(&self, paused: bool) {
        let SavedData {
            preferences,
            checklist,
            contacts,
        } = *self;
        preferences.pause(paused);
        checklist.pause(paused);
        contacts.pause(paused);
    }
}

#[cfg(test)]
mod tests {
    use super::SavedData;
    use crate::state::storage::StoredKey;

    #[test]
    fn every_stored_key_is_one_of_your_data() {
        let keys = SavedData::keys();
        for key in StoredKey::ALL {
            assert!(keys.contains(&key), "{key:?} is not in SavedData");
        }
    }
}
