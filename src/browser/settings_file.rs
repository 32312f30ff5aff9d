//! Fetching the hospital's settings file (`sbc-guide-config.json`) beside the app, and telling
//! the web team in the console what was wrong with it. Reading it is `domain::deployment`.

use crate::domain::deployment::ConfigState;
use crate::domain::settings_text::Decoded;
#[cfg(target_arch = "wasm32")]
use crate::domain::settings_text::{detect, Encoding};

/// The server's answer for a file, as the settings check page shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// The HTTP status; 0 when there was no answer (offline, or blocked).
    pub status: u16,
    /// The `Content-Type` header, when there was one.
    pub content_type: Option<String>,
    /// The body as text (none when only the headers were asked for), decoded as
    /// `settings_text::detect` says by the browser's own `TextDecoder`, so no decoder is wasm.
    pub body: Option<Decoded>,
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
        (false, Ok(promise)) => match JsFuture::from(promise).await {
            Ok(buffer) => decode(&buffer),
            Err(_) => None,
        },
        _ => None,
    };
    Answer {
        status: response.status(),
        content_type,
        body,
    }
}

/// The text of `buffer` (an `ArrayBuffer`): its first bytes decide the encoding
/// (`settings_text::detect`); UTF-8 that is not valid is read as Windows-1252.
#[cfg(target_arch = "wasm32")]
fn decode(buffer: &wasm_bindgen::JsValue) -> Option<Decoded> {
    use wasm_bindgen::JsCast;
    let bytes = js_sys::Uint8Array::new(buffer);
    let first = bytes.subarray(0, 3.min(bytes.length())).to_vec();
    let object = buffer.dyn_ref::<js_sys::Object>()?;
    let read = |encoding: Encoding| {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(true);
        web_sys::TextDecoder::new_with_label_and_options(encoding.label(), &options)
            .ok()?
            .decode_with_buffer_source(object)
            .ok()
            .map(|text| Decoded { text, encoding })
    };
    read(detect(&first)).or_else(|| read(Encoding::Windows1252))
}

/// Fetches and reads the settings file beside the app (`domain::deployment::read_settings`)
/// for what the pages use, without the notes for the web team (only the settings pages show
/// those: `load_with_notes`); says in the console when the file could not be used.
#[cfg(target_arch = "wasm32")]
pub async fn load() -> ConfigState {
    use crate::domain::deployment::CONFIG_FILE;
    let reading = read::<false>().await;
    if let ConfigState::Malformed(reason) = &reading.state {
        web_sys::console::error_1(
            &format!("Secondary Breast Cancer Guide: {CONFIG_FILE} was not used: {reason}").into(),
        );
    }
    if let Some(why) = &reading.taken_as_absent {
        web_sys::console::warn_1(
            &format!("Secondary Breast Cancer Guide: {CONFIG_FILE}: {why}").into(),
        );
    }
    reading.state
}

/// `load` with every note for the web team (what was forgiven, entries skipped, each on its
/// line), also written to the console as warnings: for "About this deployment".
#[cfg(target_arch = "wasm32")]
pub async fn load_with_notes() -> ConfigState {
    use crate::domain::deployment::CONFIG_FILE;
    let reading = read::<true>().await;
    if let ConfigState::Loaded(deployment) = &reading.state {
        for warning in &deployment.warnings {
            web_sys::console::warn_1(
                &format!("Secondary Breast Cancer Guide: {CONFIG_FILE}: {warning}").into(),
            );
        }
    }
    reading.state
}

#[cfg(target_arch = "wasm32")]
async fn read<const NOTES: bool>() -> crate::domain::deployment::SettingsReading {
    use crate::domain::deployment::{read_settings, SettingsAnswer, SettingsReading, CONFIG_FILE};
    let answer = fetch_answer(CONFIG_FILE, false).await;
    if answer.status == 0 {
        // Offline, or blocked: the same as having no settings.
        return SettingsReading {
            state: ConfigState::Absent,
            encoding: None,
            taken_as_absent: None,
        };
    }
    read_settings::<NOTES>(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body.unwrap_or_default(),
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load() -> ConfigState {
    ConfigState::Absent
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load_with_notes() -> ConfigState {
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
    let reading = read_settings::<true>(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body.unwrap_or_default(),
    });
    let settings = SettingsCheck {
        status: answer.status,
        content_type: answer.content_type,
        reading,
    };
    let worker = fetch_answer(SERVICE_WORKER, false).await;
    let worker_text = worker.body.map(|b| b.text).unwrap_or_default();
    let files = match precache_files(&worker_text) {
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
