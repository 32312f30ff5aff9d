//! "Where do you live?": one saved answer, the benefits checklist's first question, shared by
//! every page that shows urgent numbers (see `crate::domain::urgent`).
//!
//! It is stored inside the checklist (`sbc-guide:checklist`, `data.answers.nation`), so answering
//! it on the urgent symptoms or support page also answers it on the benefits page, and the other
//! way round. Pages other than the benefits page read and write only that one field of the
//! stored text (`nation_in`, `with_nation`), so their wasm does not carry the whole checklist
//! (measured: 29 KB gzip on the guide's pages). `public/apply-preferences.js` reads the same
//! field before the first paint and sets `<html data-nation>`, so lines for other nations are
//! hidden even before the app runs.

use crate::content::benefits::Nation;
use crate::json::Json;
use crate::state::storage::CHECKLIST_FORMAT;
use leptos::prelude::*;

/// The nation in a stored checklist text (`None`: nothing stored, not answered, or not
/// readable).
pub fn nation_in(stored: Option<&str>) -> Option<Nation> {
    let envelope = Json::parse(stored?).ok()?;
    if envelope.get("format")?.as_u64()? != u64::from(CHECKLIST_FORMAT) {
        return None;
    }
    Nation::from_code(
        envelope
            .get("data")?
            .get("answers")?
            .get("nation")?
            .as_str()?,
    )
}

/// The stored checklist text with its nation set to `nation`, everything else kept as it was.
/// With nothing stored, a checklist with only that answer. `None` when what is stored cannot be
/// read or comes from another version: then it is left alone (the benefits page backs it up or
/// keeps it read-only, and says so).
pub fn with_nation(stored: Option<&str>, nation: Option<Nation>) -> Option<String> {
    let code = nation.map_or(Json::Null, |n| Json::String(n.code().into()));
    let Some(stored) = stored else {
        return Some(format!(
            "{{\"format\":{CHECKLIST_FORMAT},\"data\":{{\"answers\":{{\"nation\":{}}},\"progress\":{{}}}}}}",
            code.to_text()
        ));
    };
    let mut envelope = Json::parse(stored).ok()?;
    if envelope.get("format")?.as_u64()? != u64::from(CHECKLIST_FORMAT) {
        return None;
    }
    let answers = field_mut(field_mut(&mut envelope, "data")?, "answers")?;
    let Json::Object(fields) = answers else {
        return None;
    };
    match fields.iter_mut().find(|(k, _)| k == "nation") {
        Some((_, value)) => *value = code,
        None => fields.push(("nation".into(), code)),
    }
    Some(envelope.to_text())
}

fn field_mut<'a>(value: &'a mut Json, name: &str) -> Option<&'a mut Json> {
    match value {
        Json::Object(fields) => fields.iter_mut().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    }
}

/// The saved answer, bound to the page. (The benefits page asks the same question through its
/// own checklist; it shows no urgent numbers, so it does not use this.)
#[derive(Clone, Copy)]
pub struct WhereYouLive {
    nation: RwSignal<Option<Nation>>,
}

impl WhereYouLive {
    /// The page's shared answer: read from storage once per page, and written straight back
    /// (into the checklist, everything else in it kept) when the person changes it.
    pub fn use_answer() -> WhereYouLive {
        if let Some(found) = use_context::<WhereYouLive>() {
            return found;
        }
        let stored = crate::state::storage::read_raw(crate::state::storage::CHECKLIST_KEY);
        let answer = WhereYouLive {
            nation: RwSignal::new(nation_in(stored.as_deref())),
        };
        provide_context(answer);
        Effect::new(move |_| apply(answer.nation.get()));
        answer
    }

    pub fn get(&self) -> Option<Nation> {
        self.nation.get()
    }

    pub fn set(&self, nation: Option<Nation>) {
        if self.nation.get_untracked() == nation {
            return;
        }
        self.nation.set(nation);
        let key = crate::state::storage::CHECKLIST_KEY;
        if !crate::state::storage::saving_paused() {
            if let Some(text) = with_nation(crate::state::storage::read_raw(key).as_deref(), nation)
            {
                let _ = crate::state::storage::write_raw(key, &text);
            }
        }
    }
}

fn apply(nation: Option<Nation>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = document().document_element() {
        let _ = match nation {
            Some(n) => root.set_attribute(crate::contracts::NATION_ATTRIBUTE, n.code()),
            None => root.remove_attribute(crate::contracts::NATION_ATTRIBUTE),
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = nation;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::{Checklist, Status};
    use crate::state::storage::{decode, encode, Loaded};

    #[test]
    fn setting_the_nation_keeps_everything_else_saved() {
        let mut checklist = Checklist::default();
        checklist.answers.nation = Some(Nation::Scotland);
        checklist.answers.working = Some(true);
        checklist.set_status("pip", Status::Applied);
        checklist.set_note("pip", "ref 123");
        let stored = encode(&checklist, CHECKLIST_FORMAT);
        assert_eq!(nation_in(Some(&stored)), Some(Nation::Scotland));
        let changed = with_nation(Some(&stored), Some(Nation::NorthernIreland)).unwrap();
        let Loaded::Found(read) = decode::<Checklist>(&changed, CHECKLIST_FORMAT) else {
            panic!("{changed}");
        };
        checklist.answers.nation = Some(Nation::NorthernIreland);
        assert_eq!(read, checklist);
        let cleared = with_nation(Some(&changed), None).unwrap();
        assert_eq!(nation_in(Some(&cleared)), None);
    }

    #[test]
    fn with_nothing_saved_only_the_answer_is_written() {
        let written = with_nation(None, Some(Nation::Wales)).unwrap();
        let Loaded::Found(read) = decode::<Checklist>(&written, CHECKLIST_FORMAT) else {
            panic!("{written}");
        };
        let mut expected = Checklist::default();
        expected.answers.nation = Some(Nation::Wales);
        assert_eq!(read, expected);
    }

    #[test]
    fn unreadable_or_newer_checklists_are_never_touched() {
        for stored in [
            "not json",
            "{\"format\":9,\"data\":{}}",
            "{\"format\":1,\"data\":[]}",
        ] {
            assert_eq!(
                with_nation(Some(stored), Some(Nation::England)),
                None,
                "{stored}"
            );
            assert_eq!(nation_in(Some(stored)), None);
        }
    }
}
