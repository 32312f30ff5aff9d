//! Where the person is: the page, read from the address, and embed mode.
//!
//! Every page is its own pre-rendered `index.html` (see `sitegen`), so links are plain links:
//! they work before the wasm arrives, with JavaScript off, and the browser handles history,
//! focus and titles as on any website. Leptos's router was not used: it costs about 44 KB of
//! wasm (brotli), swallows `#main` skip links and needs a base path fixed at build time. The base
//! is read at run time from the page's `<base href>`, so the folder works under any sub-path.

use crate::route::Route;
use leptos::prelude::*;

/// The current page, shared through context.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub route: Route,
    /// Embed mode (`?embed=1`): no site header or footer, for another site's iframe. The
    /// pre-paint script (`public/apply-preferences.js`) keeps it on every link the person
    /// follows to our own pages, with or without the app.
    pub embed: bool,
}

/// The app's navigation state; panics only if called outside `App` (a programming error).
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// The path part of an absolute URL ("https://h/a/b?q#f" gives "/a/b").
pub fn path_of(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let end = path.find(['?', '#']).unwrap_or(path.len());
    &path[..end]
}

/// The part of `path` under `base`, or `None` when the path is outside the app.
pub fn relative_to_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let base_dir = base.trim_end_matches('/');
    let rest = path.strip_prefix(base_dir)?;
    if rest.is_empty() || rest.starts_with('/') {
        Some(rest.trim_start_matches('/'))
    } else {
        None
    }
}

fn base_path() -> String {
    let base_uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = path_of(&base_uri);
    // `<base href>` normally ends in "/"; when it names a file, its folder is the base.
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".to_string(),
    }
}

/// The page the browser opened. The build writes one `index.html` per page, so this agrees
/// with the pre-rendered HTML; a host that serves the home page for unknown addresses gets the
/// not-found page instead of the wrong one.
pub fn current_route() -> Route {
    let path = window().location().pathname().unwrap_or_default();
    relative_to_base(&path, &base_path()).map_or(Route::NotFound, Route::from_path)
}

/// True when the address asks for embed mode.
pub fn embed_requested() -> bool {
    matches!(query_param("embed").as_deref(), Some("1" | "true" | "yes"))
}

impl Navigation {
    pub fn provide(route: Route, embed: bool) -> Navigation {
        let nav = Navigation { route, embed };
        provide_context(nav);
        nav
    }
}

/// A parameter of the page's address (`?q=samaritans` gives `Some("samaritans")`). At build
/// time there is no address: `None`.
pub fn query_param(name: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Rewrites the address's query without adding a history entry (search as you type), so the
/// current search can be bookmarked or shared. Empty values are left out.
pub fn replace_query(params: &[(&str, &str)]) {
    let Ok(search) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (name, value) in params {
        if !value.is_empty() {
            search.append(name, value);
        }
    }
    let query: String = search.to_string().into();
    let path = window().location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_of_drops_origin_query_and_fragment() {
        assert_eq!(path_of("https://h.nhs.uk/a/b/?q=1#x"), "/a/b/");
        assert_eq!(path_of("http://127.0.0.1:8080"), "/");
        assert_eq!(path_of("http://127.0.0.1:8080/"), "/");
    }

    #[test]
    fn relative_to_base_keeps_inside_the_app() {
        assert_eq!(relative_to_base("/sbc/guide/x/", "/sbc/"), Some("guide/x/"));
        assert_eq!(relative_to_base("/sbc/", "/sbc/"), Some(""));
        assert_eq!(relative_to_base("/sbc", "/sbc/"), Some(""));
        assert_eq!(relative_to_base("/guide/x/", "/"), Some("guide/x/"));
        assert_eq!(relative_to_base("/other/", "/sbc/"), None);
        assert_eq!(relative_to_base("/sbc-old/", "/sbc/"), None);
    }
}
