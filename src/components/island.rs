//! The parts of a reading page that differ from person to person.
//!
//! A reading page (home, the guide's contents and its pages, "page not found") is the same for
//! everyone apart from a few parts: the urgent numbers (where the person lives, their own lines,
//! the hospital's line). The notice that a page is past its review date needs no wasm (see
//! `components::out_of_date`). The build draws each such part, as a first visit sees it, inside an element marked with its name
//! (`contracts::ISLAND_ATTRIBUTE`); in the browser the reading pages' bundle leaves the page as
//! built and draws only these parts again, live (`app::start`). So the guide's words never
//! enter the wasm, and the bundle costs the same at 8 pages or 40 (docs/decisions/0008).

use crate::components::urgent_numbers::UrgentNumbersBlock;
use crate::content::kinds::coded;
use leptos::prelude::*;

coded! {
    /// A part of a reading page that the browser draws again (the code is the value of
    /// `contracts::ISLAND_ATTRIBUTE`).
    pub enum Island {
        /// The urgent numbers inside a guide page (the urgent symptoms page's).
        UrgentNumbers = "urgent-numbers",
    }
}

impl Island {
    /// The part as it is now: at build time as a first visit sees it; in the browser from
    /// what is saved and the hospital's settings. Needs the shell's contexts (`app::Shell`).
    pub fn draw(self) -> AnyView {
        match self {
            Island::UrgentNumbers => view! { <UrgentNumbersBlock/> }.into_any(),
        }
    }
}

/// The part, in an element marked with its name, so the browser finds it.
pub fn island(island: Island) -> impl IntoView {
    // `view!` needs the attribute's name written out: it is `contracts::ISLAND_ATTRIBUTE`.
    view! { <div data-app-island=island.code()>{island.draw()}</div> }
}
