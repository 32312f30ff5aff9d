//! Strings Rust, the scripts and the stylesheets must agree on (`src/contracts.rs`): every copy
//! written in a script or a stylesheet must be one Rust defines, and each script that needs one
//! must carry it exactly.

use sbc_guide::browser::embed::HEIGHT_MESSAGE;
use sbc_guide::contracts::{
    ACTIVATE_MESSAGE, APP_STATE_ATTRIBUTE, BOOT_ATTRIBUTE, CAUSE_ATTRIBUTE, EMBED_ATTRIBUTE,
    FAILURE_ATTRIBUTE, FAILURE_CAUSES, HOSPITAL_LINE_ATTRIBUTE, HOSPITAL_LINE_EVENT,
    HOSPITAL_LINE_SCRIPT_PLACEHOLDER, ISLAND_ATTRIBUTE, KEPT_ATTRIBUTE, LASTING_ATTRIBUTE,
    MOTION_ATTRIBUTE, NATIONS_ATTRIBUTE, NATION_ATTRIBUTE, NEEDS_APP_ATTRIBUTE,
    NOT_SAVED_ATTRIBUTE, NO_WASM_ATTRIBUTE, OVERDUE_ATTRIBUTE, PAGE_ATTRIBUTE, PERSONAL_ATTRIBUTE,
    PRINT_OPEN_ATTRIBUTE, READY_EVENT, REVIEW_DUE_ATTRIBUTE, REVIEW_DUE_META, SAVED_ATTRIBUTE,
    STATUS_ATTRIBUTE, TERM_ATTRIBUTE, TEXT_SIZE_ATTRIBUTE, THEME_ATTRIBUTE, TOUCHED_ATTRIBUTE,
    TRUNK_ATTRIBUTES,
};
use sbc_guide::domain::checklist::Status;
use sbc_guide::domain::deployment::CONFIG_FILE;
use sbc_guide::state::storage::{
    CHECKLIST_KEY, CONTACTS_KEY, NAMESPACE, PAUSE_KEY, PREFERENCES_KEY,
};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The scripts, stylesheets and HTML shell: everything outside Rust that the browser runs.
fn outside_rust() -> Vec<PathBuf> {
    let mut out = vec![root().join("index.html")];
    for dir in ["public", "src", "style"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "js" || x == "css") {
                out.push(path);
            }
        }
    }
    out
}

fn storage_key(key: &str) -> String {
    format!("{NAMESPACE}:{key}")
}

fn known() -> Vec<String> {
    vec![
        READY_EVENT.to_string(),
        ACTIVATE_MESSAGE.to_string(),
        HEIGHT_MESSAGE.to_string(),
        PAUSE_KEY.to_string(),
        storage_key(CHECKLIST_KEY),
        storage_key(CONTACTS_KEY),
        storage_key(PREFERENCES_KEY),
        CONFIG_FILE.to_string(),
        APP_STATE_ATTRIBUTE.to_string(),
        TOUCHED_ATTRIBUTE.to_string(),
        KEPT_ATTRIBUTE.to_string(),
        ISLAND_ATTRIBUTE.to_string(),
        PAGE_ATTRIBUTE.to_string(),
        OVERDUE_ATTRIBUTE.to_string(),
        REVIEW_DUE_ATTRIBUTE.to_string(),
        TEXT_SIZE_ATTRIBUTE.to_string(),
        THEME_ATTRIBUTE.to_string(),
        MOTION_ATTRIBUTE.to_string(),
        NATION_ATTRIBUTE.to_string(),
        NATIONS_ATTRIBUTE.to_string(),
        EMBED_ATTRIBUTE.to_string(),
        PERSONAL_ATTRIBUTE.to_string(),
        STATUS_ATTRIBUTE.to_string(),
        HOSPITAL_LINE_ATTRIBUTE.to_string(),
        LASTING_ATTRIBUTE.to_string(),
        SAVED_ATTRIBUTE.to_string(),
        BOOT_ATTRIBUTE.to_string(),
        HOSPITAL_LINE_EVENT.to_string(),
        FAILURE_ATTRIBUTE.to_string(),
        CAUSE_ATTRIBUTE.to_string(),
        NEEDS_APP_ATTRIBUTE.to_string(),
        NO_WASM_ATTRIBUTE.to_string(),
        NOT_SAVED_ATTRIBUTE.to_string(),
        TERM_ATTRIBUTE.to_string(),
        PRINT_OPEN_ATTRIBUTE.to_string(),
    ]
}

/// Every token starting with `prefix` in `text` (letters, digits, `-`, `:`, `.`).
fn tokens<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(prefix) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':' || c == '.'))
            .unwrap_or(tail.len());
        out.push(tail[..end].trim_end_matches(['.', ':']));
        rest = &tail[end..];
    }
    out
}

#[test]
fn every_contract_string_in_a_script_or_stylesheet_is_one_rust_defines() {
    let known = known();
    let example_file = CONFIG_FILE.replace(".json", ".example.json");
    let mut checked = 0;
    for path in outside_rust() {
        let text = std::fs::read_to_string(&path).unwrap();
        for token in tokens(&text, "sbc-guide:")
            .into_iter()
            .chain(tokens(&text, "sbc-guide-"))
            .chain(tokens(&text, "data-"))
            .filter(|t| !TRUNK_ATTRIBUTES.contains(t))
        {
            checked += 1;
            // "sbc-guide-config" names the settings file in prose; its example file is copied as is.
            let named_in_prose = CONFIG_FILE.starts_with(token) || token == example_file;
            assert!(
                known.iter().any(|k| k == token) || named_in_prose,
                "{}: {token:?} is not defined in Rust (src/contracts.rs): define it there, or use the one that is",
                path.display()
            );
        }
    }
    assert!(
        checked >= 10,
        "the scan found the contract strings ({checked})"
    );
}

#[test]
fn each_script_carries_the_strings_it_shares_with_rust() {
    let read = |file: &str| std::fs::read_to_string(root().join(file)).unwrap();
    let cases: &[(&str, Vec<String>)] = &[
        (
            "src/boot-body.js",
            vec![
                READY_EVENT.into(),
                TOUCHED_ATTRIBUTE.into(),
                APP_STATE_ATTRIBUTE.into(),
                BOOT_ATTRIBUTE.into(),
                HOSPITAL_LINE_EVENT.into(),
                NEEDS_APP_ATTRIBUTE.into(),
                NOT_SAVED_ATTRIBUTE.into(),
            ],
        ),
        (
            "public/apply-preferences.js",
            vec![
                storage_key(CHECKLIST_KEY),
                storage_key(CONTACTS_KEY),
                storage_key(PREFERENCES_KEY),
                TEXT_SIZE_ATTRIBUTE.into(),
                THEME_ATTRIBUTE.into(),
                MOTION_ATTRIBUTE.into(),
                NATION_ATTRIBUTE.into(),
                EMBED_ATTRIBUTE.into(),
                PERSONAL_ATTRIBUTE.into(),
                OVERDUE_ATTRIBUTE.into(),
                format!("meta[name=\"{REVIEW_DUE_META}\"]"),
                BOOT_ATTRIBUTE.into(),
                HOSPITAL_LINE_EVENT.into(),
                format!("'{HOSPITAL_LINE_SCRIPT_PLACEHOLDER}'"),
                APP_STATE_ATTRIBUTE.into(),
                HEIGHT_MESSAGE.into(),
            ],
        ),
        (
            "src/hospital-line.js",
            vec![CONFIG_FILE.into(), APP_STATE_ATTRIBUTE.into()],
        ),
    ];
    for (file, strings) in cases {
        let text = read(file);
        for s in strings {
            assert!(
                text.contains(s.as_str()),
                "{file} must use {s:?} exactly as Rust defines it"
            );
        }
    }
}

#[test]
fn the_service_worker_takes_its_names_from_rust() {
    // sitegen writes the prefix, the settings cache and the activate message into the worker.
    let body = std::fs::read_to_string(root().join("src/sw-body.js")).unwrap();
    assert!(
        !body.contains("sbc-guide"),
        "src/sw-body.js writes a contract string itself"
    );
    assert!(body.contains("event.data === ACTIVATE"));
}

#[test]
fn the_stylesheets_colour_only_statuses_the_checklist_has() {
    // `.app-tag[data-status="applied"]`: each value must be a `Status` code.
    let mut checked = 0;
    for path in outside_rust() {
        let text = std::fs::read_to_string(&path).unwrap();
        let marker = format!("[{STATUS_ATTRIBUTE}=\"");
        for (i, _) in text.match_indices(&marker) {
            let rest = &text[i + marker.len()..];
            let code = &rest[..rest.find('"').unwrap()];
            checked += 1;
            assert!(
                Status::from_code(code).is_some(),
                "{}: {code:?} is not a checklist status",
                path.display()
            );
        }
    }
    assert!(checked >= 3, "the scan found the status colours");
}

#[test]
fn the_deployment_guide_gives_each_file_the_type_the_check_page_expects() {
    // docs/DEPLOYMENT.md's table of types and `expected_types` (which the settings check page
    // judges by) must agree: a web team following one must pass the other.
    use sbc_guide::domain::deployment::expected_types;
    let guide = std::fs::read_to_string(root().join("docs/DEPLOYMENT.md")).unwrap();
    let rows: Vec<(String, String)> = guide
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let ending = cells.get(1)?.strip_prefix("`.")?.split('`').next()?;
            let kind = cells.get(2)?.strip_prefix('`')?.split(['`', ';']).next()?;
            Some((ending.to_string(), kind.to_string()))
        })
        .collect();
    assert!(
        rows.len() >= 8,
        "the table of types was not found: {rows:?}"
    );
    for (ending, kind) in &rows {
        let expected = expected_types(&format!("file.{ending}"));
        assert_eq!(
            expected.first().copied(),
            Some(kind.as_str()),
            ".{ending}: the deployment guide says {kind}, the check page expects {expected:?}"
        );
    }
    // And every ending the build ships is in the table.
    let shipped = [
        "html",
        "js",
        "css",
        "wasm",
        "webmanifest",
        "json",
        "svg",
        "png",
        "txt",
    ];
    for ending in shipped {
        assert!(
            rows.iter().any(|(e, _)| e == ending),
            ".{ending} is missing from docs/DEPLOYMENT.md's table of types"
        );
    }
}

#[test]
fn the_script_and_stylesheet_say_only_how_long_data_lasts_in_the_ways_rust_names() {
    // `html[data-lasting="safari-seven-days"]` and the pre-paint script's `lasting('…')`: each
    // must be a `Lasting` code, and the stylesheet must show the words for every one.
    use sbc_guide::state::lasting::Lasting;
    let script = std::fs::read_to_string(root().join("public/apply-preferences.js")).unwrap();
    let css = std::fs::read_to_string(root().join("style/keeping.css")).unwrap();
    let marker = format!("[{LASTING_ATTRIBUTE}=\"");
    let mut in_css = Vec::new();
    for (i, _) in css.match_indices(&marker) {
        let rest = &css[i + marker.len()..];
        in_css.push(rest[..rest.find('"').unwrap()].to_string());
    }
    for code in &in_css {
        assert!(
            Lasting::from_code(code).is_some(),
            "style/keeping.css: {code:?} is not a Lasting code"
        );
    }
    for lasting in Lasting::ALL {
        let code = lasting.code();
        assert!(
            in_css.iter().any(|c| c == code),
            "style/keeping.css shows no words for {code}"
        );
        assert!(
            script.contains(&format!("'{code}'")),
            "public/apply-preferences.js never sets {code}"
        );
    }
}

#[test]
fn the_deployment_guide_lists_every_support_category_and_stands_alone() {
    // It is copied into the built folder as deployment-guide.txt: a web team with only the
    // folder must find every field there, and no link into files the folder does not have.
    let guide = std::fs::read_to_string(root().join("docs/DEPLOYMENT.md")).unwrap();
    for code in sbc_guide::content::kinds::Category::CODES {
        assert!(
            guide.contains(&format!("`{code}`")),
            "docs/DEPLOYMENT.md does not list the category {code}"
        );
    }
    for field in [
        "format",
        "hospital.name",
        "hospital.acuteOncologyLine",
        "contacts",
        "supportGroups",
        "feedbackEmail",
        "offline",
    ] {
        assert!(
            guide.contains(&format!("| `{field}` |")),
            "docs/DEPLOYMENT.md's table of fields has no {field}"
        );
    }
    assert!(
        !guide.contains("documents every field"),
        "the fields are in the guide itself"
    );
    assert!(
        !guide.contains(".md)"),
        "a Markdown link leads to a file the built folder does not have"
    );
}

#[test]
fn every_failure_cause_the_boot_module_tells_has_its_own_rule_and_words() {
    // The boot module sets data-app-failure to a code; the stylesheet shows that cause alone.
    // The boot module tells most causes; the hospital line script (loaded when the boot
    // module never ran) the sandboxed frame's.
    let boot = std::fs::read_to_string(root().join("src/boot-diagnose.js")).unwrap()
        + &std::fs::read_to_string(root().join("src/hospital-line.js")).unwrap();
    let css = std::fs::read_to_string(root().join("style/before-start.css")).unwrap();
    let body = std::fs::read_to_string(root().join("src/boot-body.js")).unwrap();
    assert!(body.contains(FAILURE_ATTRIBUTE));
    for code in FAILURE_CAUSES {
        assert!(
            boot.contains(&format!("'{code}'")),
            "neither src/boot-diagnose.js nor src/hospital-line.js tells {code}"
        );
        let rule = format!(
            "[{FAILURE_ATTRIBUTE}=\"{code}\"] .app-deployment-check__cause[{CAUSE_ATTRIBUTE}=\"{code}\"]"
        );
        assert!(css.contains(&rule), "style/before-start.css has no {rule}");
    }
    // Any other code in the script would hide every cause and show none.
    for quoted in boot.split("return '").skip(1) {
        let code = quoted.split('\'').next().unwrap_or_default();
        assert!(
            FAILURE_CAUSES.contains(&code),
            "src/boot-diagnose.js tells {code:?}, which FAILURE_CAUSES lacks"
        );
    }
}

/// The `@import`s of one of the two stylesheets (`style/reading.css`, `style/tools.css`).
fn imports(entry: &str) -> Vec<String> {
    std::fs::read_to_string(root().join("style").join(entry))
        .unwrap()
        .lines()
        .filter_map(|l| {
            l.strip_prefix("@import \"")?
                .strip_suffix("\";")
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn every_stylesheet_file_is_in_a_bundle_and_themes_and_print_come_last() {
    let reading = imports("reading.css");
    let tools = imports("tools.css");
    for entry in [&reading, &tools] {
        assert_eq!(
            &entry[entry.len() - 2..],
            ["themes.css", "print.css"],
            "themes, then print, last"
        );
        assert_eq!(
            &entry[..3],
            ["settings.css", "base.css", "layout.css"],
            "the base first"
        );
    }
    for file in std::fs::read_dir(root().join("style")).unwrap() {
        let name = file.unwrap().file_name().to_string_lossy().into_owned();
        if name == "reading.css" || name == "tools.css" {
            continue;
        }
        assert!(
            reading.contains(&name) || tools.contains(&name),
            "style/{name} is in neither style/reading.css nor style/tools.css, so no page has it"
        );
    }
    // What both kinds of page draw (the layout, notices, forms in the urgent numbers, details)
    // is in both, in the same order.
    let shared: Vec<&String> = reading.iter().filter(|f| tools.contains(f)).collect();
    let shared_in_tools: Vec<&String> = tools.iter().filter(|f| reading.contains(f)).collect();
    assert_eq!(shared, shared_in_tools);
    for needed in [
        "header.css",
        "footer.css",
        "form.css",
        "button.css",
        "details.css",
        "warning-callout.css",
        "support.css",
    ] {
        assert!(shared.iter().any(|f| *f == needed), "{needed} is in both");
    }
}
