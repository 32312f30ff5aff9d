//! Fetching the hospital's settings file (`sbc-guide-config.json`) beside the app, and telling
//! the web team in the console what was wrong with it. Reading it is `domain::deployment`.

use crate::domain::deployment::ConfigState;
#[cfg(target_arch = "wasm32")]
use crate::domain::deployment::{parse_config, CONFIG_FILE};

/// Fetches and reads the settings file beside the app (relative to the page's base).
#[cfg(target_arch = "wasm32")]
pub async fn load() -> ConfigState {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return ConfigState::Absent;
    };
    let response = match JsFuture::from(window.fetch_with_str(CONFIG_FILE)).await {
        Ok(response) => response,
        // Offline, or blocked: the same as having no settings.
        Err(_) => return ConfigState::Absent,
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return ConfigState::Absent;
    };
    if response.status() == 404 {
        return ConfigState::Absent;
    }
    let state = if !response.ok() {
        ConfigState::Malformed(format!(
            "the server answered {} for {CONFIG_FILE}",
            response.status()
        ))
    } else {
        let text = match response.text() {
            Ok(promise) => JsFuture::from(promise)
                .await
                .ok()
                .and_then(|t| t.as_string()),
            Err(_) => None,
        };
        match parse_config(&text.unwrap_or_default()) {
            Ok(deployment) => ConfigState::Loaded(Box::new(deployment)),
            Err(reason) => ConfigState::Malformed(reason),
        }
    };
    match &state {
        ConfigState::Malformed(reason) => web_sys::console::error_1(
            &format!("Secondary Breast Cancer Guide: {CONFIG_FILE} was not used: {reason}").into(),
        ),
        ConfigState::Loaded(deployment) => {
            for warning in &deployment.warnings {
                web_sys::console::warn_1(
                    &format!("Secondary Breast Cancer Guide: {CONFIG_FILE}: {warning}").into(),
                );
            }
        }
        _ => {}
    }
    state
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load() -> ConfigState {
    ConfigState::Absent
}
