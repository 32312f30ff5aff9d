//! Two tabs (or a tab restored from the back/forward cache, or one the browser froze) may each
//! change what is saved. Before a tab writes, it reads the latest saved value and merges its own
//! changes into it, item by item and field by field (`crate::state::saved`):
//! - a field this tab changed since it last read takes this tab's value (the later write);
//!   a field it did not change takes the saved one, so another tab's change is never undone;
//! - an item the other tab deleted stays deleted; an item either tab added is kept.
//!
//! `base` is what this tab last read or wrote, `ours` what it shows now, `theirs` what is
//! saved now. Pure Rust, tested natively.

/// One field: ours if this tab changed it since `base`, else theirs.
pub fn field<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours != base {
        ours.clone()
    } else {
        theirs.clone()
    }
}

/// A value that can merge two tabs' changes to it (see the module's rules).
pub trait Merge: Sized {
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_keeps_whichever_tab_changed_it() {
        assert_eq!(field(&1, &1, &2), 2, "only theirs changed");
        assert_eq!(field(&1, &3, &1), 3, "only ours changed");
        assert_eq!(field(&1, &3, &2), 3, "both: ours is the later write");
    }
}
