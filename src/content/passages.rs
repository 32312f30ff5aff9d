//! The longer passages of the app's own screens, with bold and links, from
//! `content/passages.toml`: one module per table, one constant per entry
//! (`passages::home::URGENT`). Drawn with `components::rich_text::RichText`; the build checks
//! their links and phone numbers as it checks the guide's pages.

include!(concat!(env!("OUT_DIR"), "/passages.rs"));
