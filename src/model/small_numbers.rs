//! Small-number protection: per-country and per-year counts below a dataset's
//! threshold are shown as "fewer than N". A count of 2 child victims in one country
//! can identify them; "fewer than 5" cannot. The page and the exporter both call
//! [`protected`] wherever such a count appears, so neither can leak one by accident.

/// The threshold of a dataset that sets none: counts below 5 show as "fewer than 5".
/// Protection is the default because a dataset prepared in a hurry must not publish
/// a count of 2 child victims; a dataset may set another threshold explicitly.
pub const DEFAULT_THRESHOLD: u64 = 5;

/// How a per-country or per-year count may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// The dataset does not publish this figure: show "not published", never 0.
    NotPublished,
    /// The count is below the threshold; the value is the threshold, so the page
    /// says "fewer than N" without revealing the true count.
    FewerThan(u64),
    /// The count may be shown as it is.
    Value(u64),
}

/// What may be shown for `value` under the dataset's `threshold`.
///
/// Zero is protected like any other small count: if 0 showed as "0" while 1 to 4
/// showed as "fewer than 5", "fewer than 5" would reveal that someone was counted.
/// A threshold of 0 (or none) protects nothing.
pub fn protected(value: Option<u64>, threshold: Option<u64>) -> Shown {
    match (value, threshold) {
        (None, _) => Shown::NotPublished,
        (Some(v), Some(t)) if v < t => Shown::FewerThan(t),
        (Some(v), _) => Shown::Value(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_published_is_never_a_number() {
        assert_eq!(protected(None, None), Shown::NotPublished);
        assert_eq!(protected(None, Some(5)), Shown::NotPublished);
    }

    #[test]
    fn counts_below_the_threshold_show_the_threshold_only() {
        assert_eq!(protected(Some(3), Some(5)), Shown::FewerThan(5));
        assert_eq!(protected(Some(1), Some(5)), Shown::FewerThan(5));
        assert_eq!(protected(Some(4), Some(5)), Shown::FewerThan(5));
    }

    #[test]
    fn zero_is_protected_too() {
        assert_eq!(protected(Some(0), Some(5)), Shown::FewerThan(5));
    }

    #[test]
    fn the_threshold_itself_and_above_show_as_they_are() {
        assert_eq!(protected(Some(5), Some(5)), Shown::Value(5));
        assert_eq!(protected(Some(1234), Some(5)), Shown::Value(1234));
    }

    #[test]
    fn without_a_threshold_every_count_shows() {
        assert_eq!(protected(Some(0), None), Shown::Value(0));
        assert_eq!(protected(Some(2), None), Shown::Value(2));
        assert_eq!(protected(Some(2), Some(0)), Shown::Value(2));
    }
}
