//! The device's calendar date, for review-date warnings.

use crate::content::Date;

/// Today on this device. The date comes from the device, so a wrong clock can only make a page
/// warn too early or too late; it never hides the review dates themselves.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        u16::try_from(now.get_full_year()).unwrap_or(0),
        u8::try_from(now.get_month() + 1).unwrap_or(1),
        u8::try_from(now.get_date()).unwrap_or(1),
    )
}
