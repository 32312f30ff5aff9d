use leptos::prelude::*;

/// A part of a page that is the same on every visit (a sources list, review dates): the build
/// draws it; in the browser the app draws only an empty placeholder, and the take-over moves
/// the pre-rendered part into it (`takeover::keep`), so the part's view code and words stay
/// out of the wasm. `id` must be unique on the page. The attribute is
/// `contracts::KEPT_ATTRIBUTE` (`view!` needs it written out). Measured on the support page: 1.7 KB gzip.
pub fn kept<V: IntoView + 'static>(id: &'static str, draw: impl FnOnce() -> V) -> AnyView {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = draw;
        view! { <div data-app-kept=id></div> }.into_any()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        view! { <div data-app-kept=id>{draw()}</div> }.into_any()
    }
}
