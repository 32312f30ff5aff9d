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
    /// For the settings file: the offline copy answered with the last copy that worked, read
    /// on this date (`contracts::SETTINGS_KEPT_HEADER`).
    pub kept: Option<String>,
}

/// What `fetch_answer` asks for: a constant, not a value, so a page's bundle holds only the
/// asking it does (the settings pages' other ways cost every page about 0.4 KB gzip).
pub mod ask {
    /// The body, as the offline copy answers (for the settings file: the last copy that worked
    /// when the server's cannot be used).
    pub const BODY: u8 = 0;
    /// The body, and whether the offline copy answered with its kept copy of the settings file.
    pub const BODY_AND_KEPT: u8 = 1;
    /// The headers only.
    pub const HEADERS: u8 = 2;
    /// The body as the server sends it, passed through by the offline copy unchanged.
    pub const SERVER_BODY: u8 = 3;
}

/// Fetches `file` (relative to the page's base) as `ASK` (one of `ask`) says. Never from the
/// browser's HTTP cache; the offline copy still answers for its own files when the page is
/// offline.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_answer<const ASK: u8>(file: &str) -> Answer {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return Answer::default();
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoStore);
    if ASK == ask::HEADERS {
        init.set_method("HEAD");
    }
    // Only a page the offline copy answers for needs to ask past it. Elsewhere the request goes
    // to the server anyway, and a header of our own would make a sandboxed frame's request
    // "not simple": browsers then ask the server's permission first (OPTIONS), which static
    // servers refuse, and the file would look unreadable.
    if ASK == ask::SERVER_BODY && crate::browser::offline::controls_this_page() {
        if let Ok(headers) = web_sys::Headers::new() {
            let _ = headers.set(crate::contracts::SETTINGS_FRESH_HEADER, "1");
            init.set_headers(&headers);
        }
    }
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(file, &init)).await else {
        return Answer::default();
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return Answer::default();
    };
    let content_type = response.headers().get("content-type").ok().flatten();
    let kept = if ASK == ask::BODY_AND_KEPT {
        response
            .headers()
            .get(crate::contracts::SETTINGS_KEPT_HEADER)
            .ok()
            .flatten()
    } else {
        None
    };
    let body = match (ASK == ask::HEADERS, response.array_buffer()) {
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
        kept,
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
    reading.state
}

/// `load` with every note for the web team (what was forgiven, entries skipped, each on its
/// line), also written to the console as warnings: for "About this deployment".
#[cfg(target_arch = "wasm32")]
pub async fn load_with_notes() -> ConfigState {
    use crate::domain::deployment::CONFIG_FILE;
    let reading = read::<true>().await;
    // Said only where the notes are read (`taken_as_absent` is never set without them).
    if let Some(why) = &reading.taken_as_absent {
        web_sys::console::warn_1(
            &format!(
                "Secondary Breast Cancer Guide: {CONFIG_FILE}: {why}, {}",
                crate::domain::deployment::TAKEN_AS_ABSENT_SO
            )
            .into(),
        );
    }
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
    // Whether the offline copy answered with its kept copy matters only to the settings pages.
    let answer = if NOTES {
        fetch_answer::<{ ask::BODY_AND_KEPT }>(CONFIG_FILE).await
    } else {
        fetch_answer::<{ ask::BODY }>(CONFIG_FILE).await
    };
    if answer.status == 0 {
        // Offline, or blocked: the same as having no settings.
        return SettingsReading {
            state: ConfigState::Absent,
            encoding: None,
            taken_as_absent: None,
            kept: None,
        };
    }
    read_settings::<NOTES>(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body.unwrap_or_default(),
        kept: answer.kept.as_deref(),
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
    let answer = fetch_answer::<{ ask::SERVER_BODY }>(CONFIG_FILE).await;
    let reading = read_settings::<true>(SettingsAnswer {
        status: answer.status,
        content_type: answer.content_type.as_deref(),
        body: &answer.body.unwrap_or_default(),
        kept: None,
    });
    // What the pages use: the offline copy's last copy that worked, when it says so.
    let used = read::<true>().await;
    let in_use = match (used.state, used.kept) {
        (ConfigState::Loaded(deployment), Some(read_on)) => Some((read_on, *deployment)),
        _ => None,
    };
    let settings = SettingsCheck {
        status: answer.status,
        content_type: answer.content_type,
        reading,
        in_use,
    };
    let worker = fetch_answer::<{ ask::BODY }>(SERVICE_WORKER).await;
    let worker_status = worker.status;
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
                let head = fetch_answer::<{ ask::HEADERS }>(&file).await;
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
        worker_status,
        report: crate::browser::offline::copy_report().await,
    }
}
