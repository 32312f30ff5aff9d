//! `cargo run -p content-build`: checks the content files without building the app, and says
//! what is due for review. For editors: quicker than a full build, and the same checks.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../.."));
    match content_build::load(&root, &content_build::app_rust(&root)) {
        Ok(content) => {
            // The README shows the same tables as the tests compare: say so here too, so an
            // editor finds out before the full tests.
            let readme = std::fs::read_to_string(root.join("README.md")).unwrap_or_default();
            let stale =
                content_build::readme_problems(&readme, &content, &content_build::app_rust(&root));
            if !stale.is_empty() {
                for problem in &stale {
                    eprintln!("{problem}");
                    eprintln!();
                }
                return ExitCode::FAILURE;
            }
            println!(
                "The content files are fine: {} pages, {} checklist items, {} organisations, {} sources.",
                content.pages.len(),
                content.benefits.len(),
                content.organisations.len(),
                content.sources.len()
            );
            println!();
            println!("Each page's reading ease and review dates (README.md shows the same table):");
            println!();
            print!("{}", content_build::readme_pages_table(&content));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprintln!("The content files have {} problem(s):", problems.len());
            eprintln!();
            for problem in &problems {
                eprintln!("{problem}");
                eprintln!();
            }
            eprintln!("docs/EDITING.md explains each message.");
            ExitCode::FAILURE
        }
    }
}
