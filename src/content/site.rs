//! What every page shares that is not words: the ids and class names the header's links and
//! menu button rely on, and the sources of the home page's quote. (The words are in
//! `content/words.toml`: `words::site`, `words::header`, `words::home`, `words::footer`.)

use super::Source;

/// The `id` of the urgent symptoms page's "Call 999 now" card, which the header's "Urgent
/// help" link on every page leads to (`content/pages/urgent-symptoms.md` gives the card this id;
/// tests/content.rs checks it).
pub const CALL_999_ID: &str = "call-999";
/// The main navigation's `id`, which the menu button controls.
pub const MENU_ID: &str = "app-header-navigation";
/// The menu button's class and the navigation's class while open: `public/apply-preferences.js`
/// and `style/header.css` use the same names (tests/storage.rs checks the script).
pub const MENU_TOGGLE_CLASS: &str = "app-header__menu-toggle";
pub const MENU_OPEN_CLASS: &str = "app-header__navigation--open";

/// The quote's words are the leaflet's; the Wellcome Collection holds Petrone's series (the exact
/// record for "The healing touch" could not be found, so a copy of it is cited as a lead).
pub const QUOTE_SOURCES: &[Source] = &[
    super::sources::SRC_LEAFLET,
    super::sources::SRC_WELLCOME_LOSS_ECJ,
    super::sources::SRC_LEAD_ARTSTOR_HEALING_TOUCH,
];
