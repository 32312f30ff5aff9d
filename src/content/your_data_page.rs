//! The words of the "Your data" page, including the privacy statement.

pub const PRIVACY: &[&str] = &[
    "**What is stored:** your settings, your benefits checklist answers, progress and notes, and your contacts. Nothing else: no name, no account, no tracking.",
    "**Where:** only in this web browser, on this device, in its local storage. The guide never sends anything to anyone: not to us, not to the hospital, not to any other website.",
    "**How to remove it:** use \"Delete everything from this device\" below. Clearing your browser's site data for this website removes it too.",
    "**On a shared computer:** choose \"Do not save anything on this device\". What you enter then lasts only until you close the tab.",
];

pub const EXPORT_HINT: &str = "Save a copy of everything in one file, to keep or to move to another device or browser. The file is made on this device; nothing is sent anywhere.";

pub const IMPORT_HINT: &str = "Choose a file you saved from this guide. You will see what is in it before anything on this device is replaced.";
