//! Words used across the whole app: the service name, the home page and the footer.

use super::Source;

pub const SERVICE_NAME: &str = "Secondary Breast Cancer Guide";

/// The header's link to the urgent symptoms page's "Call 999 now" card, on every page.
pub const URGENT_HELP: &str = "Urgent help";
/// The `id` of that card (`content::sections::urgent_symptoms`).
pub const CALL_999_ID: &str = "call-999";
/// The button that shows the main navigation on narrow screens.
pub const MENU: &str = "Menu";
/// The main navigation's `id`, which the menu button controls.
pub const MENU_ID: &str = "app-header-navigation";
/// The menu button's class and the navigation's class while open: `public/apply-preferences.js`
/// and `style/header.css` use the same names (tests/storage.rs checks the script).
pub const MENU_TOGGLE_CLASS: &str = "app-header__menu-toggle";
pub const MENU_OPEN_CLASS: &str = "app-header__navigation--open";

/// The leaflet's opening words, kept word for word.
pub const QUOTE: &str = "I need to know that this body is my body. And I need to know everything that is happening to my body. But most of all I need to know that you know that within my body there is me.";

/// Michele Angelo Petrone lived with Hodgkin's lymphoma, not breast cancer: the attribution
/// says who he was without claiming otherwise.
pub const QUOTE_CITE: &str =
    "Michele Angelo Petrone (1963–2007), artist, from his work The Emotional Cancer Journey";

/// The quote's words are the leaflet's; the Wellcome Collection holds Petrone's series (the exact
/// record for "The healing touch" could not be found, so a copy of it is cited as a lead).
pub const QUOTE_SOURCES: &[Source] = &[
    super::sources::SRC_LEAFLET,
    super::sources::SRC_WELLCOME_LOSS_ECJ,
    super::sources::SRC_LEAD_ARTSTOR_HEALING_TOUCH,
];

/// The home page's opening, under the `h1`.
pub const HOME_LEAD: &str = "Clear, honest information for people in the UK living with secondary breast cancer, and for the people close to them.";

pub const HOME_INTRO: &[&str] = &[
    "This guide explains what secondary breast cancer is, what to do if you have worrying symptoms, and where to find support and practical help.",
    "It does not replace your hospital team. They know you and your treatment. Ask them about anything you read here.",
];

/// Always in reach, on the home page and in the static fallback.
pub const HOME_URGENT: &str = "If you feel very unwell, call your hospital's 24-hour line. In an emergency, call [999](tel:999).";

/// The footer's privacy promise, in one sentence.
pub const PRIVACY: &str =
    "This guide keeps nothing about you anywhere but this device: it sends nothing to anyone.";

/// What the footer says about the guide's status.
pub const DISCLAIMER: &str = "This is general information, not advice about your own care. Your hospital team is always the best place to start.";

/// The home page's pointer to the benefits checklist.
pub const HOME_CHECKLIST: &str = "Use the [benefits checklist](/benefits/) to see the benefits and help that may fit your situation, and keep track of your claims. Your answers stay on this device.";
