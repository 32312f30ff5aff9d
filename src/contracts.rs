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

/// On `<html>`: the text size in per cent ("150"), absent for the standard size. The stylesheet
/// (`style/themes.css`) scales the text from it; `public/apply-preferences.js` sets it before the
/// first paint, `crate::state::preferences` once the app runs.
pub const TEXT_SIZE_ATTRIBUTE: &str = "data-text-size";

/// On `<html>`: the colours ("dark", "high-contrast" …), absent when following the device.
pub const THEME_ATTRIBUTE: &str = "data-theme";

/// On `<html>`: "reduce" when the person asked for less movement.
pub const MOTION_ATTRIBUTE: &str = "data-motion";

/// On a line or an organisation for some nations only: their codes, space separated
/// (`crate::domain::urgent::nations_attribute`). The stylesheet hides it for a person who lives
/// elsewhere (`style/before-start.css`, against `NATION_ATTRIBUTE` on `<html>`).
pub const NATIONS_ATTRIBUTE: &str = "data-nations";

/// On `<html>` when the guide is shown inside another site's page (`?embed=1`): the stylesheet
/// leaves out the footer and shrinks the header to "Urgent help" (`public/apply-preferences.js`).
pub const EMBED_ATTRIBUTE: &str = "data-embed";

/// On `<html>` when the page has parts drawn from what the person saved (or from a search in the
/// address): those parts wait, hidden, for the app (`style/before-start.css`).
pub const PERSONAL_ATTRIBUTE: &str = "data-personal";

/// On a checklist item's tag: its `checklist::Status` code, which the stylesheet colours.
pub const STATUS_ATTRIBUTE: &str = "data-status";

/// On the hospital's 24-hour line added by `src/hospital-line.js` when the app cannot start.
pub const HOSPITAL_LINE_ATTRIBUTE: &str = "data-hospital-line";

/// Attributes Trunk reads in `index.html` (its own names, not ours).
pub const TRUNK_ATTRIBUTES: &[&str] = &[
    "data-trunk",
    "data-bin",
    "data-bindgen-target",
    "data-type",
    "data-wasm-opt",
    "data-wasm-opt-params",
];

/// The attribute on `<html>` that carries the saved nation's code (the stylesheet's
/// `[data-nations]` rules and the pre-paint script use the same name).
pub const NATION_ATTRIBUTE: &str = "data-nation";

/// The event the boot module (src/boot-body.js) waits for: the app has started.
pub const READY_EVENT: &str = "sbc-guide:ready";

/// Element ids of the two places outside `main` that the browser draws (`app::start`) in the
/// layout the build drew: the "new version" notice (empty until there is one) and the
/// footer's "Report a mistake on this page" link.
pub const UPDATE_SLOT: &str = "app-update";
pub const REPORT_SLOT: &str = "app-report";

/// On a page's out-of-date notice: the page's next review date (`YYYY-MM-DD`). The build copies
/// it into the page's head as `<meta name="app-review-due">` (`REVIEW_DUE_META`), where the
/// pre-paint script (`public/apply-preferences.js`) compares it with the device's date and, once
/// it has passed, sets `OVERDUE_ATTRIBUTE` on `<html>`; the stylesheet shows the notice only
/// then. So the notice shows without the wasm, before the first paint.
pub const REVIEW_DUE_ATTRIBUTE: &str = "data-review-due";
/// The `name` of the head's copy of the review date (see `REVIEW_DUE_ATTRIBUTE`).
pub const REVIEW_DUE_META: &str = "app-review-due";
/// On `<html>`: this page's review date has passed on this device's calendar.
pub const OVERDUE_ATTRIBUTE: &str = "data-overdue";

/// The offline copy's report of files it could not keep (`src/sw-body.js` writes it, as JSON
/// `{"build": "…", "failed": [{"file": "icon-192.png", "status": 404, "required": false}]}`, into
/// the cache `CONFIG_CACHE` at this address under the guide's root; "About this deployment"
/// reads it). Absent when every file was kept.
pub const OFFLINE_REPORT: &str = "offline-report.json";

/// The attribute that marks a part of a page the app keeps as the build drew it.
pub const KEPT_ATTRIBUTE: &str = "data-app-kept";

/// The attribute on `main` that says which page the build drew there (its `Route::path`): a
/// reading page's bundle checks it before keeping the page as built (`app::start`).
pub const PAGE_ATTRIBUTE: &str = "data-app-page";

/// The attribute that marks a part of a reading page the browser draws again
/// (`components::island`); its value is the part's code.
pub const ISLAND_ATTRIBUTE: &str = "data-app-island";

/// In the service worker (written by sitegen): the JSON lists of the offline copy's required
/// and optional files follow these, each ending at `];`. The settings check page reads them
/// (`domain::deployment::precache_files`) to ask the server for every file.
pub const SW_REQUIRED_LIST: &str = "const REQUIRED = ";
pub const SW_OPTIONAL_LIST: &str = "const OPTIONAL = ";

/// The service worker's file, beside `index.html`: sitegen writes it, `browser::offline`
/// registers it, the settings check page reads its file lists.
pub const SERVICE_WORKER: &str = "sw.js";

/// On `<html>`: how long what the guide saves is likely to last in this browser, a
/// `state::lasting::Lasting` code, set by the pre-paint script; the stylesheet shows the words
/// for it (`style/keeping.css`).
pub const LASTING_ATTRIBUTE: &str = "data-lasting";

/// On `<html>` when this device holds something the person saved: set by the pre-paint script
/// from storage, and by the app after each save (`state::lasting::after_save`). The stylesheet
/// shows "how long it is kept" notices only then (`style/keeping.css`).
pub const SAVED_ATTRIBUTE: &str = "data-saved";

/// On the service worker's answer for the settings file when the server's file could not be
/// used (a web page in its place, an error, not readable, or a 24-hour line that cannot be
/// dialled) and the worker answers with the last copy that worked: the date that copy was
/// read, `YYYY-MM-DD` (empty when a copy kept by an older worker has none). The settings pages
/// say so (`browser::settings_file`).
pub const SETTINGS_KEPT_HEADER: &str = "x-sbc-guide-kept";

/// On the settings check page's request for the settings file: the service worker passes the
/// server's own answer through, neither kept nor replaced, so the page can show what is wrong
/// with it.
pub const SETTINGS_FRESH_HEADER: &str = "x-sbc-guide-fresh";

/// On the service worker's kept copy of the settings file: the date it was read, `YYYY-MM-DD`
/// (only the worker reads it, to fill `SETTINGS_KEPT_HEADER`).
pub const SETTINGS_READ_ON_HEADER: &str = "x-sbc-guide-read-on";

/// The deployment guide (`docs/DEPLOYMENT.md`) as the build writes it beside `index.html`, for
/// the settings check page to link to; not part of the offline copy.
pub const DEPLOYMENT_GUIDE: &str = "deployment-guide.txt";

/// On `<html>`, set by the boot module as soon as it runs. Module scripts run before
/// `DOMContentLoaded`, so the pre-paint script (`public/apply-preferences.js`) knows then that
/// the boot module could not be loaded at all (missing, blocked by a filter, or a sandboxed
/// frame without `Access-Control-Allow-Origin`) and treats the page as if the app had failed.
pub const BOOT_ATTRIBUTE: &str = "data-boot";

/// The event the boot module sends when the hospital's 24-hour line must be shown without the
/// app (it is slow to start, or failed); the pre-paint script, which knows the line script's
/// name, loads it.
pub const HOSPITAL_LINE_EVENT: &str = "sbc-guide:hospital-line";

/// In the pre-paint script (`public/apply-preferences.js`), in quotes: sitegen writes the
/// hashed file name of the script that shows the hospital's 24-hour line without the app
/// (`src/hospital-line.js`) in its place.
pub const HOSPITAL_LINE_SCRIPT_PLACEHOLDER: &str = "__HOSPITAL_LINE_SCRIPT__";

/// On `<html>` when the app could not start and the boot module could tell why: one of
/// [`FAILURE_CAUSES`]. The settings check page then shows only that cause
/// (`style/deployment-check.css`).
pub const FAILURE_ATTRIBUTE: &str = "data-app-failure";

/// On each cause the settings check page lists when the app cannot start: its code.
pub const CAUSE_ATTRIBUTE: &str = "data-cause";

/// Why the app could not start, as the boot module tells (`src/boot-diagnose.js`): the server
/// did not send the wasm (404, 403, no answer); sent it as something else (often its own
/// page); a Content-Security-Policy refused to compile it; or, as the hospital line script
/// tells (`src/hospital-line.js`, loaded when the boot module never ran), a sandboxed frame
/// could not load the boot module at all (no `Access-Control-Allow-Origin`); or WebAssembly
/// is turned off in this browser (iOS Lockdown Mode, Edge's enhanced security, a policy).
pub const FAILURE_CAUSES: [&str; 5] = ["wasm-missing", "wasm-type", "csp", "sandbox", "no-wasm"];

/// On a part of a page whose controls only work with the app (a form, a checklist item's
/// status and note): where WebAssembly is missing, the pre-paint script disables them
/// (`public/apply-preferences.js`); where the app cannot run, the part's note says so
/// (`crate::components::needs_app`, `style/before-start.css`).
pub const NEEDS_APP_ATTRIBUTE: &str = "data-needs-app";

/// On `<html>` when the browser runs JavaScript but has no WebAssembly (set before the first
/// paint by `public/apply-preferences.js`).
pub const NO_WASM_ATTRIBUTE: &str = "data-no-wasm";

/// On each "cannot save here" note: the words the boot module puts beside a field the person
/// typed in when the app failed or is slow to start ("Not saved").
pub const NOT_SAVED_ATTRIBUTE: &str = "data-not-saved";

/// The class of a glossary mark on a reading page, and the attribute naming the `id` of its
/// hidden meaning (`components::rich_text`, written out there because `view!` needs literals;
/// `src/glossary-marks.js` upgrades each to a popover button; `style/glossary.css`).
pub const TERM_CLASS: &str = "app-term";
/// See [`TERM_CLASS`].
pub const TERM_ATTRIBUTE: &str = "data-app-term";

/// On a `details` whose whole text must be printed even when closed (a benefits checklist
/// item): `src/boot-body.js` opens it for printing where the browser cannot print a closed one.
pub const PRINT_OPEN_ATTRIBUTE: &str = "data-app-print";
