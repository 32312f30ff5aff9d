//! The small piece of routing the app needs, bound to the browser's history.
//!
//! Leptos's router was not used: it costs about 44 KB of wasm (brotli), swallows `#main` skip
//! links, never moves focus, and needs a base path fixed at build time. Here the base is read at
//! run time from the page's `<base href>` (written per page by the build), so the same folder
//! works under any sub-path; same-origin link clicks inside the base become `pushState`
//! navigations; and every navigation moves focus to the new page's `h1` and sets the title.

use crate::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// The current page, shared through context.
#[derive(Clone, Copy)]
pub struct Navigation {
    pub route: ReadSignal<Route>,
    set_route: WriteSignal<Route>,
    /// The path the app was loaded under, for example "/intranet/cancer/sbc/".
    base: StoredValue<String>,
    /// Embed mode (`?embed=1`): no site header or footer, for another site's iframe. Kept on
    /// every address the app moves to, so a reload stays embedded.
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

fn current_route(base: &str) -> Route {
    let path = window().location().pathname().unwrap_or_default();
    relative_to_base(&path, base).map_or(Route::NotFound, Route::from_path)
}

impl Navigation {
    /// Reads the page the browser opened and starts following history changes.
    pub fn provide() -> Navigation {
        let base = base_path();
        let (route, set_route) = signal(current_route(&base));
        let nav = Navigation {
            route,
            set_route,
            base: StoredValue::new(base),
            embed: matches!(query_param("embed").as_deref(), Some("1" | "true" | "yes")),
        };
        // Back and forward: show the page the browser moved to, and say so to focus users.
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            nav.set_route.set(nav.base.with_value(|b| current_route(b)));
            after_navigation();
        });
        provide_context(nav);
        nav
    }

    /// Handles a click anywhere in the app: a plain left click on a link to one of our own
    /// pages becomes an in-app navigation; everything else is left to the browser.
    pub fn on_click(&self, ev: MouseEvent) {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(anchor) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        if !anchor.target().is_empty() || anchor.has_attribute("download") {
            return;
        }
        let href = anchor.href();
        let origin = window().location().origin().unwrap_or_default();
        if !href.starts_with(&origin) || href.contains('#') {
            // Another site, a phone number, or an anchor within a page.
            return;
        }
        let Some(route) = self
            .base
            .with_value(|base| relative_to_base(path_of(&href), base).map(Route::from_path))
        else {
            return;
        };
        ev.prevent_default();
        let href = if self.embed && !href.contains('?') {
            format!("{href}?embed=1")
        } else {
            href
        };
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        self.set_route.set(route);
        window().scroll_to_with_x_and_y(0.0, 0.0);
        after_navigation();
    }
}

/// Moves focus to the new page's heading once it is on screen, so keyboard and screen reader
/// users start reading the new page instead of being left on a link that no longer exists.
fn after_navigation() {
    request_animation_frame(|| {
        if let Some(h1) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = h1.focus();
        }
    });
}

/// Sends focus to `main`, for the skip link: the router-free equivalent of `href="#main"`,
/// which a `<base>` would otherwise resolve to the home page.
pub fn focus_main() {
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// A parameter of the page's address (`?q=samaritans` gives `Some("samaritans")`).
pub fn query_param(name: &str) -> Option<String> {
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
