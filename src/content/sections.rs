//! The guidance pages, in reading order: written from `content/pages/*.md` by the build script
//! (`crates/content-build`), listed in `content/guide.toml`.

include!(concat!(env!("OUT_DIR"), "/guide_sections.rs"));
