//! The checklist's items, in display order within their groups: written from
//! `content/benefits.toml` by the build script, which checks every source, link and date.
//! No amounts, ever (benefit rates change every April).

use super::names::NAMES;
use super::*;

include!(concat!(env!("OUT_DIR"), "/benefit_items.rs"));
