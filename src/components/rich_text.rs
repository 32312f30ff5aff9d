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
    }
}
