//! Sorting with one copy of the sorting code.
//!
//! Every `sort_by` with its own closure or element type compiles Rust's whole sorting algorithm
//! again (about 3 KB of wasm each). The app packs each sort key and the item's position into one
//! `u64` and sorts those, so its own code needs only `[u64]::sort_unstable`. Ties keep their
//! original order.

/// `high` decides first, then `low`.
pub fn pack(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

/// The low half of a packed key.
pub fn low(packed: u64) -> u32 {
    (packed & 0xffff_ffff) as u32
}

/// Sorts packed keys (the app's only sort).
pub fn sort(keys: &mut [u64]) {
    keys.sort_unstable();
}

/// `items` in order of `key`, ties in their original order (a stable sort).
pub fn by_key<T>(items: Vec<T>, key: impl Fn(&T) -> u32) -> Vec<T> {
    let mut keys: Vec<u64> = items
        .iter()
        .enumerate()
        .map(|(i, item)| pack(key(item), i as u32))
        .collect();
    sort(&mut keys);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    keys.into_iter()
        .filter_map(|k| slots.get_mut(low(k) as usize)?.take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_keeping_ties_in_order() {
        let items = vec![("b", 2), ("a", 1), ("c", 2), ("d", 0), ("e", 1)];
        let sorted = by_key(items, |(_, k)| *k);
        let names: Vec<&str> = sorted.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["d", "a", "e", "b", "c"]);
    }

    #[test]
    fn packed_keys_order_by_high_then_low() {
        let mut keys = vec![pack(1, 0), pack(0, 9), pack(0, 3)];
        sort(&mut keys);
        assert_eq!(keys, [pack(0, 3), pack(0, 9), pack(1, 0)]);
        assert_eq!(low(pack(7, 42)), 42);
    }
}
