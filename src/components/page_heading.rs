use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// The page's `h1`. It carries `elementtiming`, so the first-load benchmark can tell exactly
/// when the page's own heading was painted (PerformanceElementTiming); browsers ignore it
/// otherwise.
#[component]
pub fn PageHeading(text: &'static str) -> impl IntoView {
    view! { <h1 class="app-heading-xl">{text}</h1> }
        .add_any_attr(custom_attribute("elementtiming", "page-heading"))
}
