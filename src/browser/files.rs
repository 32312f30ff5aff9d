//! Saving a file to the person's device and reading one they choose, in the browser.

#[cfg(target_arch = "wasm32")]
use crate::content::words;

/// Offers `text` as a download named `filename`. Nothing leaves the device: the file is made
/// in the browser from a `blob:` address.
///
/// # Errors
/// Why, in the words of `content/words.toml` (`[import_problems] cannot_make_file`).
#[cfg(target_arch = "wasm32")]
pub fn download(filename: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    fn cannot<T>(_: T) -> String {
        words::import_problems::CANNOT_MAKE_FILE.to_string()
    }
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(cannot)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(cannot)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| cannot(()))?;
    let link = document
        .create_element("a")
        .map_err(cannot)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| cannot(()))?;
    link.set_href(&url);
    link.set_download(filename);
    // Not added to the page, so the app's own link handling never sees it.
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The text of the first file chosen in a file input.
#[cfg(target_arch = "wasm32")]
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(words::import_problems::NO_FILE)?;
    if file.size() > 5_000_000.0 {
        return Err(words::import_problems::TOO_LARGE.into());
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| words::import_problems::UNREADABLE.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_filename: &str, _text: &str) -> Result<(), String> {
    Err("not in a browser".into())
}
