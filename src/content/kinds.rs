//! The kinds that content files and saved data name by a code ("northern-ireland",
//! "special-rules", "non-urgent", a text size of "150"), defined once.
//!
//! The build's checker (`crates/content-build`) includes this very file, so the codes an editor
//! writes, the codes the checker accepts and the codes the app reads cannot drift apart. Only
//! codes live here: what each kind is called on screen comes from `content/words.toml`, in the
//! app's own `impl` blocks (`Nation::name`, `Group::heading` …).

/// Declares an enum whose variants are known by stable codes: each `Variant = "code"` gives
/// `ALL` (in declaration order, which is display order), `CODES`, `code()` and `from_code()`.
///
/// A code is written in content files, saved in the browser and put in addresses: never change
/// one once published (add a migration in `crate::state::storage` if it ever must).
macro_rules! coded {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$variant_meta])* $variant ),+
        }

        impl $crate::content::kinds::Coded for $name {
            fn code(self) -> &'static str {
                $name::code(self)
            }
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// Every code, in the same order (for messages that list what may be written).
            pub const CODES: [&'static str; [$($code),+].len()] = [$($code),+];

            /// The stable code, as content files, saved data and addresses write it.
            pub const fn code(self) -> &'static str {
                match self {
                    $( $name::$variant => $code ),+
                }
            }

            /// The variant with this code; `None` for anything else (codes are case-sensitive).
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|v| v.code() == code)
            }
        }
    };
}

/// A kind known by a stable code (every `coded!` enum): what code that needs only the code, such
/// as a radio group's element ids, takes.
pub trait Coded: Copy + Send + Sync + 'static {
    fn code(self) -> &'static str;
}

// The build's checker includes this file and declares no kinds of its own.
#[allow(unused_imports)]
pub(crate) use coded;

coded! {
    /// The four UK nations: benefits, forms, official websites and urgent lines differ between
    /// them.
    pub enum Nation {
        England = "england",
        Scotland = "scotland",
        Wales = "wales",
        NorthernIreland = "northern-ireland",
    }
}

coded! {
    /// The groups the benefits checklist is arranged in, in display order.
    pub enum Group {
        SpecialRules = "special-rules",
        Disability = "disability",
        Income = "income",
        Carers = "carers",
        Travel = "travel",
        Health = "health",
        Home = "home",
    }
}

coded! {
    /// Which age group a checklist item is for, relative to State Pension age.
    pub enum AgeGroup {
        AnyAge = "any",
        UnderPensionAge = "under-pension-age",
        OverPensionAge = "over-pension-age",
    }
}

coded! {
    /// Which difficulty a checklist item is about. Items are hidden only when the person has
    /// said they do not have that difficulty (and a doctor has not said they may be in the last
    /// year of life).
    pub enum Need {
        AnyNeed = "any",
        /// Walking or getting around.
        Mobility = "mobility",
        /// Help with daily care.
        Care = "care",
        /// Either of the two.
        MobilityOrCare = "mobility-or-care",
    }
}

coded! {
    /// What an organisation in the support directory helps with, in display order. The code is
    /// also the address's filter (`?category=emotional-support`) and a hospital settings file's.
    pub enum Category {
        UrgentMedical = "urgent-medical",
        EmotionalSupport = "emotional-support",
        MoneyAndWork = "money-and-work",
        EndOfLifeCare = "end-of-life-care",
        Information = "information",
        ForCarers = "for-carers",
    }
}

coded! {
    /// The NHS care-card levels, most serious first, as written after `::: care-card`; the
    /// code is also the card's class modifier (`app-care-card--non-urgent`).
    pub enum Urgency {
        /// Call 999.
        Emergency = "emergency",
        /// Call your hospital team now.
        Urgent = "urgent",
        /// Tell your team soon.
        NonUrgent = "non-urgent",
    }
}

coded! {
    /// Text size as a percentage of the browser's own setting (which it multiplies, so a person
    /// who already enlarged their browser's text gets more, not less). The code is the percentage,
    /// as the settings page's answers and `<html data-text-size>` write it.
    #[derive(Default)]
    pub enum TextSize {
        #[default]
        Standard = "100",
        Large = "125",
        Larger = "150",
        VeryLarge = "175",
        Largest = "200",
    }
}

coded! {
    /// Colours.
    #[derive(Default)]
    pub enum Theme {
        /// Light or dark as the device is set.
        #[default]
        System = "system",
        Light = "light",
        Dark = "dark",
        HighContrast = "high-contrast",
    }
}

coded! {
    /// Movement on screen.
    #[derive(Default)]
    pub enum Motion {
        /// Reduce motion if the device asks for it.
        #[default]
        System = "system",
        Reduce = "reduce",
    }
}

coded! {
    /// The benefits checklist's questions (`content::checklist_page::QUESTIONS`); the code is
    /// the saved answer's name and part of the page's element ids.
    pub enum QuestionId {
        Nation = "nation",
        OverPensionAge = "over-pension-age",
        Mobility = "mobility",
        Care = "care",
        Working = "working",
        Carer = "carer",
        LastYear = "last-year",
    }
}

coded! {
    /// The settings page's questions (`content::settings_page`).
    pub enum SettingId {
        TextSize = "text-size",
        Theme = "theme",
        Motion = "motion",
    }
}

impl Urgency {
    /// The letter of `../shared/facts-urgent.md`'s section that signs in this card come from
    /// (A "Call 999 now", B urgent, C tell your team soon).
    pub const fn fact_letter(self) -> char {
        match self {
            Urgency::Emergency => 'a',
            Urgency::Urgent => 'b',
            Urgency::NonUrgent => 'c',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            code: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            for (i, v) in all.iter().enumerate() {
                assert_eq!(from(code(*v)), Some(*v));
                assert!(all[..i].iter().all(|w| code(*w) != code(*v)), "{v:?}");
            }
            assert_eq!(from("Not-a-code"), None);
        }
        check(&Nation::ALL, Nation::code, Nation::from_code);
        check(&Group::ALL, Group::code, Group::from_code);
        check(&AgeGroup::ALL, AgeGroup::code, AgeGroup::from_code);
        check(&Need::ALL, Need::code, Need::from_code);
        check(&Category::ALL, Category::code, Category::from_code);
        check(&Urgency::ALL, Urgency::code, Urgency::from_code);
    }
}
