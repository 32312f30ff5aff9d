//! Strings the Rust code, the JavaScript (`public/*.js`, `src/*-body.js`, `src/hospital-line.js`)
//! and the stylesheets must agree on. Each is defined here (or, where it belongs to one module,
//! there: `READY_EVENT`, `storage::NAMESPACE` and its keys, `embed::HEIGHT_MESSAGE`,
//! `deployment::CONFIG_FILE`), and `tests/contracts.rs` fails when a copy in a script or a
//! stylesheet differs or a script uses one that Rust does not define.

/// The message the page posts to a waiting service worker to make it take over.
pub const ACTIVATE_MESSAGE: &str = "sbc-guide:activate";

/// Every cache the service worker makes starts with this, so it deletes only its own on an
/// origin shared with other apps.
pub const CACHE_PREFIX: &str = "sbc-guide-";

/// The cache (after `CACHE_PREFIX`) that keeps the hospital's settings file across builds.
pub const CONFIG_CACHE: &str = "hospital-settings";

/// Marks a field the person changed before the app took over (set by the boot module).
pub const TOUCHED_ATTRIBUTE: &str = "data-app-touched";

/// On `<html>`: the app's state, "ready" once it has taken over, "failed" when it cannot.
pub const APP_STATE_ATTRIBUTE: &str = "data-app";
