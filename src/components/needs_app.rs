//! Where the app cannot run (JavaScript off, WebAssembly turned off by iOS Lockdown Mode,
//! Edge's enhanced security or a hospital's policy, or starting failed), nothing may pretend to
//! work: a part whose controls need the app carries `contracts::NEEDS_APP_ATTRIBUTE`, and this
//! note, hidden while the app can run, says in plain words what still works and what to do
//! instead (`style/before-start.css`). Where WebAssembly is missing the pre-paint script also
//! disables the part's controls before the first paint (`public/apply-preferences.js`); where
//! starting fails or is slow, the boot module puts "Not saved" (this note's
//! `contracts::NOT_SAVED_ATTRIBUTE`) beside each field the person typed in
//! (`src/boot-body.js`). Forms use `method="dialog"`, so without the app they never submit and
//! reload the page empty, even with JavaScript off.
//!
//! ```ignore
//! view! { <form method="dialog" data-needs-app=""><NeedsAppNote text=words::needs_app::CONTACT_FORM/>…</form> }
//! ```

use crate::content::words;
use leptos::prelude::*;

/// The note for one part that needs the app: `text` from `words::needs_app`.
#[component]
pub fn NeedsAppNote(text: &'static str) -> impl IntoView {
    view! { <p class="app-needs-app" data-not-saved=words::needs_app::NOT_SAVED>{text}</p> }
}
