//! A value kept in local storage and bound to a signal: read once at start, written by one
//! effect on every change, never written back when it is only the default, never allowed to
//! overwrite something we could not read until a backup of it exists, and kept in step with
//! other tabs through the `storage` event.

use crate::state::storage::{self, Loaded};
use leptos::prelude::*;

/// Why what the person sees may not be kept; shown by `SaveNotice`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
                if saved.value.with_untracked(|v| *v != next) {
                    saved.skip_write.set_value(true);
                    saved.value.set(next);
                }
            }
        });
        saved
    }

    fn write(&self) {
        let result = self
            .value
            .with_untracked(|v| storage::save(self.name, v, self.format));
        match result {
            Ok(()) => {
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
        self.skip_write.set_value(true);
        self.value.set(T::default());
        if self.problem.get_untracked() == Some(SaveProblem::Unreadable) {
            self.problem.set(None);
        }
    }

    /// Replaces the value (from an imported file) and saves it.
    pub fn replace(&self, value: T) {
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

    /// Replaces everything with an imported file's data, and saves it.
    pub fn replace(&self, data: crate::state::your_data::YourData) {
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
        preferences.replace(new_preferences);
        checklist.replace(new_checklist);
        contacts.replace(new_contacts);
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
