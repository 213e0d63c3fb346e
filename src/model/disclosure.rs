//! The disclosure check: a count hidden as "fewer than N" must stay hidden from a
//! visitor who does arithmetic. The check reasons like one. What a column adds up
//! to is known, exactly or within a range, from the published total of the same
//! name (see `validate_tables::matching_total`) and from the other table's column
//! of the same metric (the per-year volunteers add up to the volunteers, as do the
//! per-country ones). Call T that range and S the column's published counts; the
//! hidden cells (and any not published) share T−S. With k hidden cells, each
//! between 0 and N−1:
//!
//! - each hidden cell is at most min(N−1, max T − S);
//! - when no other cell of the column is unknown, each hidden cell is at least
//!   min T − S − (k−1)(N−1) (the others take at most N−1 each).
//!
//! If that leaves a hidden cell fewer than N possible values, "fewer than N" says
//! less than the arithmetic does, and publishing stops with an error naming the
//! cells and the totals. Only an `exact` total gives exact arithmetic: an
//! `approximately` total is taken as ±10% (the margin the sum check allows), a
//! `more_than` T as at least T+1. Another table's column gives its published sum
//! plus at most N−1 per hidden cell, or no upper bound if a cell is not published.
//! Staff resolve a leak by publishing the total as `approximately` or `more_than`
//! (its qualifier in the JSON file), or by leaving a figure unpublished (an empty
//! cell), which the message says.
//!
//! The visitor is assumed to believe that a column adds up to its totals; totals
//! that contradict one another (a sum above its total, as when some are counted
//! in two countries) give nothing, and are left to the sum check's warning.

use super::dataset::{CountryFigures, Figure, Metric, Qualifier, YearFigures};
use super::reader::Reader;
use super::tables::{Row, RowPlaces};
use super::validate_tables::{matching_total, Context};
use crate::core::say::{About, Amount, Fix, Fixes, List, Rows, Source, Sources, Table, Total};
use crate::core::Say;

/// What a column is known to add up to: at least `lo`, at most `hi` (`None`: no
/// upper bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub lo: u64,
    pub hi: Option<u64>,
}

impl Range {
    /// What a published total says its true value is.
    pub fn of_total(f: Figure) -> Range {
        let v = f.value;
        match f.qualifier {
            Qualifier::Exact => Range { lo: v, hi: Some(v) },
            Qualifier::Approximately => Range { lo: v - v / 10, hi: Some(v.saturating_add(v / 10)) },
            Qualifier::MoreThan => Range { lo: v.saturating_add(1), hi: None },
        }
    }

    /// Both at once; `None` when they contradict each other.
    fn and(self, o: Range) -> Option<Range> {
        let lo = self.lo.max(o.lo);
        let hi = match (self.hi, o.hi) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        hi.is_none_or(|h| lo <= h).then_some(Range { lo, hi })
    }
}

/// One cell of a column: where it is, whose it is, and its raw value.
pub struct Cell<'a> {
    /// How messages name the cell's row and column.
    pub at: &'a RowPlaces,
    /// Country code or year, for messages.
    pub key: &'a str,
    pub value: Option<u64>,
}

/// A column as a visitor sees it once published.
struct Column<'a> {
    cells: Vec<Cell<'a>>,
    /// Rows the table leaves out (countries or years without a row): unknown.
    missing: u64,
}

impl Column<'_> {
    fn hidden(&self, t: u64) -> Vec<&Cell<'_>> {
        self.cells.iter().filter(|c| c.value.is_some_and(|v| v < t)).collect()
    }

    fn unknown(&self) -> u64 {
        self.cells.iter().filter(|c| c.value.is_none()).count() as u64 + self.missing
    }

    fn visible(&self, t: u64) -> u64 {
        self.cells.iter().filter_map(|c| c.value.filter(|v| *v >= t)).fold(0, u64::saturating_add)
    }

    /// What the column is seen to add up to, or `None` if it publishes nothing.
    fn range(&self, t: u64) -> Option<Range> {
        if self.cells.iter().all(|c| c.value.is_none()) {
            return None;
        }
        let lo = self.visible(t);
        let hi = (self.unknown() == 0)
            .then(|| lo.saturating_add((self.hidden(t).len() as u64).saturating_mul(t - 1)));
        Some(Range { lo, hi })
    }
}

/// What the arithmetic gives away about one column's hidden cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leak {
    /// Each hidden cell lies in `lo..=hi`.
    pub lo: u64,
    pub hi: u64,
}

/// The range each hidden cell is narrowed to, if narrower than "fewer than
/// `threshold`": `hidden` hidden cells, `unknown` cells not published, `visible`
/// the sum of the published cells, `total` what the column adds up to.
pub fn narrowed(total: Range, threshold: u64, hidden: u64, unknown: u64, visible: u64) -> Option<Leak> {
    if threshold == 0 || hidden == 0 {
        return None;
    }
    let top = threshold - 1;
    let hi = match total.hi {
        // A total below what is published does not add up: nothing follows from it.
        Some(t_hi) => top.min(t_hi.checked_sub(visible)?),
        None => top,
    };
    let lo = if unknown > 0 {
        0
    } else {
        let others = (hidden - 1).saturating_mul(top);
        total.lo.saturating_sub(visible).saturating_sub(others)
    };
    if lo > hi {
        return None;
    }
    (hi - lo + 1 < threshold).then_some(Leak { lo, hi })
}

/// Checks every column of both tables; problems go to the table's own reader.
pub fn check_tables(
    cx: &Context,
    country: Option<(&mut Reader, &[Row<CountryFigures>])>,
    year: Option<(&mut Reader, &[Row<YearFigures>])>,
) {
    let Some(t) = cx.threshold.filter(|t| *t > 0) else { return };
    let (mut country, mut year) = (country, year);
    // A table with errors is not published anyway: its figures are not checked.
    let country_sound = country.as_ref().is_some_and(|(r, _)| !r.has_errors());
    let year_sound = year.as_ref().is_some_and(|(r, _)| !r.has_errors());
    let country_missing = country.as_ref().map_or(0, |(_, rows)| {
        cx.countries.iter().filter(|c| !rows.iter().any(|row| row.figures.iso3 == c.iso3)).count() as u64
    });
    let year_missing = match (&year, cx.years) {
        (Some((_, rows)), Some((start, end))) => {
            (start..=end).filter(|y| !rows.iter().any(|row| row.figures.year == *y)).count() as u64
        }
        _ => 0,
    };
    let year_keys: Vec<String> = year
        .as_ref()
        .map(|(_, rows)| rows.iter().map(|r| r.figures.year.to_string()).collect())
        .unwrap_or_default();
    for m in Metric::ALL {
        let by_country = country.as_ref().map(|(_, rows)| Column {
            cells: rows
                .iter()
                .map(|r| Cell { at: &r.at, key: &r.figures.iso3, value: r.figures.get(m) })
                .collect(),
            missing: country_missing,
        });
        let by_year =
            year.as_ref().filter(|_| matches!(m, Metric::Volunteers | Metric::People)).map(|(_, rows)| {
                Column {
                    cells: rows
                        .iter()
                        .zip(&year_keys)
                        .map(|(r, key)| Cell { at: &r.at, key, value: r.figures.get(m) })
                        .collect(),
                    missing: year_missing,
                }
            });
        let total = matching_total(cx, m);
        if let (Some((r, _)), Some(col), true) = (country.as_mut(), &by_country, country_sound) {
            let other = by_year.as_ref().and_then(|c| c.range(t)).map(|r| (r, "years"));
            check_column(r, cx, m, "countries", col, total.as_ref(), other, t);
        }
        if let (Some((r, _)), Some(col), true) = (year.as_mut(), &by_year, year_sound) {
            let other = by_country.as_ref().and_then(|c| c.range(t)).map(|r| (r, "countries"));
            check_column(r, cx, m, "years", col, total.as_ref(), other, t);
        }
    }
}

/// Checks one column against the published total and the other table's column.
#[allow(clippy::too_many_arguments)]
fn check_column(
    r: &mut Reader,
    cx: &Context,
    m: Metric,
    what: &'static str,
    col: &Column,
    total: Option<&(Figure, Total)>,
    other: Option<(Range, &'static str)>,
    t: u64,
) {
    let hidden = col.hidden(t);
    if hidden.is_empty() {
        return;
    }
    let column = m.key().to_owned();
    let mut sources = Vec::new();
    let named = total.map(|(f, name)| {
        let about = match f.qualifier {
            Qualifier::Exact => About::Exact,
            Qualifier::Approximately => About::Approximately,
            Qualifier::MoreThan => About::MoreThan,
        };
        sources.push(Source::Total { name: name.clone(), about, value: f.value });
        Range::of_total(*f)
    });
    let other_range = other.map(|(o, _)| o);
    let Some(range) = combine(named, other_range) else { return };
    if let Some((o, other_what)) = other {
        if named.is_none_or(|n| n.and(o) != Some(n)) {
            let sum = match o.hi {
                Some(hi) if hi == o.lo => Amount::Just(hi),
                Some(hi) => Amount::Between(o.lo, hi),
                None => Amount::AtLeast(o.lo),
            };
            sources.push(Source::OtherTable {
                table: Table(singular(other_what)),
                column: column.clone(),
                sum,
            });
        }
    }
    let visible = col.visible(t);
    let (k, unknown) = (hidden.len() as u64, col.unknown());
    let Some(leak) = narrowed(range, t, k, unknown, visible) else { return };
    let keys: Vec<String> = hidden.iter().map(|c| c.key.to_owned()).collect();
    let value = if leak.lo == leak.hi {
        Amount::Exactly(leak.lo)
    } else if leak.hi - leak.lo == 1 {
        Amount::Or(leak.lo, leak.hi)
    } else {
        Amount::Between(leak.lo, leak.hi)
    };
    // Only advice that would stop this leak: each remedy is tried on the same sums.
    let mut fixes = Vec::new();
    if let Some((f, name)) = total {
        let rounded = Range::of_total(Figure { qualifier: Qualifier::Approximately, ..*f });
        let fixed =
            combine(Some(rounded), other_range).is_none_or(|r| narrowed(r, t, k, unknown, visible).is_none());
        if f.qualifier != Qualifier::Approximately && fixed {
            fixes.push(Fix::Approximately { name: name.clone(), json_file: cx.json_file.to_owned() });
        }
    }
    if let Some((o, other_what)) = other {
        let open = Range { hi: None, ..o };
        if combine(named, Some(open)).is_none_or(|r| narrowed(r, t, k, unknown, visible).is_none()) {
            fixes.push(Fix::OtherTableCell { column: column.clone(), table: Table(singular(other_what)) });
        }
    }
    if narrowed(range, t, k, unknown + 1, visible).is_none() {
        fixes.push(Fix::AnotherCell { column: column.clone() });
    }
    // One cell: its place; several: their rows, then the column.
    let place = match hidden.as_slice() {
        [one] => one.at.cell(m).to_owned(),
        many => {
            let rows: Vec<String> = many.iter().map(|c| c.at.short_row()).collect();
            format!("{}, {}", rows.join(", "), many[0].at.column(m).unwrap_or(m.key()))
        }
    };
    let (sources, others, left, fixes) =
        (Sources(sources), Rows(what), remainder(range, visible), Fixes(fixes));
    let say = match keys.as_slice() {
        [key] => {
            let key = key.clone();
            Say::LeakOne { key, column, threshold: t, sources, others, visible, left, value, fixes }
        }
        _ => Say::LeakMany {
            keys: List(keys),
            column,
            threshold: t,
            sources,
            others,
            visible,
            left,
            value,
            fixes,
        },
    };
    r.error(&place, say);
}

/// What two sources together say a column adds up to; `None` when they
/// contradict each other (nothing follows), an open range when there is neither.
fn combine(a: Option<Range>, b: Option<Range>) -> Option<Range> {
    match (a, b) {
        (Some(a), Some(b)) => a.and(b),
        (a, b) => Some(a.or(b).unwrap_or(Range { lo: 0, hi: None })),
    }
}

fn singular(what: &str) -> &'static str {
    if what == "years" {
        "year"
    } else {
        "country"
    }
}

/// What is left for the hidden cells.
fn remainder(range: Range, visible: u64) -> Amount {
    let lo = range.lo.saturating_sub(visible);
    match range.hi.map(|h| h.saturating_sub(visible)) {
        Some(hi) if hi == lo => Amount::Just(lo),
        Some(hi) => Amount::To(lo, hi),
        None => Amount::AtLeast(lo),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(v: u64) -> Range {
        Range::of_total(Figure { value: v, qualifier: Qualifier::Exact })
    }

    fn span(l: Option<Leak>) -> Option<(u64, u64)> {
        l.map(|l| (l.lo, l.hi))
    }

    #[test]
    fn one_hidden_cell_is_given_away_by_an_exact_total() {
        // 10 published, total 12: the hidden cell is 2.
        assert_eq!(span(narrowed(exact(12), 5, 1, 0, 10)), Some((2, 2)));
    }

    #[test]
    fn two_hidden_cells_sharing_a_remainder_are_narrowed() {
        // The demo's volunteers with an exact total: 64 − 57 = 7 for two → 3 or 4.
        assert_eq!(span(narrowed(exact(64), 5, 2, 0, 57)), Some((3, 4)));
        // Remainder 4 over two cells: each 0..4, all five values possible.
        assert_eq!(narrowed(exact(61), 5, 2, 0, 57), None);
        // Remainder 1: each 0 or 1.
        assert_eq!(span(narrowed(exact(58), 5, 2, 0, 57)), Some((0, 1)));
    }

    #[test]
    fn any_number_of_hidden_cells() {
        // Ten cells below 5 adding up to 40, the most they can: each is 4.
        assert_eq!(span(narrowed(exact(40), 5, 10, 0, 0)), Some((4, 4)));
        // Adding up to 36: each could still be anything from 0 to 4.
        assert_eq!(narrowed(exact(36), 5, 10, 0, 0), None);
    }

    #[test]
    fn an_unpublished_cell_takes_the_lower_bound_away_but_not_the_upper() {
        assert_eq!(narrowed(exact(64), 5, 2, 1, 57), None);
        assert_eq!(span(narrowed(exact(59), 5, 2, 1, 57)), Some((0, 2)));
    }

    #[test]
    fn qualified_totals_give_ranges_not_exact_arithmetic() {
        let approx = Range::of_total(Figure { value: 64, qualifier: Qualifier::Approximately });
        assert_eq!(approx, Range { lo: 58, hi: Some(70) });
        assert_eq!(narrowed(approx, 5, 2, 0, 57), None);
        // "more than 63": at least 64, so two cells share at least 7 → each ≥ 3.
        let more = Range::of_total(Figure { value: 63, qualifier: Qualifier::MoreThan });
        assert_eq!(span(narrowed(more, 5, 2, 0, 57)), Some((3, 4)));
        let more = Range::of_total(Figure { value: 50, qualifier: Qualifier::MoreThan });
        assert_eq!(narrowed(more, 5, 2, 0, 57), None);
    }

    #[test]
    fn ranges_from_two_sources_narrow_each_other() {
        let approx = Range::of_total(Figure { value: 64, qualifier: Qualifier::Approximately });
        assert_eq!(approx.and(exact(64)), Some(exact(64)));
        assert_eq!(exact(10).and(exact(11)), None);
        assert_eq!(
            Range { lo: 3, hi: None }.and(Range { lo: 5, hi: Some(9) }),
            Some(Range { lo: 5, hi: Some(9) })
        );
    }

    #[test]
    fn a_total_below_the_published_sum_gives_nothing() {
        assert_eq!(narrowed(exact(50), 5, 1, 0, 57), None);
    }

    #[test]
    fn zero_is_hidden_like_any_small_count() {
        // Published 20, total 20, one hidden cell: it is 0.
        assert_eq!(span(narrowed(exact(20), 5, 1, 0, 20)), Some((0, 0)));
    }
}
