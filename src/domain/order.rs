//! Sorting with one small copy of the sorting code.
//!
//! Every `sort_by` with its own closure or element type compiles Rust's whole sorting algorithm
//! again (about 3 KB of wasm each). The app packs each sort key and the item's position into one
//! `u64` and sorts those with one Shell sort of its own: even the standard library's single
//! `[u64]::sort_unstable` (its quicksort) was 3.2 KB of each bundle's wasm (measured
//! 2026-11-30 on the support bundle), where this is a few hundred bytes; the app sorts at most a
//! few thousand keys (the directory's search index), where a Shell sort is as quick to the eye.
//! Keys are unique (each carries its position), so ties keep their original order.

/// `high` decides first, then `low`.
pub fn pack(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

/// The low half of a packed key.
pub fn low(packed: u64) -> u32 {
    (packed & 0xffff_ffff) as u32
}

/// Sorts packed keys, smallest first (the app's only sort): a Shell sort with Ciura's gaps,
/// extended by 2.25 for longer lists.
pub fn sort(keys: &mut [u64]) {
    let mut gaps = vec![1usize, 4, 10, 23, 57, 132, 301, 701];
    while let Some(&last) = gaps.last() {
        let next = last * 9 / 4;
        if next >= keys.len() {
            break;
        }
        gaps.push(next);
    }
    let len = keys.len();
    for &gap in gaps.iter().rev().filter(|&&g| g < len.max(1)) {
        for i in gap..len {
            let key = keys[i];
            let mut j = i;
            while j >= gap && keys[j - gap] > key {
                keys[j] = keys[j - gap];
                j -= gap;
            }
            keys[j] = key;
        }
    }
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
    fn sorts_like_the_standard_library_at_every_length() {
        // A fixed pseudo-random sequence (a linear congruential generator), with repeats.
        let mut seed = 12_345u64;
        for len in [0, 1, 2, 3, 9, 24, 58, 133, 302, 702, 1_600, 5_000] {
            let mut keys: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (seed >> 33) % 500
                })
                .collect();
            let mut expected = keys.clone();
            expected.sort_unstable();
            sort(&mut keys);
            assert_eq!(keys, expected, "{len} keys");
        }
    }

    #[test]
    fn packed_keys_order_by_high_then_low() {
        let mut keys = vec![pack(1, 0), pack(0, 9), pack(0, 3)];
        sort(&mut keys);
        assert_eq!(keys, [pack(0, 3), pack(0, 9), pack(1, 0)]);
        assert_eq!(low(pack(7, 42)), 42);
    }
}
