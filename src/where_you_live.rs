//! "Where do you live?": one saved answer, the benefits checklist's first question, shared by
//! every page that shows urgent numbers (see `crate::urgent`).
//!
//! It is stored inside the checklist (`sbc-guide:checklist`, `answers.nation`), so answering it
//! on the urgent symptoms or support page also answers it on the benefits page, and the other
//! way round. `public/apply-preferences.js` reads it before the first paint and sets
//! `<html data-nation>`, so lines for other nations are hidden even before the app runs.

use crate::checklist::Checklist;
use crate::content::benefits::Nation;
use crate::saved::Saved;
use crate::storage::{CHECKLIST_FORMAT, CHECKLIST_KEY};
use leptos::prelude::*;

/// The attribute on `<html>` that carries the saved nation's code (the stylesheet's
/// `[data-nations]` rules and the pre-paint script use the same name).
pub const NATION_ATTRIBUTE: &str = "data-nation";

/// The saved answer, bound to the page.
#[derive(Clone, Copy)]
pub struct WhereYouLive {
    pub checklist: Saved<Checklist>,
}

impl WhereYouLive {
    /// The page's shared answer: the one already provided (the benefits page provides its
    /// checklist), or the checklist loaded now and provided for the rest of the page.
    pub fn use_answer() -> WhereYouLive {
        if let Some(found) = use_context::<WhereYouLive>() {
            return found;
        }
        WhereYouLive::provide(Saved::<Checklist>::load(CHECKLIST_KEY, CHECKLIST_FORMAT))
    }

    /// Shares `checklist`'s answer with the page and keeps `<html data-nation>` in step.
    pub fn provide(checklist: Saved<Checklist>) -> WhereYouLive {
        let answer = WhereYouLive { checklist };
        provide_context(answer);
        Effect::new(move |_| apply(answer.get()));
        answer
    }

    pub fn get(&self) -> Option<Nation> {
        self.checklist.value.with(|c| c.answers.nation)
    }

    pub fn set(&self, nation: Option<Nation>) {
        if self.get() != nation {
            self.checklist.value.update(|c| c.answers.nation = nation);
        }
    }
}

fn apply(nation: Option<Nation>) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = document().document_element() {
        let _ = match nation {
            Some(n) => root.set_attribute(NATION_ATTRIBUTE, n.code()),
            None => root.remove_attribute(NATION_ATTRIBUTE),
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = nation;
}
