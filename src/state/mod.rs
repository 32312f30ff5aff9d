//! What the guide keeps about the person: local storage (the only code that touches it), each
//! stored value bound to a signal, display preferences, the "Your data" export and import, and
//! where the person lives.
//!
//! May use: `domain` and everything it may use, and the browser's storage. Never the screens
//! (`components`, `pages`) or `browser`.

pub mod lasting;
pub mod preferences;
pub mod saved;
pub mod storage;
pub mod where_you_live;
pub mod your_data;
