//! The choropleth's classes and legend: round equal-interval classes of the
//! programme countries' figures, coloured from the theme's sequential ramp.

use crate::render::marks::{colour, Paint};
use crate::render::theme::Theme;

/// One class of the legend: figures from `lo` to `hi` inclusive, drawn in `paint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegendClass {
    pub lo: u64,
    pub hi: u64,
    pub paint: Paint,
}

/// The choropleth's legend, for the page to write as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legend {
    /// Lowest class first, computed from published counts only.
    pub classes: Vec<LegendClass>,
    /// `Some(N)` when some programme country's figure is "fewer than N": one class
    /// of its own (`Paint::Protected`, hatched with `Paint::ProtectedHatch`),
    /// labelled "fewer than N", whatever the hidden counts are.
    pub fewer_than: Option<u64>,
    /// Whether some programme country is drawn as "not published" (`Paint::NotPublished`,
    /// hatched with `Paint::NotPublishedHatch`).
    pub not_published: bool,
}

/// `paint`'s colour in `theme` as CSS `#rrggbb`, for legend swatches in HTML.
pub fn css_colour(theme: &Theme, paint: Paint) -> String {
    let c = colour(theme, paint);
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// Equal-interval classes on a round step: at most five, from 0 to the largest
/// figure. Round bounds ("1–2,000") read better than quantiles of nine figures.
/// With protected counts ("fewer than `floor`"), classes wholly below `floor` are
/// left out and the first starts at `floor`: only published counts, all at least
/// `floor`, fall in them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Classes {
    pub(super) step: u64,
    pub(super) count: u64,
    /// Classes of the 0-based scheme left out below the floor.
    skip: u64,
    floor: u64,
}

impl Classes {
    pub(super) fn new(max: u64, floor: u64) -> Classes {
        let all = Classes::from_zero(max.max(floor));
        let skip = (0..all.count).find(|i| all.bounds(*i).1 >= floor).unwrap_or(0);
        Classes { count: all.count - skip, skip, floor, ..all }
    }

    fn from_zero(max: u64) -> Classes {
        if max == 0 {
            return Classes { step: 0, count: 1, skip: 0, floor: 0 };
        }
        let raw = max.div_ceil(5);
        let mut mag = 1u64;
        while mag.saturating_mul(10) <= raw {
            mag *= 10;
        }
        let step = [1, 2, 5, 10].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10 * mag);
        Classes { step, count: max.div_ceil(step).max(1), skip: 0, floor: 0 }
    }

    pub(super) fn of(&self, v: u64) -> u64 {
        let i = if v == 0 || self.step == 0 { 0 } else { (v - 1) / self.step };
        i.saturating_sub(self.skip).min(self.count - 1)
    }

    pub(super) fn bounds(&self, i: u64) -> (u64, u64) {
        let i = i + self.skip;
        // Saturating: the top class of a figure near u64::MAX must not wrap.
        let lo = if i == 0 { 0 } else { i.saturating_mul(self.step).saturating_add(1) };
        (lo.max(self.floor), (i + 1).saturating_mul(self.step).max(self.floor))
    }

    /// Ramp colour of class `i`. With fewer than five classes the darkest are used,
    /// so every class meets 3:1 against the background.
    pub(super) fn paint(&self, i: u64) -> Paint {
        let idx = if self.count >= 5 { i } else { 5 - self.count + i };
        Paint::Ramp(idx.min(4) as u8)
    }
}
