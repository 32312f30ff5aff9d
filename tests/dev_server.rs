//! The development server (`scripts/serve.sh`, Trunk's `serve`) watches only folders that no
//! build writes to. Watching a folder the build fills (target/, dist/) overflowed inotify's
//! queue during a first build and the watcher's panic ended the server without a word.

use std::path::{Path, PathBuf};

/// Where a build writes: cargo's target folder, Trunk's dist (and its staging folder inside),
/// npm's packages and the browser tests' screenshots.
const WRITTEN_BY_BUILDS: &[&str] = &["target", "dist", "node_modules", "tests/e2e/artifacts"];

fn watched_paths() -> Vec<String> {
    let trunk = std::fs::read_to_string(root().join("Trunk.toml")).expect("Trunk.toml is readable");
    let table: toml::Table = trunk.parse().expect("Trunk.toml is TOML");
    table
        .get("watch")
        .and_then(|w| w.get("watch"))
        .and_then(|w| w.as_array())
        .expect("Trunk.toml names the paths to watch in [watch] watch = [...]; without it Trunk watches the whole project, target/ included")
        .iter()
        .map(|p| p.as_str().expect("each watched path is a string").to_string())
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_watched_path_holds_what_a_build_writes() {
    for watched in watched_paths() {
        let watched = Path::new(&watched);
        assert!(
            root().join(watched).exists(),
            "Trunk.toml watches {}, which does not exist (Trunk would refuse to start)",
            watched.display()
        );
        for written in WRITTEN_BY_BUILDS {
            let written = Path::new(written);
            assert!(
                !written.starts_with(watched) && !watched.starts_with(written),
                "Trunk.toml watches {}, which holds or is inside {}, where builds write",
                watched.display(),
                written.display()
            );
        }
    }
}

#[test]
fn every_folder_the_build_reads_is_watched() {
    let watched = watched_paths();
    for needed in ["src", "style", "content", "public", "index.html", "crates"] {
        assert!(
            watched.iter().any(|w| w == needed),
            "Trunk.toml does not watch {needed}: a change there would not rebuild the preview"
        );
    }
}
