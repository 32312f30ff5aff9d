//! Calendar dates for review governance, without a date library in the wasm.

/// A calendar date. Ordering is chronological because fields compare year first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// True for a real calendar date (content is checked with this in the tests).
    pub fn is_valid(&self) -> bool {
        if !(1..=12).contains(&self.month) || self.day == 0 {
            return false;
        }
        let leap = (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100))
            || self.year.is_multiple_of(400);
        let days = match self.month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        self.day <= days
    }

    /// Whole months from `self` to `later`, counting a part month as a whole one.
    pub fn months_until(&self, later: Date) -> i32 {
        let months = (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month);
        if later.day > self.day {
            months + 1
        } else {
            months
        }
    }

    /// The NHS style for dates: "24 November 2026".
    pub fn long(&self) -> String {
        let month = MONTHS
            .get(usize::from(self.month.saturating_sub(1)))
            .copied()
            .unwrap_or("");
        format!("{} {} {}", self.day, month, self.year)
    }

    /// Reads an ISO 8601 date ("2027-03-31", as a date input gives it); `None` unless it is a
    /// real calendar date.
    pub fn from_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let date = Date::new(year, month, day);
        (date.is_valid() && year >= 1000).then_some(date)
    }

    /// ISO 8601, for `<time datetime>`.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn reads_iso_dates_and_refuses_others() {
        assert_eq!(Date::from_iso("2027-03-31"), Some(Date::new(2027, 3, 31)));
        assert_eq!(Date::from_iso(" 2028-02-29 "), Some(Date::new(2028, 2, 29)));
        for bad in [
            "",
            "2027-02-29",
            "31/03/2027",
            "2027-13-01",
            "2027-03",
            "x-y-z",
            "0001-01-01",
        ] {
            assert_eq!(Date::from_iso(bad), None, "{bad:?}");
        }
        assert_eq!(
            Date::from_iso(&Date::new(2027, 1, 5).iso()),
            Some(Date::new(2027, 1, 5))
        );
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::new(2026, 11, 30) < Date::new(2026, 12, 1));
        assert!(Date::new(2027, 1, 1) > Date::new(2026, 12, 31));
    }

    #[test]
    fn knows_real_dates() {
        assert!(Date::new(2028, 2, 29).is_valid());
        assert!(!Date::new(2027, 2, 29).is_valid());
        assert!(!Date::new(2026, 13, 1).is_valid());
        assert!(!Date::new(2026, 4, 31).is_valid());
    }

    #[test]
    fn counts_months() {
        let start = Date::new(2026, 11, 24);
        assert_eq!(start.months_until(Date::new(2027, 11, 24)), 12);
        assert_eq!(start.months_until(Date::new(2027, 11, 25)), 13);
        assert_eq!(start.months_until(Date::new(2028, 11, 1)), 24);
    }

    #[test]
    fn formats() {
        assert_eq!(Date::new(2026, 11, 1).long(), "1 November 2026");
        assert_eq!(Date::new(2026, 3, 5).iso(), "2026-03-05");
    }
}
