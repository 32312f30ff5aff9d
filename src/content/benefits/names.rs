//! The checklist items' ids and names, apart from the rest of their content.
//!
//! Code that only names items (the "Your data" summary) reads this small table, so it does not
//! pull every item's text, links and sources into that page's wasm bundle. The items
//! (`items.rs`) take their ids and names from here.

/// An item's stable id (saved progress is keyed by it: never change one once published) and name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemName {
    pub id: &'static str,
    pub name: &'static str,
}

// `NAMES`: every item's id and name, in the order of `ITEMS` (`content/benefits.toml`).
include!(concat!(env!("OUT_DIR"), "/benefit_names.rs"));

/// The name of the item with this id.
pub fn name_of(id: &str) -> Option<&'static str> {
    NAMES.iter().find(|n| n.id == id).map(|n| n.name)
}
