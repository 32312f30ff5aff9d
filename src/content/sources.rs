//! The sources register (`content/sources.toml`), one `SRC_…` constant per page cited, for
//! content that Rust code draws (the urgent numbers, the home page's quote). Content files cite
//! the same entries by id.

use super::Source;

include!(concat!(env!("OUT_DIR"), "/sources.rs"));
