//! One view per route.

pub mod benefits;
pub mod guide;
pub mod guide_index;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod support;
pub mod your_data;
