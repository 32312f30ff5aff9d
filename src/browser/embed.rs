//! Embedded in another site's iframe: tells the host page how tall the guide is, so the host
//! can size the iframe and the person never scrolls inside a scrolling page. The message says
//! nothing about the person (only a height); hosts check its origin (see the deployment guide).

/// The message type hosts listen for.
pub const HEIGHT_MESSAGE: &str = "sbc-guide:height";

/// Starts reporting the page height to the parent window, if there is one.
#[cfg(target_arch = "wasm32")]
pub fn report_height() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    // Not in a frame: the parent is the window itself.
    if parent == window {
        return;
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let last = std::cell::Cell::new(0);
    let post = Closure::<dyn FnMut()>::new(move || {
        // The body's height, not the root's: the root's is never less than the frame's own
        // height, so a frame sized for a long page would never shrink for a short one.
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        let height = body.scroll_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        // "*": the guide cannot know the host's address; the message holds only a height.
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    post.forget();
}

#[cfg(not(target_arch = "wasm32"))]
pub fn report_height() {}
