//! A value kept in local storage and bound to a signal: read once at start, written by one
//! effect on every change, never written back when it is only the default, and never allowed
//! to overwrite something we could not read until a backup of it exists.

use crate::storage::{self, Loaded};
use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

/// Why what the person sees may not be kept; shown by `SaveNotice`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// This browser blocks storage: changes last only until the page is closed.
    Unavailable,
    /// Saved data could not be read: defaults are in use and the old data was backed up.
    Unreadable,
    /// Saved data came from a newer version of the guide: left untouched, changes not kept.
    Newer,
    /// The browser refused to save the last change (usually: storage is full).
    Refused,
}

/// A stored value and what happened when reading or writing it.
pub struct Saved<T: Send + Sync + 'static> {
    pub value: RwSignal<T>,
    pub problem: RwSignal<Option<SaveProblem>>,
}

impl<T: Send + Sync + 'static> Clone for Saved<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Saved<T> {}

impl<T> Saved<T>
where
    T: Clone + Default + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// Loads `name` (format `format`) and keeps it saved from now on.
    pub fn load(name: &'static str, format: u32) -> Saved<T> {
        let (initial, problem, writable) = match storage::load::<T>(name, format) {
            Loaded::Missing => (T::default(), None, true),
            Loaded::Found(value) => (value, None, true),
            Loaded::Unreadable { raw } => {
                // Only once the unreadable value is safe elsewhere may we write over it.
                let kept = storage::keep_backup(name, &raw).is_ok();
                (T::default(), Some(SaveProblem::Unreadable), kept)
            }
            Loaded::Newer { .. } => (T::default(), Some(SaveProblem::Newer), false),
            Loaded::Unavailable => (T::default(), Some(SaveProblem::Unavailable), false),
        };
        let value = RwSignal::new(initial);
        let problem = RwSignal::new(problem);
        Effect::new(move |first_run_done: Option<()>| {
            value.track();
            // The first run only subscribes: what was just read needs no writing back.
            if first_run_done.is_none() || !writable {
                return;
            }
            let result = value.with_untracked(|v| storage::save(name, v, format));
            match result {
                Ok(()) => {
                    if problem.get_untracked() == Some(SaveProblem::Refused) {
                        problem.set(None);
                    }
                }
                Err(storage::SaveError::Unavailable) => problem.set(Some(SaveProblem::Unavailable)),
                Err(storage::SaveError::Refused) => problem.set(Some(SaveProblem::Refused)),
            }
        });
        Saved { value, problem }
    }
}
