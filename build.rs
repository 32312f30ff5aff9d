//! Turns the content files (`content/`) into the Rust data the app is built from.
//!
//! A mistake in a content file stops the build here, with the file, the line and what to do
//! (see docs/EDITING.md). The work is done by `crates/content-build`, which the content tests
//! also use; nothing of it ships in the wasm.

fn main() {
    let root =
        std::path::PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by Cargo"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("set by Cargo"));
    println!("cargo:rerun-if-changed=content");
    for folder in content_build::RUST_FOLDERS {
        println!("cargo:rerun-if-changed={folder}");
    }
    if let Err(problems) = content_build::build(&root, &out) {
        eprintln!();
        eprintln!(
            "The guide's content has {} problem(s). Nothing was built.",
            problems.len()
        );
        eprintln!();
        for problem in &problems {
            eprintln!("{problem}");
            eprintln!();
        }
        eprintln!("docs/EDITING.md explains each message.");
        std::process::exit(1);
    }
}
