//! What the per-country and per-year tables mean, checked against the JSON file:
//! known countries, programme years, parts against wholes, sums against totals.
//!
//! Sums: a per-country column is compared with the programme total *of the same
//! name*, and only that one: the headline or result whose id is the column name
//! (`volunteers`, `people`), and for `women` and `children` also the part of that
//! name in the result `people`. The per-country `people` column counts everyone
//! reached in a country, which may honestly exceed any one result category (people
//! trained, people made aware …), so comparing it with the largest category would
//! cry wolf on correct data; a dataset states what the column adds up to by naming a
//! total `people`. A sum above its total is a warning, not an error, because one
//! person or volunteer may be counted in two countries. A total qualified
//! `more_than` is only a lower bound and is never exceeded; an `approximately` total
//! is exceeded only beyond 10%. Per-year sums are not compared: people helped over
//! several years are counted in each of them. What arithmetic on these totals and
//! both tables gives away about hidden counts is checked in `disclosure`.

use super::dataset::{Country, CountryFigures, Figure, Labelled, Metric, Qualifier, ResultItem, YearFigures};
use super::reader::Reader;
use super::tables::{Row, RowPlaces, COUNTRY_COLUMNS, YEAR_COLUMNS};
use super::validate::check_iso3;
use crate::core::say::{At, Table, Total};
use crate::core::Say;
use std::collections::HashMap;

/// What the tables are checked against, taken from the JSON file as far as it could
/// be read, so that table problems are reported even when the JSON file has some.
pub struct Context<'a> {
    /// Name of the JSON file, for hints that send the reader there.
    pub json_file: &'a str,
    pub countries: &'a [Country],
    /// Programme start and end year, when both could be read.
    pub years: Option<(u32, u32)>,
    pub headline: &'a [Labelled],
    pub results: &'a [ResultItem],
    /// The dataset's small-number threshold, when it sets one.
    pub threshold: Option<u64>,
}

/// Result id whose parts are the totals of the `women` and `children` columns.
const PEOPLE_RESULT: &str = "people";

pub fn check_by_country(r: &mut Reader, cx: &Context, rows: &[Row<CountryFigures>]) {
    let mut first_line: HashMap<&str, &Row<CountryFigures>> = HashMap::new();
    // Rows already reported as wrong are left out of the column checks below: their
    // figures would only add knock-on warnings ("sums do not add up") to the one
    // message that names the real mistake.
    let mut in_error: Vec<u64> = Vec::new();
    for row in rows {
        let f = &row.figures;
        let place = &row.at.key;
        let before = r.problems.len();
        // A code that is not one (reported by check_iso3) needs no further checks.
        if check_iso3(r, place, &f.iso3) {
            if let Some(first) = first_line.get(f.iso3.as_str()) {
                r.error(
                    place,
                    Say::CountryRowTwice { iso3: f.iso3.clone(), first: At(first.at.short_row()) },
                );
            } else if !cx.countries.iter().any(|c| c.iso3.eq_ignore_ascii_case(&f.iso3)) {
                // (A code the JSON file writes in lower case is reported there, once.)
                r.error(
                    place,
                    Say::TableCountryUnknown { iso3: f.iso3.clone(), json_file: cx.json_file.to_owned() },
                );
            }
        }
        first_line.entry(f.iso3.as_str()).or_insert(row);
        for part in [Metric::Women, Metric::Children] {
            if let (Some(p), Some(whole)) = (f.get(part), f.people) {
                if p > whole {
                    r.error(
                        row.at.cell(part),
                        Say::PartOverPeople { part: part.key().to_owned(), value: p, whole },
                    );
                }
            }
        }
        if r.problems.len() > before {
            in_error.push(row.line);
        }
    }
    let sound: Vec<Row<CountryFigures>> =
        rows.iter().filter(|row| !in_error.contains(&row.line)).cloned().collect();
    let figures: Vec<(&RowPlaces, Vec<(Metric, u64)>)> =
        sound.iter().map(|row| (&row.at, values(COUNTRY_COLUMNS, |m| row.figures.get(m)))).collect();
    check_zeros(r, &figures, "country");
    for m in Metric::ALL {
        let column = sound.iter().find_map(|row| row.at.column(m)).unwrap_or(m.key());
        check_sum(r, cx, m, column, sound.iter().filter_map(|row| row.figures.get(m)));
    }
}

pub fn check_by_year(r: &mut Reader, cx: &Context, rows: &[Row<YearFigures>]) {
    let mut first_line: HashMap<u32, &Row<YearFigures>> = HashMap::new();
    for row in rows {
        let y = row.figures.year;
        let place = &row.at.key;
        if let Some(first) = first_line.get(&y) {
            r.error(place, Say::YearRowTwice { year: y.into(), first: At(first.at.short_row()) });
        } else if let Some((start, end)) = cx.years {
            if !(start..=end).contains(&y) {
                r.error(
                    place,
                    Say::YearOutside {
                        year: y.into(),
                        start: start.into(),
                        end: end.into(),
                        json_file: cx.json_file.to_owned(),
                    },
                );
            }
        }
        first_line.entry(y).or_insert(row);
    }
    let figures: Vec<(&RowPlaces, Vec<(Metric, u64)>)> =
        rows.iter().map(|row| (&row.at, values(YEAR_COLUMNS, |m| row.figures.get(m)))).collect();
    check_zeros(r, &figures, "year");
}

/// The published values of one row, column by column.
fn values(metrics: &[Metric], get: impl Fn(Metric) -> Option<u64>) -> Vec<(Metric, u64)> {
    metrics.iter().filter_map(|&m| get(m).map(|v| (m, v))).collect()
}

/// Smallest value the rest of a column must have for a 0 in it to look like "unknown".
const LARGE: u64 = 50;

/// Warns about 0 used for "unknown": a row whose figures are all 0, and a 0 in a
/// column whose other rows all count at least [`LARGE`]. An empty cell says "not
/// published"; a 0 says "none", which a visitor reads as a fact.
fn check_zeros(r: &mut Reader, rows: &[(&RowPlaces, Vec<(Metric, u64)>)], others: &'static str) {
    let mut zero_rows = Vec::new();
    for (i, (at, vals)) in rows.iter().enumerate() {
        if vals.len() >= 2 && vals.iter().all(|(_, v)| *v == 0) {
            r.warning(&at.row, Say::AllZero {});
            zero_rows.push(i);
        }
    }
    for m in Metric::ALL {
        let column: Vec<(usize, u64)> = rows
            .iter()
            .enumerate()
            .filter(|(i, _)| !zero_rows.contains(i))
            .filter_map(|(i, (_, vals))| vals.iter().find(|(k, _)| *k == m).map(|(_, v)| (i, *v)))
            .collect();
        let rest: Vec<u64> = column.iter().map(|(_, v)| *v).filter(|v| *v != 0).collect();
        let Some(&low) = rest.iter().min() else { continue };
        if rest.len() < 2 || low < LARGE {
            continue;
        }
        for (i, _) in column.iter().filter(|(_, v)| *v == 0) {
            r.warning(
                rows[*i].0.cell(m),
                Say::LoneZero { column: m.key().to_owned(), other: Table(others), low },
            );
        }
    }
}

/// Warns when a column's published values add up to more than its matching total.
fn check_sum(r: &mut Reader, cx: &Context, m: Metric, column_place: &str, values: impl Iterator<Item = u64>) {
    let Some((total, name)) = matching_total(cx, m) else {
        return;
    };
    let sum = values.fold(0u64, u64::saturating_add);
    let (limit, approximately) = match total.qualifier {
        Qualifier::Exact => (total.value, false),
        Qualifier::Approximately => (total.value.saturating_add(total.value / 10), true),
        Qualifier::MoreThan => return,
    };
    if sum > limit {
        let (column, total, json_file) = (m.key().to_owned(), total.value, cx.json_file.to_owned());
        let say = if approximately {
            Say::SumAboveApproximateTotal { column, sum, total, name, json_file }
        } else {
            Say::SumAboveTotal { column, sum, total, name, json_file }
        };
        r.warning(column_place, say);
    }
}

/// The programme total a per-country column adds up to, and words naming it.
pub(crate) fn matching_total(cx: &Context, m: Metric) -> Option<(Figure, Total)> {
    let key = m.key();
    if let Some(h) = cx.headline.iter().find(|h| h.id == key) {
        return Some((h.figure, Total::Headline(key.to_owned())));
    }
    if let Some(res) = cx.results.iter().find(|x| x.id == key) {
        return Some((res.figure, Total::Result(key.to_owned())));
    }
    let people = cx.results.iter().find(|x| x.id == PEOPLE_RESULT)?;
    let part = people.parts.iter().find(|p| p.id == key)?;
    Some((part.figure, Total::Part(key.to_owned(), PEOPLE_RESULT.to_owned())))
}
