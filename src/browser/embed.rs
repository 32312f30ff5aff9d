//! Embedded in another site's iframe: the page tells the host how tall it is, so the host can
//! size the iframe and the person never scrolls inside a scrolling page. The pre-paint script
//! (`public/apply-preferences.js`) sends it, not the app: a frame is sized even where the app
//! cannot start, and the wasm of every page is smaller for it.
//!
//! The message: `{ type: HEIGHT_MESSAGE, height, show? }`, heights in CSS pixels (the body's
//! height, not the root's, which is never less than the frame's own height, so a frame sized
//! for a long page would never shrink for a short one). `show` is sent on a page opened from
//! another page of the guide inside the frame, and on a link to a part of the same page: how
//! far down the frame the host should bring to the top of its window (0 for the page's top, or
//! where the address's `#part` is). The frame has no scroll bar of its own, so without it a
//! person who followed a link at the bottom of a long page would land far below the new page's
//! top, and a link to "the 999 box" further down would do nothing. The message says nothing about the person; hosts check it
//! comes from the guide's frame (the deployment guide's snippet).

/// The message type hosts listen for.
pub const HEIGHT_MESSAGE: &str = "sbc-guide:height";
