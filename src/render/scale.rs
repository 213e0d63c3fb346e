//! A linear scale for bar charts: counts from 0 to the largest count shown, onto a
//! length in device pixels, with its inverse. Built once per visual (per group of
//! results) from the values that visual shows, so no bar is measured against
//! another scale than its neighbours. The results, per-country and per-year charts
//! use it.

/// Counts `0..=max` onto `0..=length` device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    max: f64,
    length: f64,
}

impl Linear {
    /// A scale whose largest count is the largest of `values`. With no values, or
    /// only zeros, every count maps to 0 (never a division by zero).
    pub fn over(values: impl IntoIterator<Item = u64>, length: f64) -> Linear {
        let max = values.into_iter().max().unwrap_or(0).max(1);
        Linear { max: max as f64, length }
    }

    /// The length of a bar for count `v`, in device pixels.
    pub fn px(&self, v: u64) -> f64 {
        self.length * v as f64 / self.max
    }

    /// The count at `px` device pixels from the scale's start (the inverse of
    /// [`Linear::px`], for reading a value under the pointer).
    pub fn value_at(&self, px: f64) -> f64 {
        px / self.length * self.max
    }

    /// The largest count, which takes the whole length.
    pub fn max(&self) -> u64 {
        self.max as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_count_takes_the_whole_length_and_zero_none() {
        let s = Linear::over([300, 1200, 600], 480.0);
        assert_eq!(s.max(), 1200);
        assert_eq!(s.px(1200), 480.0);
        assert_eq!(s.px(600), 240.0);
        assert_eq!(s.px(0), 0.0);
    }

    #[test]
    fn the_inverse_reads_back_the_count() {
        let s = Linear::over([24_906, 7_660], 1000.0);
        for v in [0, 1, 7_660, 12_345, 24_906] {
            assert!((s.value_at(s.px(v)) - v as f64).abs() < 1e-6, "{v}");
        }
    }

    #[test]
    fn no_values_or_zeros_give_zero_lengths_not_nan() {
        for s in [Linear::over([], 100.0), Linear::over([0, 0], 100.0)] {
            assert_eq!(s.px(0), 0.0);
            assert!(s.px(5).is_finite());
        }
    }
}
