//! The layers of `src/` (see `src/lib.rs`): each folder may use only the layers below it. A use
//! that runs back up a layer fails here, naming the file and line, before it tangles the code.

use std::path::Path;

/// (folder, what it must never mention, why)
const RULES: &[(&str, &[&str], &str)] = &[
    (
        "src/domain",
        &[
            "web_sys",
            "wasm_bindgen",
            "leptos",
            "crate::state",
            "crate::browser",
            "crate::components",
            "crate::pages",
            "crate::app",
        ],
        "domain rules are plain Rust: no browser, no saved state, no screens",
    ),
    (
        "src/state",
        &[
            "crate::browser",
            "crate::components",
            "crate::pages",
            "crate::app",
        ],
        "saved state knows nothing of the screens or the browser glue",
    ),
    (
        "src/browser",
        &["crate::components", "crate::pages", "crate::app"],
        "browser glue knows nothing of the screens",
    ),
    (
        "src/content",
        &[
            "crate::domain",
            "crate::state",
            "crate::browser",
            "crate::components",
            "crate::pages",
            "crate::app",
            "crate::route",
            "crate::json",
            "crate::contracts",
            "web_sys",
            "leptos",
        ],
        "content is data, the foundation every layer reads",
    ),
    (
        "src/route.rs",
        ABOVE_THE_FOUNDATION,
        "the foundation uses only content",
    ),
    (
        "src/json.rs",
        ABOVE_THE_FOUNDATION,
        "the foundation uses only content",
    ),
    (
        "src/contracts.rs",
        ABOVE_THE_FOUNDATION,
        "the foundation uses only content",
    ),
    (
        "src/components",
        &["crate::pages", "crate::app"],
        "components bind state to markup; pages are built from them, not the other way",
    ),
    (
        "src/pages",
        &["crate::app"],
        "pages are drawn by the app shell, not the other way",
    ),
];

/// What the foundation files (route, json, contracts) must never use.
const ABOVE_THE_FOUNDATION: &[&str] = &[
    "crate::domain",
    "crate::state",
    "crate::browser",
    "crate::components",
    "crate::pages",
    "crate::app",
    "web_sys",
    "leptos",
];

/// Every `.rs` file under `folder` (or `folder` itself, if it is one file).
fn rust_files(folder: &Path, out: &mut Vec<std::path::PathBuf>) {
    if folder.is_file() {
        out.push(folder.to_path_buf());
        return;
    }
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_layer_uses_one_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for (folder, forbidden, why) in RULES {
        let mut files = Vec::new();
        rust_files(&root.join(folder), &mut files);
        assert!(!files.is_empty(), "{folder} has no Rust files");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (number, line) in text.lines().enumerate() {
                checked += 1;
                // Comments may name other layers (to say why not).
                let code = line.split("//").next().unwrap_or_default();
                for word in *forbidden {
                    if code.contains(word) {
                        problems.push(format!(
                            "{}:{}: uses {word}: {why}",
                            file.strip_prefix(root).unwrap().display(),
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        checked > 1000,
        "the scan read the sources ({checked} lines)"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The build's own steps are the `sitegen` crate, which uses the app; the app never uses it,
/// so none of it can be compiled into the wasm.
#[test]
fn build_code_is_a_crate_the_app_never_uses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let dependencies: Vec<&str> = manifest
        .split("\n[")
        .filter(|table| table.contains("dependencies]"))
        .collect();
    assert!(!dependencies.is_empty());
    for table in dependencies {
        assert!(
            !table
                .lines()
                .any(|line| line.trim_start().starts_with("sitegen")),
            "Cargo.toml: the app depends on sitegen"
        );
    }
    let sitegen = std::fs::read_to_string(root.join("crates/sitegen/Cargo.toml")).unwrap();
    assert!(sitegen.contains("sbc-guide = { path = \"../..\" }"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("sitegen::"),
            "{}: uses sitegen",
            file.display()
        );
    }
}
