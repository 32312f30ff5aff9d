//! The words of the app's own screens (headings, buttons, hints, messages), from
//! `content/words.toml`: one module per table, one constant per entry (`words::support::HEADING`).
//! The build refuses an entry the app does not use; the compiler refuses a use with no entry.

include!(concat!(env!("OUT_DIR"), "/words.rs"));
