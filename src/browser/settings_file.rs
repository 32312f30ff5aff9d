//! Fetching the hospital's settings file (`sbc-guide-config.json`) beside the app, and telling
//! the web team in the console what was wrong with it. Reading it is `domain::deployment`.

use crate::domain::deployment::ConfigState;

/// The server's answer for a file, as the settings check page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status; 0 when there was no answer (offline, or blocked).
    pub status: u16,
    /// The `Content-Type` header, when there was one.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Fetches `file` (relative to the page's base) as the server sends it now: `head` asks for
/// the headers only. Never from the browser's HTTP cache; the offline copy still answers for
/// its own files when the page is offline.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_answer(file: &str, head: bool) -> Answer {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return Answer::default();
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoStore);
    if head {
        init.set_method("HEAD");
    }
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(file, &init)).await else {
        return Answer::default();
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return Answer::default();
    };
    let content_type = response.headers().get("content-type").ok().flatten();
    let body = match (head, response.array_buffer()) {
        (false, Ok(promise)) => JsFuture::from(promise)
            .await
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Answer {
        status: response.status(),
        content_type,
        body,
    }
}

/// Fetches and reads the settings file beside the app (`domain::deployment::read_settings`),
/// and says in the console what was forgiven or wrong.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> ConfigState {
    use crate::domain::deployment::{read_settings, SettingsAnswer, CONFIG_FILE};
    let answer = fetch_answer(CONFIG_FILE, false).await;
    if answer.status == 0 {
        // Offline, or blocked: the same as having no settings.
        return ConfigState::Absent;
    }
    let reading = read_settings(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body,
    });
    let say = |text: String| format!("Secondary Breast Cancer Guide: {CONFIG_FILE}: {text}");
    match &reading.state {
        ConfigState::Malformed(reason) => web_sys::console::error_1(
            &format!("Secondary Breast Cancer Guide: {CONFIG_FILE} was not used: {reason}").into(),
        ),
        ConfigState::Loaded(deployment) => {
            for warning in &deployment.warnings {
                web_sys::console::warn_1(&say(warning.to_string()).into());
            }
        }
        _ => {}
    }
    if let Some(why) = &reading.taken_as_absent {
        web_sys::console::warn_1(&say(why.clone()).into());
    }
    reading.state
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load() -> ConfigState {
    ConfigState::Absent
}

/// Runs the settings check page's checks: the settings file as the server sends it now, every
/// file of this build (from the service worker's lists) asked for its headers, and the offline
/// copy's state.
#[cfg(target_arch = "wasm32")]
pub async fn check_deployment() -> crate::domain::deployment::Findings {
    use crate::contracts::SERVICE_WORKER;
    use crate::domain::deployment::{
        judge_file, precache_files, read_settings, SettingsAnswer, CONFIG_FILE,
    };
    use crate::domain::deployment::{FileCheck, Findings, SettingsCheck};
    let answer = fetch_answer(CONFIG_FILE, false).await;
    let reading = read_settings(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body,
    });
    let settings = SettingsCheck {
        status: answer.status,
        content_type: answer.content_type,
        reading,
    };
    let worker = fetch_answer(SERVICE_WORKER, false).await;
    let files = match precache_files(&String::from_utf8_lossy(&worker.body)) {
        Some(list) => {
            let mut checked = vec![FileCheck {
                file: SERVICE_WORKER.to_string(),
                verdict: judge_file(
                    SERVICE_WORKER,
                    worker.status,
                    worker.content_type.as_deref(),
                ),
                content_type: worker.content_type,
            }];
            for (file, _required) in list {
                let head = fetch_answer(&file, true).await;
                checked.push(FileCheck {
                    verdict: judge_file(&file, head.status, head.content_type.as_deref()),
                    content_type: head.content_type,
                    file,
                });
            }
            Some(checked)
        }
        None => None,
    };
    Findings {
        settings,
        files,
        offline: crate::browser::offline::copy_status().await,
        report: crate::browser::offline::copy_report().await,
    }
}
