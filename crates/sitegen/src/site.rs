//! The build step that turns Trunk's output into a site any static host can serve.
//!
//! Trunk's own loader is an inline script, which a hospital's strict Content Security Policy
//! blocks, and it assumes one `index.html` at a fixed path. This step, run by Trunk's
//! `post_build` hook (see `main.rs`), instead:
//! - writes a small external boot module that loads the wasm relative to itself;
//! - bundles `style/reading.css` and `style/tools.css`, each with its `@import`s, into one hashed
//!   file each (one request a page; docs/decisions/0010);
//! - writes an `index.html` for every page, with a relative `<base href>` and the page's own
//!   title, so every address can be opened or reloaded on a host with no rewrite rules, under
//!   any sub-path.
//!
//! Everything here is pure string work, tested natively; the binary does the file I/O.

use sbc_guide::app::render::render_fallback;
use sbc_guide::content;
use sbc_guide::route::Route;

/// The files Trunk produced that a page must load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// The wasm-bindgen JavaScript glue, e.g. `sbc-guide-1a2b.js`.
    pub glue: String,
    /// The wasm module, e.g. `sbc-guide-1a2b_bg.wasm`.
    pub wasm: String,
    /// The bundled stylesheet.
    pub css: String,
    /// The boot module.
    pub boot: String,
    /// The pre-paint preferences script (`public/apply-preferences.js`, hashed).
    pub prefs: String,
}

/// FNV-1a: a short, stable content hash for file names, so browsers can cache them for ever.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// One wasm bundle as Trunk wrote it: the binary's name, its JavaScript glue and its module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrunkBundle {
    pub bin: String,
    pub glue: String,
    pub wasm: String,
}

/// Finds the glue and wasm of each of `bins` among the names of the files Trunk wrote: the main
/// app's names carry Trunk's hash (`sbc-guide-1a2b…_bg.wasm`, hex of varying length: it is not
/// zero-padded), the others' do not (`support_bg.wasm`).
pub fn find_trunk_bundles<'a>(
    names: impl IntoIterator<Item = &'a str>,
    bins: &[&str],
) -> Vec<TrunkBundle> {
    let names: Vec<&str> = names.into_iter().collect();
    let mut found: Vec<TrunkBundle> = names
        .iter()
        .filter_map(|name| {
            let stem = name.strip_suffix("_bg.wasm")?;
            let bin = bins.iter().find(|bin| is_bundle_of(stem, bin))?;
            let glue = format!("{stem}.js");
            names.contains(&glue.as_str()).then(|| TrunkBundle {
                bin: bin.to_string(),
                glue,
                wasm: name.to_string(),
            })
        })
        .collect();
    found.sort_by(|a, b| a.bin.cmp(&b.bin));
    found
}

/// "sbc-guide" and "sbc-guide-0a1b2c" are files of the binary `sbc-guide`.
fn is_bundle_of(stem: &str, bin: &str) -> bool {
    match stem.strip_prefix(bin) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('-')
            .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit())),
        None => false,
    }
}

/// The boot module: imports the glue and starts the wasm, both found relative to the module
/// itself, so it works wherever the folder is copied. It is an external file because strict
/// CSPs refuse inline scripts.
///
/// `diagnose`: for the bundle with the settings check page, the module also tells why starting
/// failed (`src/boot-diagnose.js`); the other pages' modules stay smaller without it.
///
/// `terms`: for the reading pages' bundle, the module also turns glossary marks into buttons
/// that show their meaning in place (`src/glossary-marks.js`), without the wasm.
pub fn boot_module(glue: &str, wasm: &str, diagnose: bool, terms: bool) -> String {
    let cause = if diagnose {
        BOOT_DIAGNOSE
    } else {
        "const failureCause = async () => null;\n"
    };
    let terms = if terms { GLOSSARY_MARKS } else { "" };
    format!("{BOOT_HEAD}import init from \"./{glue}\";\n{terms}const WASM = new URL(\"./{wasm}\", import.meta.url);\n{cause}{BOOT_BODY}")
}

const GLOSSARY_MARKS: &str = include_str!("../../../src/glossary-marks.js");

const BOOT_DIAGNOSE: &str = include_str!("../../../src/boot-diagnose.js");

/// The module the boot module imports when the app cannot start (or is slow to): it shows the
/// hospital's 24-hour line without the app.
const HOSPITAL_LINE_SOURCE: &str = include_str!("../../../src/hospital-line.js");

/// How the settings file is read without the app: written at the top of `hospital-line.js`
/// and of the service worker, which both need it.
const SETTINGS_READ: &str = include_str!("../../../src/settings-read.js");

/// Where `hospital-line.js` takes its words: the name of the hospital's line, and the line
/// shown when the settings file could not be read.
const HOSPITAL_LINE_WORDS: [(&str, &str); 2] = [
    (
        "'__WORDS_HOSPITAL_LINE__'",
        content::words::urgent_numbers::HOSPITAL_LINE,
    ),
    (
        "'__WORDS_HOSPITAL_LINE_NOT_LOADED__'",
        content::words::urgent_numbers::HOSPITAL_LINE_NOT_LOADED,
    ),
];

/// The pre-paint script as the build writes it: with the hashed name of the hospital line
/// script (`hospital_line`) in place of `contracts::HOSPITAL_LINE_SCRIPT_PLACEHOLDER`.
pub fn prefs_script(source: &str, hospital_line: &str) -> Result<String, String> {
    let placeholder = format!(
        "'{}'",
        sbc_guide::contracts::HOSPITAL_LINE_SCRIPT_PLACEHOLDER
    );
    if !source.contains(&placeholder) {
        return Err(format!("public/apply-preferences.js has no {placeholder}"));
    }
    Ok(source.replacen(&placeholder, &format!("'{hospital_line}'"), 1))
}

/// `hospital-line.js` as the build writes it: with the app's own words
/// (`words::urgent_numbers`), so the script and the app say the same.
pub fn hospital_line_module() -> Result<String, String> {
    // A classic script: wrapped, so its names stay out of the page's global scope.
    let mut module = format!("(function () {{\n{SETTINGS_READ}{HOSPITAL_LINE_SOURCE}}})();\n");
    for (placeholder, words) in HOSPITAL_LINE_WORDS {
        if !module.contains(placeholder) {
            return Err(format!("src/hospital-line.js has no {placeholder}"));
        }
        let words = words.replace('\\', "\\\\").replace('"', "\\\"");
        module = module.replacen(placeholder, &format!("\"{words}\""), 1);
    }
    Ok(module)
}

const BOOT_HEAD: &str = "// Written by sitegen: starts the app over the pre-rendered page.\n";
const BOOT_BODY: &str = include_str!("../../../src/boot-body.js");

/// The service worker: precaches exactly this build's files (hashed names included) under a
/// cache named with the build id, deletes only our own older caches, and never activates a
/// new version while an old page is open (the app offers "reload for the new version"), so
/// old and new files never mix.
pub fn service_worker(build_id: &str, files: &[String]) -> String {
    let list = |optional: bool| {
        files
            .iter()
            .filter(|f| is_optional(f) == optional)
            .map(|f| format!("  \"{}\"", f.replace('\\', "/")))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    let (required, optional) = (list(false), list(true));
    format!(
        "// Written by sitegen for one build: the guide's offline copy. Switch it off for a\n\
         // deployment with \"offline\": false in sbc-guide-config.json (see the deployment guide).\n\
         const BUILD = \"{build_id}\";\n\
         const PREFIX = \"{prefix}\";\n\
         const CACHE = PREFIX + BUILD;\n\
         const CONFIG_CACHE = PREFIX + \"{config_cache}\";\n\
         const ACTIVATE = \"{activate}\";\n\
         const CONFIG = \"{config}\";\n\
         const NOT_FOUND = \"{NOT_FOUND_FILE}\";\n\
         const REPORT = \"{report}\";\n\
         const KEPT_HEADER = \"{kept}\";\n\
         const FRESH_HEADER = \"{fresh}\";\n\
         const READ_ON_HEADER = \"{read_on}\";\n\
         {required_list}[\n{required}\n];\n\
         {optional_list}[\n{optional}\n];\n{SETTINGS_READ}{SW_BODY}",
        kept = sbc_guide::contracts::SETTINGS_KEPT_HEADER,
        fresh = sbc_guide::contracts::SETTINGS_FRESH_HEADER,
        read_on = sbc_guide::contracts::SETTINGS_READ_ON_HEADER,
        required_list = sbc_guide::contracts::SW_REQUIRED_LIST,
        optional_list = sbc_guide::contracts::SW_OPTIONAL_LIST,
        report = sbc_guide::contracts::OFFLINE_REPORT,
        config = sbc_guide::domain::deployment::CONFIG_FILE,
        prefix = sbc_guide::contracts::CACHE_PREFIX,
        config_cache = sbc_guide::contracts::CONFIG_CACHE,
        activate = sbc_guide::contracts::ACTIVATE_MESSAGE,
    )
}

/// A file the offline copy can do without: the icons and the web app manifest (a server with no
/// type for `.webmanifest` answers 404, as IIS does). Everything else (pages, scripts, wasm,
/// styles) is required.
pub fn is_optional(file: &str) -> bool {
    [".png", ".svg", ".webmanifest", ".ico"]
        .iter()
        .any(|ending| file.ends_with(ending))
}

const SW_BODY: &str = include_str!("../../../src/sw-body.js");

/// Replaces each `@import "file.css";` line with that file's text, so the site ships one
/// stylesheet while the source keeps one block per file.
pub fn bundle_css(
    entry: &str,
    read: &dyn Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let mut out = String::new();
    for line in entry.lines() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("@import") {
            let name = rest
                .trim()
                .trim_end_matches(';')
                .trim()
                .trim_start_matches("url(")
                .trim_end_matches(')')
                .trim_matches(['"', '\'']);
            let text = read(name)?;
            out.push_str(&format!("/* {name} */\n"));
            out.push_str(&bundle_css(&text, read)?);
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// The stylesheet as browsers need it: comments dropped (they explain the source, and were a
/// third of the gzipped file) and whitespace collapsed. Text in quotes is kept as written.
pub fn minify_css(css: &str) -> String {
    // No space is needed next to these.
    const TIGHT: [char; 4] = ['{', '}', ';', ','];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                out.extend(chars.next());
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for next in chars.by_ref() {
                if previous == '*' && next == '/' {
                    break;
                }
                previous = next;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !TIGHT.contains(&c) && !out.ends_with(TIGHT) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = html
        .find(start)
        .ok_or_else(|| format!("index.html has no {start}"))?;
    let to = html[from..]
        .find(end)
        .map(|i| from + i + end.len())
        .ok_or_else(|| format!("index.html has no {end} after {start}"))?;
    Ok(format!("{}{}{}", &html[..from], with, &html[to..]))
}

/// Trunk leaves its `<link data-trunk rel="rust">` in place when it injects no scripts.
fn remove_trunk_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link data-trunk") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find('>')
            .map_or("", |end| &rest[start + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// `html` without its comments and the lines they leave empty: the template's comments explain
/// it to developers, and every page would carry them (about 0.2 KB gzip each). A comment left
/// open runs to the end, as a browser reads it.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start + 4..]
            .find("-->")
            .map_or("", |end| &rest[start + 4 + end + 3..]);
    }
    out.push_str(rest);
    let mut lines = out
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if out.ends_with('\n') {
        lines.push('\n');
    }
    lines
}

/// The not-found page's file, at the root of the build, with `<base href="./">`: the service
/// worker answers an address the offline copy does not have with it, its base pointed at the
/// guide's root (`src/sw-body.js`, which gets the name as `NOT_FOUND`).
pub const NOT_FOUND_FILE: &str = "404.html";

/// Where in `index.html` the pre-rendered page goes.
pub const PAGE_MARKER: &str = "<!-- sitegen: page -->";

/// `<meta name="app-review-due" content="YYYY-MM-DD">` with the date of the page's out-of-date
/// notice (`sbc_guide::contracts::REVIEW_DUE_ATTRIBUTE`), or nothing for a page without one.
pub fn review_due_meta(body: &str) -> String {
    use sbc_guide::contracts::{REVIEW_DUE_ATTRIBUTE, REVIEW_DUE_META};
    let marker = format!("{REVIEW_DUE_ATTRIBUTE}=\"");
    body.find(&marker)
        .map(|at| &body[at + marker.len()..])
        .and_then(|rest| rest.split('"').next())
        .filter(|date| date.len() == 10 && date.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
        .map_or(String::new(), |date| {
            format!("<meta name=\"{REVIEW_DUE_META}\" content=\"{date}\">\n  ")
        })
}

/// The `index.html` for one page, from Trunk's `index.html` and the page's pre-rendered `body`.
/// `strict` refuses any `<script>` in the template; only development builds relax it, for
/// `trunk serve`'s live-reload script.
pub fn page_html(
    template: &str,
    route: Route,
    body: &str,
    assets: &Assets,
    strict: bool,
) -> Result<String, String> {
    // The not-found page is written at the root (`NOT_FOUND_FILE`), whatever its route's path.
    let base = if route.depth() == 0 || route == Route::NotFound {
        "./".to_string()
    } else {
        "../".repeat(route.depth())
    };
    let description = match route {
        Route::Guide(index) => content::guide()[index].summary,
        Route::YourData => content::words::page_descriptions::YOUR_DATA,
        Route::Settings => content::words::page_descriptions::SETTINGS,
        Route::DeploymentCheck => content::words::page_descriptions::DEPLOYMENT_CHECK,
        Route::Support => content::words::page_descriptions::SUPPORT,
        Route::CareTeam => content::words::page_descriptions::CARE_TEAM,
        Route::Benefits => content::words::page_descriptions::BENEFITS,
        Route::Glossary => content::words::page_descriptions::GLOSSARY,
        _ => content::words::home::LEAD,
    };
    // The page's own words come first: the app's files are fetched at low priority, so on a
    // slow link they do not hold up the render-blocking stylesheet (the app takes over later).
    let head = format!(
        "<link rel=\"stylesheet\" href=\"{css}\">\n\
         <link rel=\"modulepreload\" href=\"{glue}\" fetchpriority=\"low\">\n\
         <link rel=\"preload\" href=\"{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin fetchpriority=\"low\">\n\
         <script type=\"module\" src=\"{boot}\"></script>\n</head>",
        css = assets.css,
        glue = assets.glue,
        wasm = assets.wasm,
        boot = assets.boot,
    );
    // The preferences script is a classic, blocking script straight after <base>: it must set
    // the text size and colours before anything is drawn. The page's review date goes before
    // it, for the same reason: the script shows the out-of-date notice before the first paint.
    let html = replace_between(
        template,
        "<base ",
        ">",
        &format!(
            "<base href=\"{base}\">\n  {}<script src=\"{}\"></script>",
            review_due_meta(body),
            assets.prefs
        ),
    )?;
    let html = replace_between(
        &html,
        "<title>",
        "</title>",
        &format!("<title>{}</title>", escape_attr(&route.document_title())),
    )?;
    let html = replace_between(
        &html,
        "<meta name=\"description\"",
        ">",
        &format!(
            "<meta name=\"description\" content=\"{}\">",
            escape_attr(description)
        ),
    )?;
    let html = remove_trunk_links(&html);
    if strict && template.contains("<script") {
        return Err("index.html must not carry scripts: a strict CSP refuses inline ones".into());
    }
    // The "cannot work here" notice goes inside the page, straight after the skip
    // link, so the skip link stays the first thing on the page (and leaves with the page when
    // the app takes over).
    let (before, after) = html
        .split_once(PAGE_MARKER)
        .ok_or_else(|| format!("index.html has no {PAGE_MARKER}"))?;
    let (before, after) = (without_comments(before), without_comments(after));
    let skip_link_end = body
        .find("</a>")
        .map(|i| i + "</a>".len())
        .ok_or("the page has no skip link")?;
    let page = format!(
        "{}{}{}",
        &body[..skip_link_end],
        render_fallback(),
        &body[skip_link_end..]
    );
    Ok(format!("{before}{page}{after}").replacen("</head>", &head, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sbc_guide::app::render::render_page;

    const TEMPLATE: &str = "<html><head><base href=\"/\"><title>T</title>\
        <meta name=\"description\" content=\"x\"></head><body>\
        <!-- sitegen: page --></body></html>";
    const PAGE: &str = "<div class=\"app-page\"><a href=\"#main\">Skip</a><main>M</main></div>";

    fn assets() -> Assets {
        Assets {
            glue: "app-1.js".into(),
            wasm: "app-1_bg.wasm".into(),
            css: "app-2.css".into(),
            boot: "boot-3.js".into(),
            prefs: "prefs-4.js".into(),
        }
    }

    #[test]
    fn pages_get_a_relative_base_their_title_and_the_assets() {
        let home = page_html(TEMPLATE, Route::Home, PAGE, &assets(), true).unwrap();
        assert!(home.contains("<base href=\"./\">"));
        assert!(home.contains("<title>Home – Secondary Breast Cancer Guide</title>"));
        assert!(home.contains("<script type=\"module\" src=\"boot-3.js\"></script>"));
        assert!(home.contains("href=\"app-2.css\""));
        assert!(home.contains(&format!(
            "<body><div class=\"app-page\"><a href=\"#main\">Skip</a>{}<main>M</main></div></body>",
            render_fallback()
        )));
        let base = home.find("<base").unwrap();
        let prefs = home.find("<script src=\"prefs-4.js\"></script>").unwrap();
        let css = home.find("app-2.css").unwrap();
        assert!(
            base < prefs && prefs < css,
            "preferences apply before anything is drawn"
        );
        let page = page_html(TEMPLATE, Route::Guide(0), PAGE, &assets(), true).unwrap();
        assert!(page.contains("<base href=\"../../\">"));
        assert!(page.contains(content::guide()[0].title));
    }

    #[test]
    fn every_page_is_pre_rendered_by_the_app_itself() {
        for route in Route::all() {
            let html = render_page(route);
            assert!(
                html.starts_with("<div class=\"app-page\""),
                "{route:?}: {}",
                &html[..80]
            );
            assert_eq!(html.matches("<h1").count(), 1, "{route:?}: one h1");
            assert!(html.contains(route.heading()), "{route:?}: its heading");
            assert!(html.contains("class=\"app-header\""), "{route:?}: header");
        }
        // Found by its id: an editor may add pages before it (content/guide.toml).
        let urgent_index = content::guide()
            .iter()
            .position(|section| section.slug == "urgent-symptoms")
            .expect("the guide has its urgent symptoms page");
        let urgent = render_page(Route::Guide(urgent_index));
        assert!(urgent.contains("tel:999"));
        assert!(!render_page(Route::Home).contains("Your changes will not be kept"));
    }

    #[test]
    fn the_templates_comments_stay_out_of_the_pages() {
        let template =
            TEMPLATE.replace("<title>", "\n  <!--\n    For developers.\n  -->\n  <title>");
        let home = page_html(&template, Route::Home, PAGE, &assets(), true).unwrap();
        assert!(!home.contains("<!--"), "{home}");
        assert!(!home.contains("\n\n"), "no empty lines left: {home}");
        assert_eq!(without_comments("a<!-- b -->c<!-- open"), "ac");
    }

    #[test]
    fn a_template_without_the_marker_is_refused() {
        let bad = TEMPLATE.replace("<!-- sitegen: page -->", "");
        assert!(page_html(&bad, Route::Home, PAGE, &assets(), true).is_err());
    }

    #[test]
    fn drops_trunks_leftover_links() {
        let with_link = TEMPLATE.replace(
            "</head>",
            "<link data-trunk rel=\"rust\" data-trunk-id=\"0\">\n</head>",
        );
        let html = page_html(&with_link, Route::Home, PAGE, &assets(), true).unwrap();
        assert!(!html.contains("data-trunk"));
    }

    #[test]
    fn refuses_inline_scripts() {
        let bad = TEMPLATE.replace("<body>", "<body><script>x()</script>");
        assert!(page_html(&bad, Route::Home, PAGE, &assets(), true).is_err());
        assert!(page_html(&bad, Route::Home, PAGE, &assets(), false).is_ok());
    }

    #[test]
    fn finds_every_bundle_trunk_wrote() {
        let bins = ["sbc-guide", "support", "your-data"];
        let found = find_trunk_bundles(
            [
                "index.html",
                "sbc-guide-0123456789abcdef.js",
                "sbc-guide-0123456789abcdef_bg.wasm",
                "support.js",
                "support_bg.wasm",
                "your-data.js",
                "your-data_bg.wasm",
                "favicon.svg",
                "boot-0123456789abcdef.js",
            ],
            &bins,
        );
        let found_bins: Vec<&str> = found.iter().map(|b| b.bin.as_str()).collect();
        assert_eq!(found_bins, bins);
        assert_eq!(found[0].glue, "sbc-guide-0123456789abcdef.js");
        assert_eq!(found[0].wasm, "sbc-guide-0123456789abcdef_bg.wasm");
        assert!(find_trunk_bundles(["index.html", "orphan_bg.wasm"], &bins).is_empty());
        // Trunk's hash is not zero-padded: 15 hex digits happen (a CI build failed on one).
        let short = find_trunk_bundles(
            [
                "sbc-guide-abcdef012345678.js",
                "sbc-guide-abcdef012345678_bg.wasm",
            ],
            &bins,
        );
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].bin, "sbc-guide");
        assert!(find_trunk_bundles(["other.js", "other_bg.wasm"], &bins).is_empty());
    }

    /// `html` with the contents of every element marked `attribute` taken out (the marked
    /// elements are `div`s; nested `div`s are counted).
    fn without_marked(html: &str, attribute: &str) -> String {
        let marker = format!("<div {attribute}=");
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find(&marker) {
            out.push_str(&rest[..start]);
            let mut depth = 0usize;
            let mut at = start;
            loop {
                let open = rest[at..].find("<div").map(|i| at + i);
                let close = rest[at..].find("</div>").map(|i| at + i);
                match (open, close) {
                    (Some(o), Some(c)) if o < c => {
                        depth += 1;
                        at = o + 4;
                    }
                    (_, Some(c)) => {
                        depth -= 1;
                        at = c + 6;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => panic!("unclosed div in {html}"),
                }
            }
            rest = &rest[at..];
        }
        out.push_str(rest);
        out
    }

    /// A reading page is never drawn again in the browser, only its islands are (decision
    /// 0008): so everything on it that depends on the person, the hospital or the date must sit
    /// in an island, and every island must be one the reading bundle can draw.
    #[test]
    fn reading_pages_keep_everything_personal_in_their_islands() {
        use sbc_guide::components::island::Island;
        use sbc_guide::contracts::{ISLAND_ATTRIBUTE, NATIONS_ATTRIBUTE, PERSONAL_ATTRIBUTE};
        let mut reading: Vec<Route> = Route::all()
            .into_iter()
            .filter(|r| r.bundle() == Route::Home.bundle())
            .collect();
        reading.push(Route::NotFound);
        assert!(reading.contains(&Route::Guide(0)) && reading.contains(&Route::GuideIndex));
        for route in reading {
            let html = render_page(route);
            for code in html
                .split(&format!("{ISLAND_ATTRIBUTE}=\""))
                .skip(1)
                .map(|rest| &rest[..rest.find('"').unwrap()])
            {
                assert!(
                    Island::from_code(code).is_some(),
                    "{route:?}: island {code}"
                );
            }
            if let Route::Guide(_) = route {
                let due = sbc_guide::contracts::REVIEW_DUE_ATTRIBUTE;
                assert!(
                    html.contains(&format!("{due}=\"")),
                    "{route:?}: review date"
                );
                assert!(
                    review_due_meta(&html).contains("<meta name=\"app-review-due\" content=\"20")
                );
            }
            let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
            let fixed = without_marked(main, ISLAND_ATTRIBUTE);
            for personal in [
                "<input",
                "<select",
                "<textarea",
                "<form",
                "app-personal",
                PERSONAL_ATTRIBUTE,
                NATIONS_ATTRIBUTE,
            ] {
                assert!(
                    !fixed.contains(personal),
                    "{route:?}: {personal} outside an island"
                );
            }
        }
        let urgent = render_page(Route::Guide(
            content::pages::index_of("urgent-symptoms").unwrap(),
        ));
        let code = Island::UrgentNumbers.code();
        assert!(urgent.contains(&format!("{ISLAND_ATTRIBUTE}=\"{code}\"")));
        assert!(
            without_marked(
                "<p>a</p><div data-x=\"1\"><div>b</div>c</div><p>d</p>",
                "data-x"
            ) == "<p>a</p><p>d</p>"
        );
    }

    /// The service worker points the not-found page's base at the guide's root by replacing
    /// its exact text: the page must carry that text.
    #[test]
    fn the_not_found_page_has_the_base_the_worker_rewrites() {
        let page = page_html(TEMPLATE, Route::NotFound, PAGE, &assets(), true).unwrap();
        let base = "<base href=\"./\">";
        assert!(page.contains(base), "{page}");
        assert!(SW_BODY.contains(&format!("'{base}'")));
        assert!(
            service_worker("b", &[]).contains(&format!("const NOT_FOUND = \"{NOT_FOUND_FILE}\";"))
        );
    }

    #[test]
    fn every_page_has_a_bundle_and_every_bundle_a_binary() {
        let manifest = include_str!("../../../Cargo.toml");
        for route in Route::all() {
            assert!(
                manifest.contains(&format!("name = \"{}\"", route.bundle())),
                "{route:?}: no binary named {}",
                route.bundle()
            );
        }
    }

    #[test]
    fn the_pre_paint_script_names_the_hospital_line_script() {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../public/apply-preferences.js"),
        )
        .unwrap();
        let written = prefs_script(&source, "hospital-line-5.js").unwrap();
        assert!(written.contains("'hospital-line-5.js'"));
        assert!(!written.contains(sbc_guide::contracts::HOSPITAL_LINE_SCRIPT_PLACEHOLDER));
        assert!(prefs_script("var a = 1;", "x.js").is_err());
    }

    #[test]
    fn boot_module_loads_relative_to_itself() {
        let boot = boot_module("a.js", "a_bg.wasm", false, false);
        assert!(boot.contains("const failureCause = async () => null;"));
        assert!(
            !boot.contains("popover"),
            "only the reading pages carry the glossary marks' script"
        );
        let reading = boot_module("a.js", "a_bg.wasm", false, true);
        assert!(reading.contains(&format!(
            "a.{}[{}]",
            sbc_guide::contracts::TERM_CLASS,
            sbc_guide::contracts::TERM_ATTRIBUTE
        )));
        let diagnosing = boot_module("a.js", "a_bg.wasm", true, false);
        assert!(diagnosing.contains("securitypolicyviolation"));
        assert!(diagnosing.matches("const failureCause").count() == 1);
        assert!(boot.contains("import init from \"./a.js\""));
        assert!(boot.contains("new URL(\"./a_bg.wasm\", import.meta.url)"));
        // It asks the pre-paint script for the hospital line, and marks that it ran.
        assert!(boot.contains(sbc_guide::contracts::HOSPITAL_LINE_EVENT));
        assert!(boot.contains(sbc_guide::contracts::BOOT_ATTRIBUTE));
        // The hospital line script reads the file the app reads.
        let module = hospital_line_module().unwrap();
        assert!(module.contains(&format!("'{}'", sbc_guide::domain::deployment::CONFIG_FILE)));
        // A classic script that runs itself, its names kept to itself.
        assert!(module.starts_with("(function () {") && module.ends_with("})();\n"));
        assert!(!module.contains("export "));
        // It names the line with the app's words, written in by the build.
        assert!(!module.contains("__WORDS_"));
        assert!(module.contains("\"{hospital}: {name}\""));
        // It waits for the app's own word that it has taken over before repeating early taps.
        assert!(boot.contains(&format!("'{}'", sbc_guide::contracts::READY_EVENT)));
    }

    #[test]
    fn minified_css_keeps_every_rule_and_quoted_text() {
        let css = "/* a.css */\n.app-a  >  .b,\n.c:hover {\n  color: red; /* why */\n  margin: 0 auto;\n}\n\
                   @media (min-width: 40em) {\n  .d::before { content: \" /* x */  \" attr(href); }\n}\n";
        assert_eq!(
            minify_css(css),
            ".app-a > .b,.c:hover{color: red;margin: 0 auto;}\
             @media (min-width: 40em){.d::before{content: \" /* x */  \" attr(href);}}"
        );
    }

    #[test]
    fn bundles_imports_in_order() {
        let read = |name: &str| match name {
            "a.css" => Ok("a {}".to_string()),
            "b.css" => Ok("@import \"a.css\";\nb {}".to_string()),
            other => Err(format!("no {other}")),
        };
        let css = bundle_css("@import \"b.css\";\nc {}", &read).unwrap();
        let a = css.find("a {}").unwrap();
        let b = css.find("b {}").unwrap();
        let c = css.find("c {}").unwrap();
        assert!(a < b && b < c);
        assert!(bundle_css("@import \"missing.css\";", &read).is_err());
    }

    #[test]
    fn the_service_worker_lists_the_build() {
        let sw = service_worker("abc", &["./".into(), "app-1.css".into(), "icon.svg".into()]);
        assert!(sw.contains("const BUILD = \"abc\";"));
        // The settings check page reads the lists back from the worker.
        assert_eq!(
            sbc_guide::domain::deployment::precache_files(&sw),
            Some(vec![
                ("./".to_string(), true),
                ("app-1.css".to_string(), true),
                ("icon.svg".to_string(), false)
            ])
        );
        assert!(sw.contains("skipWaiting"), "activates only when asked");
    }

    #[test]
    fn hashes_are_stable_and_differ() {
        assert_eq!(content_hash(b"abc"), content_hash(b"abc"));
        assert_ne!(content_hash(b"abc"), content_hash(b"abd"));
        assert_eq!(content_hash(b"").len(), 16);
    }
}
