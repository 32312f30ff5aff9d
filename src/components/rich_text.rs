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
            let class = match target {
                Target::Tel(_) => "app-link app-link--tel",
                _ => "app-link",
            };
            view! { <a class=class href=target.href()>{text}</a> }.into_any()
        }
    }
}
