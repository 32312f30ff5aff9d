//! The device's calendar date, for review-date warnings.

use crate::content::Date;

/// Today on this device. The date comes from the device, so a wrong clock can only make a page
/// warn too early or too late; it never hides the review dates themselves.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        u16::try_from(now.get_full_year()).unwrap_or(0),
        u8::try_from(now.get_month() + 1).unwrap_or(1),
        u8::try_from(now.get_date()).unwrap_or(1),
    )
}

/// At build time: the build machine's date (UTC), so pre-rendered pages carry the warnings that
/// were due when they were built; the browser redraws them with its own date.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
#[cfg(not(target_arch = "wasm32"))]
fn date_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        u16::try_from(year).unwrap_or(0),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(date_from_days(0), Date::new(1970, 1, 1));
        assert_eq!(date_from_days(59), Date::new(1970, 3, 1));
        assert_eq!(date_from_days(11_016), Date::new(2000, 2, 29));
        assert_eq!(date_from_days(20_782), Date::new(2026, 11, 25));
    }
}
