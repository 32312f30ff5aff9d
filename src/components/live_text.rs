//! Text that changes after the page is drawn, written so that it stays true when a browser's
//! translation tool has rewritten the page.
//!
//! Chrome, Edge and Google Translate replace each of a page's text nodes with their own
//! `<font>` elements and go on translating text nodes added later. Leptos writes a changed
//! text into the text node it made, which by then is no longer in the page: the page would go
//! on showing the old words (a count that never moves, a status that never changes). The rule
//! for the whole app (docs/ARCHITECTURE.md, "Text that changes"):
//! - changing text is the whole content of its own element, replaced on each change
//!   ([`LiveText`]), so the tool sees a new text node and translates it;
//! - a changing list or block whose words go with a number or a link is keyed (`<For>`), so a
//!   change replaces its elements whole and never patches one entry's words into another's
//!   (a heading "Emergency: 999" over Macmillan's number).
//!
//! A keyed list must sit inside an element of the component (`<ol>`, `<div>`), never straight
//! in the page's top level: it inserts new entries into the element it was first drawn into, and a tool page is drawn off
//! screen and its children then moved into `main` (src/browser/takeover.rs), which would leave
//! a list drawn straight into the page adding entries to the off-screen copy.
//!
//! The browser tests translate pages the way Chrome does and watch for any text node the app
//! patches in place (tests/e2e/translated.test.mjs).
//!
//! ```ignore
//! view! { <p aria-live="polite"><LiveText text=Signal::derive(move || count_words())/></p> }
//! ```

use leptos::prelude::*;

/// A `<span>` whose whole content is `text`, replaced on every change (never patched). Drawn
/// with its first value, so the pre-rendered page shows it too. `class`: optional classes.
#[component]
pub fn LiveText(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    live(text, class)
}

/// In the browser the text is only the element's `textContent` (set when drawn and on every
/// change): a child text node as well would show it twice.
#[cfg(target_arch = "wasm32")]
fn live(text: Signal<String>, class: Option<&'static str>) -> impl IntoView {
    view! { <span class=class prop:textContent=move || text.get()></span> }
}

/// The build draws the first value as the element's text: properties are not written to HTML.
#[cfg(not(target_arch = "wasm32"))]
fn live(text: Signal<String>, class: Option<&'static str>) -> impl IntoView {
    let first = text.get_untracked();
    view! { <span class=class>{first}</span> }
}
