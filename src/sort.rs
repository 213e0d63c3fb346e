//! A small stable sort. Each `slice::sort_by` instantiation brings std's driftsort
//! (about 4 KB of wasm each; 28 KB for the seven call sites here, measured in
//! docs/PERFORMANCE.md). The lists sorted here are short (results, countries,
//! years, a few hundred map shapes), where insertion sort is as fast and tiny.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (insertion sort: O(n²) compares, for short lists).
pub fn sort_small_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` stably by a key.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_small_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut f = vec![2.5, -1.0, 0.0];
        sort_small_by(&mut f, |a: &f64, b| a.total_cmp(b));
        assert_eq!(f, [-1.0, 0.0, 2.5]);
        let mut empty: Vec<u8> = vec![];
        sort_small_by_key(&mut empty, |x| *x);
        assert!(empty.is_empty());
    }
}
