//! The guide's rules in plain Rust: which checklist items fit the answers, contacts and their
//! phone numbers, the support directory and its search, which urgent lines a person sees, and
//! what a hospital's settings file gives. Tested natively.
//!
//! May use: `content`, `json`, `contracts`, and each other. Never the browser (`web_sys`,
//! `leptos`), saved state (`state`), browser glue (`browser`) or the screens (`components`,
//! `pages`): `tests/layers.rs` fails when one does.

pub mod checklist;
pub mod contacts;
pub mod deployment;
pub mod directory;
pub mod id_map;
pub mod merge;
pub mod order;
pub mod search;
pub mod settings_text;
pub mod urgent;
