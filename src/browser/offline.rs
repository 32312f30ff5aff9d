//! The offline copy: registers the service worker that `sitegen` writes for each build, and
//! tells the app when a new version is ready. A new version is never switched on under an open
//! page (old pages would load new files); the person chooses "Reload" and then it applies.
//! Where no service worker can run (plain http intranets, old browsers) nothing happens and
//! the app works as usual. `"offline": false` in the hospital settings file switches it off:
//! our worker is unregistered and our caches deleted.

use leptos::prelude::*;

/// Shared state: whether a new version is waiting.
#[derive(Clone, Copy)]
pub struct Offline {
    pub update_ready: RwSignal<bool>,
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Offline;
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    /// The browser's service worker container, if this page may use one at all.
    pub(super) fn container() -> Option<ServiceWorkerContainer> {
        let window = web_sys::window()?;
        if !window.is_secure_context() {
            return None;
        }
        // Old browsers have no serviceWorker; in a sandboxed iframe merely reading it throws.
        // Reflect.get turns both into a value we can check instead of an exception.
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
            .ok()
            .and_then(|value| value.dyn_into::<ServiceWorkerContainer>().ok())
    }

    /// The browser's caches, if this page may use them: `window.caches` is undefined outside
    /// a secure context (a plain http:// intranet), where calling it would stop the app.
    pub(super) fn cache_storage() -> Option<web_sys::CacheStorage> {
        let window = web_sys::window()?;
        if !window.is_secure_context() {
            return None;
        }
        js_sys::Reflect::get(&window, &JsValue::from_str("caches"))
            .ok()
            .and_then(|value| value.dyn_into::<web_sys::CacheStorage>().ok())
    }

    fn watch(
        registration: &ServiceWorkerRegistration,
        container: &ServiceWorkerContainer,
        offline: Offline,
    ) {
        // Already waiting from an earlier visit, while this page runs the old version.
        if registration.waiting().is_some() && container.controller().is_some() {
            offline.update_ready.set(true);
        }
        let reg = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                let controlled = self::container().and_then(|c| c.controller()).is_some();
                // The first install has nothing to replace; only a later one is "new".
                if worker.state() == ServiceWorkerState::Installed && controlled {
                    offline.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    }

    pub async fn register(offline: Offline) {
        let Some(container) = container() else { return };
        let Ok(registration) =
            JsFuture::from(container.register(crate::contracts::SERVICE_WORKER)).await
        else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, &container, offline);
    }

    pub async fn unregister() {
        let Some(container) = container() else { return };
        if let Ok(registration) = JsFuture::from(container.get_registration()).await {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(promise) = registration.unregister() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        }
        let Some(caches) = cache_storage() else {
            return;
        };
        if let Ok(keys) = JsFuture::from(caches.keys()).await {
            for key in js_sys::Array::from(&keys)
                .iter()
                .filter_map(|k| k.as_string())
            {
                if key.starts_with(crate::contracts::CACHE_PREFIX) {
                    let _ = JsFuture::from(caches.delete(&key)).await;
                }
            }
        }
    }

    /// Lets the waiting version take over, then reloads into it.
    pub async fn activate_update() {
        let Some(container) = container() else { return };
        let on_change = Closure::<dyn FnMut()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        if let Ok(registration) = JsFuture::from(container.get_registration()).await {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                match registration.waiting() {
                    Some(waiting) => {
                        let _ = waiting
                            .post_message(&JsValue::from_str(crate::contracts::ACTIVATE_MESSAGE));
                    }
                    None => {
                        let _ = web_sys::window().map(|w| w.location().reload());
                    }
                }
            }
        }
    }
}

/// True when the offline copy answers for this page (a service worker controls it).
#[cfg(target_arch = "wasm32")]
pub fn controls_this_page() -> bool {
    browser::container().is_some_and(|c| c.controller().is_some())
}

/// Where the offline copy stands in this browser: installed, answering for this page, and
/// which builds' files are kept.
#[cfg(target_arch = "wasm32")]
pub async fn copy_status() -> crate::domain::deployment::OfflineStatus {
    use crate::contracts::{CACHE_PREFIX, CONFIG_CACHE};
    use crate::domain::deployment::OfflineStatus;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(container) = browser::container() else {
        return OfflineStatus::default();
    };
    let registration = JsFuture::from(container.get_registration())
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::ServiceWorkerRegistration>().ok());
    let mut kept_builds = Vec::new();
    if let Some(caches) = browser::cache_storage() {
        if let Ok(keys) = JsFuture::from(caches.keys()).await {
            kept_builds = js_sys::Array::from(&keys)
                .iter()
                .filter_map(|k| k.as_string())
                .filter_map(|k| k.strip_prefix(CACHE_PREFIX).map(str::to_string))
                .filter(|k| k != CONFIG_CACHE)
                .collect();
        }
    }
    OfflineStatus {
        possible: true,
        installed: registration.is_some_and(|r| r.active().is_some()),
        controls_page: container.controller().is_some(),
        kept_builds,
    }
}

/// The offline copy's report of files it could not keep at its last install
/// (`contracts::OFFLINE_REPORT`, written by the service worker); `None` when every file was
/// kept, or where there is no offline copy.
#[cfg(target_arch = "wasm32")]
pub async fn copy_report() -> Option<crate::domain::deployment::OfflineReport> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    let caches = browser::cache_storage()?;
    // The page's base is the guide's root, the worker's scope.
    let base = window.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(crate::contracts::OFFLINE_REPORT, &base)
        .ok()?
        .href();
    let found = JsFuture::from(caches.match_with_str(&url)).await.ok()?;
    let response = found.dyn_into::<web_sys::Response>().ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    crate::domain::deployment::OfflineReport::parse(&text)
}

impl Offline {
    /// Starts the offline copy once the hospital settings are known (they may switch it off).
    pub fn start(config: RwSignal<crate::domain::deployment::ConfigState>) -> Offline {
        use crate::domain::deployment::ConfigState;
        let offline = Offline {
            update_ready: RwSignal::new(false),
        };
        let started = StoredValue::new(false);
        Effect::new(move |_| {
            let enabled = match config.get() {
                ConfigState::Loading => return,
                ConfigState::Loaded(d) => d.offline,
                ConfigState::Absent | ConfigState::Malformed(_) => true,
            };
            // Development builds (`trunk serve`) change constantly: caching them would only
            // confuse; the release build registers the worker.
            if started.get_value() || cfg!(debug_assertions) {
                return;
            }
            started.set_value(true);
            #[cfg(target_arch = "wasm32")]
            leptos::task::spawn_local(async move {
                if enabled {
                    browser::register(offline).await;
                } else {
                    browser::unregister().await;
                }
            });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = enabled;
        });
        offline
    }

    /// "Reload for the new version".
    pub fn apply_update(&self) {
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(browser::activate_update());
    }
}
