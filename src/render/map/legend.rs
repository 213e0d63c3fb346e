//! The choropleth's classes and legend: round equal-interval classes of the
//! programme countries' figures, coloured from the theme's sequential ramp.
//!
//! One `Choropleth` is built per map from the figures it shows; the map asks it for
//! each country's fill and hatching and the legend is read from the same value, so
//! a legend entry and the countries it describes cannot disagree (the map's classes
//! once escaped the small-number protection because they were worked out twice).

use crate::core::Lang;
use crate::i18n::format_count;
use crate::model::Shown;
use crate::render::marks::{colour, Hatch, Paint};
use crate::render::theme::Theme;

/// One class of the legend: figures from `lo` to `hi` inclusive, drawn in `paint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegendClass {
    pub lo: u64,
    pub hi: u64,
    pub paint: Paint,
}

impl LegendClass {
    /// The class's bounds as the legend writes them ("1,001–2,000"); a class of
    /// one value is that value ("5", not "5–5").
    pub fn label(&self, lang: Lang) -> String {
        if self.lo == self.hi {
            return format_count(self.lo, lang);
        }
        format!("{}–{}", format_count(self.lo, lang), format_count(self.hi, lang))
    }
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

/// Which entry of the legend a programme country's figure falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A colour class: `Legend::classes[i]`, lowest first.
    Range(usize),
    /// "Fewer than N": one class for every protected figure, never split by the
    /// count it hides.
    FewerThan,
    /// Not published: hatched, never drawn as 0.
    NotPublished,
}

/// The choropleth's one classing of the figures it shows: the class of a figure,
/// the class's fill and hatching, and the legend listing the classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choropleth {
    classes: Classes,
    /// The largest "fewer than N" threshold among the figures, if any.
    fewer_than: Option<u64>,
    any_count: bool,
    any_not_published: bool,
}

impl Choropleth {
    /// The classing of `figures` (one per programme country, a missing figure as
    /// `Shown::NotPublished`). Colour classes come from published counts only and,
    /// with protected figures, start at the threshold: no class bound describes
    /// counts that only protected figures could have.
    pub fn new(figures: impl IntoIterator<Item = Shown>) -> Choropleth {
        let (mut max, mut fewer_than, mut any_count, mut any_not_published) = (0, None, false, false);
        for v in figures {
            match v {
                Shown::Value(n) => {
                    max = max.max(n);
                    any_count = true;
                }
                Shown::FewerThan(t) => fewer_than = fewer_than.max(Some(t)),
                Shown::NotPublished => any_not_published = true,
            }
        }
        let classes = Classes::new(max, fewer_than.unwrap_or(0));
        Choropleth { classes, fewer_than, any_count, any_not_published }
    }

    /// The class figure `v` is drawn in.
    pub fn class(&self, v: Shown) -> Class {
        match v {
            Shown::Value(n) => Class::Range(self.classes.of(n) as usize),
            Shown::FewerThan(_) => Class::FewerThan,
            Shown::NotPublished => Class::NotPublished,
        }
    }

    /// The fill of class `c`.
    pub fn paint(&self, c: Class) -> Paint {
        match c {
            Class::Range(i) => self.classes.paint(i as u64),
            Class::FewerThan => Paint::Protected,
            Class::NotPublished => Paint::NotPublished,
        }
    }

    /// The legend: every colour class of the scale (none without a published count,
    /// only "fewer than N" and "not published" then), and the two hatched classes
    /// when some figure is in them.
    pub fn legend(&self) -> Legend {
        let count = if self.any_count { self.classes.count } else { 0 };
        let classes = (0..count)
            .map(|i| {
                let (lo, hi) = self.classes.bounds(i);
                LegendClass { lo, hi, paint: self.classes.paint(i) }
            })
            .collect();
        Legend { classes, fewer_than: self.fewer_than, not_published: self.any_not_published }
    }
}

/// The hatching drawn over class `c`'s fill, at `dpr` device pixels per CSS pixel:
/// the two classes that are not counts are told apart by more than colour.
pub fn class_hatch(c: Class, dpr: f64) -> Option<Hatch> {
    match c {
        Class::Range(_) => None,
        Class::FewerThan => {
            Some(Hatch { paint: Paint::ProtectedHatch, spacing: 4.0 * dpr, width: 1.5 * dpr })
        }
        Class::NotPublished => Some(not_published_hatch(dpr)),
    }
}

/// The "not published" hatching, also drawn on the symbols' squares.
pub fn not_published_hatch(dpr: f64) -> Hatch {
    Hatch { paint: Paint::NotPublishedHatch, spacing: 5.0 * dpr, width: dpr }
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
struct Classes {
    step: u64,
    count: u64,
    /// Classes of the 0-based scheme left out below the floor.
    skip: u64,
    floor: u64,
}

impl Classes {
    fn new(max: u64, floor: u64) -> Classes {
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

    fn of(&self, v: u64) -> u64 {
        let i = if v == 0 || self.step == 0 { 0 } else { (v - 1) / self.step };
        i.saturating_sub(self.skip).min(self.count - 1)
    }

    fn bounds(&self, i: u64) -> (u64, u64) {
        let i = i + self.skip;
        // Saturating: the top class of a figure near u64::MAX must not wrap.
        let lo = if i == 0 { 0 } else { i.saturating_mul(self.step).saturating_add(1) };
        (lo.max(self.floor), (i + 1).saturating_mul(self.step).max(self.floor))
    }

    /// Ramp colour of class `i`. With fewer than five classes the darkest are used,
    /// so every class meets 3:1 against the background.
    fn paint(&self, i: u64) -> Paint {
        let idx = if self.count >= 5 { i } else { 5 - self.count + i };
        Paint::Ramp(idx.min(4) as u8)
    }
}
