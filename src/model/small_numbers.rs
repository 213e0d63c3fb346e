//! Small-number protection: per-country and per-year counts below a dataset's
//! threshold are shown as "fewer than N". A count of 2 child victims in one country
//! can identify them; "fewer than 5" cannot. [`protected`] is called once, when a
//! dataset is published (`publish::publish`): the public file, the page and the
//! exports only ever hold the resulting [`Shown`], never the protected count.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The threshold of a dataset that sets none: counts below 5 show as "fewer than 5".
/// Protection is the default because a dataset prepared in a hurry must not publish
/// a count of 2 child victims; a dataset may set another threshold explicitly.
pub const DEFAULT_THRESHOLD: u64 = 5;

/// How a per-country or per-year count may be shown.
///
/// Public file form: a count is a JSON number, "fewer than N" is
/// `{"fewer_than": N}`, and "not published" is a field left out (or `null`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shown {
    /// The dataset does not publish this figure: show "not published", never 0.
    #[default]
    NotPublished,
    /// The count is below the threshold; the value is the threshold, so the page
    /// says "fewer than N" without revealing the true count.
    FewerThan(u64),
    /// The count may be shown as it is.
    Value(u64),
}

impl Shown {
    /// The count, when it may be shown.
    pub fn value(self) -> Option<u64> {
        match self {
            Shown::Value(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_not_published(&self) -> bool {
        *self == Shown::NotPublished
    }

    /// Sort key, largest first: published counts by size, then every "fewer than N"
    /// together, then "not published". Protected rows keep their table order among
    /// themselves (with a stable sort), so their order says nothing about their counts.
    pub fn rank_desc(self) -> (u8, std::cmp::Reverse<u64>) {
        match self {
            Shown::Value(n) => (0, std::cmp::Reverse(n)),
            Shown::FewerThan(_) => (1, std::cmp::Reverse(0)),
            Shown::NotPublished => (2, std::cmp::Reverse(0)),
        }
    }
}

impl Serialize for Shown {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Shown::NotPublished => s.serialize_none(),
            Shown::Value(n) => s.serialize_u64(n),
            Shown::FewerThan(t) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("fewer_than", &t)?;
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Shown {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Shown, D::Error> {
        d.deserialize_any(ShownVisitor)
    }
}

struct ShownVisitor;

impl<'de> Visitor<'de> for ShownVisitor {
    type Value = Shown;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a count, {\"fewer_than\": N} or null")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Shown, E> {
        Ok(Shown::Value(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Shown, E> {
        u64::try_from(v).map(Shown::Value).map_err(|_| E::custom("a count is not negative"))
    }

    /// Numbers from JavaScript (serde-wasm-bindgen) may arrive as floats.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Shown, E> {
        if v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_991.0 {
            Ok(Shown::Value(v as u64))
        } else {
            Err(E::custom("a count is a whole number"))
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Shown, E> {
        Ok(Shown::NotPublished)
    }

    fn visit_none<E: de::Error>(self) -> Result<Shown, E> {
        Ok(Shown::NotPublished)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shown, A::Error> {
        let mut threshold = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "fewer_than" {
                threshold = Some(map.next_value::<Shown>()?);
            } else {
                return Err(de::Error::custom("unknown field in a protected count"));
            }
        }
        match threshold {
            Some(Shown::Value(t)) => Ok(Shown::FewerThan(t)),
            _ => Err(de::Error::custom("a protected count needs \"fewer_than\": N")),
        }
    }
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
    fn public_form_round_trips_and_never_holds_the_count() {
        let cells = [Shown::Value(12), Shown::FewerThan(5), Shown::NotPublished];
        let text = serde_json::to_string(&cells).expect("json");
        assert_eq!(text, r#"[12,{"fewer_than":5},null]"#);
        let back: Vec<Shown> = serde_json::from_str(&text).expect("back");
        assert_eq!(back, cells);
        for bad in ["-1", "1.5", r#"{"fewer_than":null}"#, r#"{"value":3}"#, r#""3""#] {
            assert!(serde_json::from_str::<Shown>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn protected_rows_rank_together_after_published_counts() {
        let mut v = [Shown::FewerThan(5), Shown::Value(7), Shown::NotPublished, Shown::Value(900)];
        v.sort_by_key(|s| s.rank_desc());
        assert_eq!(v, [Shown::Value(900), Shown::Value(7), Shown::FewerThan(5), Shown::NotPublished]);
    }

    #[test]
    fn without_a_threshold_every_count_shows() {
        assert_eq!(protected(Some(0), None), Shown::Value(0));
        assert_eq!(protected(Some(2), None), Shown::Value(2));
        assert_eq!(protected(Some(2), Some(0)), Shown::Value(2));
    }
}
