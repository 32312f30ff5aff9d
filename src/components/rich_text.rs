use crate::content::markup::{self, Inline, Target};
use leptos::prelude::*;

/// Text in the content's inline markup, rendered as text, `<strong>` and links.
#[component]
pub fn RichText(text: &'static str) -> impl IntoView {
    match markup::parse(text) {
        Ok(runs) => runs.into_iter().map(run).collect_view().into_any(),
        // The content tests reject broken markup, so this only guards against a panic.
        Err(_) => text.into_any(),
    }
}

fn run(run: Inline<'static>) -> AnyView {
    match run {
        Inline::Text(text) => text.into_any(),
        Inline::Strong(text) => view! { <strong>{text}</strong> }.into_any(),
        Inline::Link { text, target } => {
            // A number is never translated (a tool may turn "0808" into words or reorder it).
            let (class, translate) = match target {
                Target::Tel(_) => ("app-link app-link--tel", Some("no")),
                _ => ("app-link", None),
            };
            view! { <a class=class href=target.href() translate=translate>{text}</a> }.into_any()
        }
        Inline::Term { id, text, strong } => term(id, text, strong),
    }
}

/// A glossary mark: a link to the word's entry, with its meaning beside it, hidden. Where the
/// browser has popovers, the reading pages' boot module (`src/glossary-marks.js`) makes the
/// link act as a button that shows the meaning in place; elsewhere, and without JavaScript, it
/// stays a link. The `data-app-term` and class names are `contracts::TERM_*`.
#[cfg(not(target_arch = "wasm32"))]
fn term(id: &'static str, text: &'static str, strong: bool) -> AnyView {
    use crate::content::{glossary, words};
    use crate::route::Route;
    let Some(entry) = glossary::term(id) else {
        return text.into_any();
    };
    let href = format!("{}#{id}", Route::Glossary.href());
    let meaning = format!("app-term-{id}");
    let (link_target, close_target) = (meaning.clone(), meaning.clone());
    let words = if strong {
        view! { <strong>{text}</strong> }.into_any()
    } else {
        text.into_any()
    };
    view! {
        <a class="app-term" href=href.clone() data-app-term=link_target>{words}</a>
        <span class="app-term__meaning" id=meaning hidden=true>
            // First, so it is reachable however long the meaning is at large text; a declarative
            // `popovertarget`, so it closes with no script of its own.
            <button type="button" class="app-button app-button--secondary app-button--small app-term__close" popovertarget=close_target popovertargetaction="hide">
                {words::glossary::CLOSE}
            </button>
            <strong class="app-term__name">{entry.term}</strong>" "
            <RichText text=entry.meaning/>" "
            <a class="app-link" href=href>{words::glossary::MORE_WORDS}</a>
        </span>
    }
    .into_any()
}

/// The wasm never draws a guide page's words (`components::island`): a mark there is its text.
#[cfg(target_arch = "wasm32")]
fn term(_id: &'static str, text: &'static str, _strong: bool) -> AnyView {
    text.into_any()
}
