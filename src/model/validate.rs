//! Checks across fields, once every field has been read with its type.

use super::dataset::{Country, Labelled, Partner, Qualifier, ResultItem, Story, Testimony};
use super::iso3166;
use super::reader::{index, Reader};
use crate::core::Say;
use std::collections::HashSet;

/// The lists of a dataset file as far as they could be read. The checks take these
/// rather than a whole `Dataset` so they still run when another field (say the
/// programme's years) has an error: staff get every problem in one pass.
pub struct Lists<'a> {
    pub countries: &'a [Country],
    /// How many country entries the file lists, readable or not (entries with
    /// errors are reported once, not again as "no countries" or a count mismatch).
    pub countries_listed: usize,
    pub headline: &'a [Labelled],
    pub results: &'a [ResultItem],
    pub partners: &'a [Partner],
    pub stories: &'a [Story],
    pub testimonies: &'a [Testimony],
}

/// Checks across fields: codes, references, ids, parts against wholes.
pub fn cross_check(r: &mut Reader, d: &Lists) {
    let mut seen = HashSet::new();
    for (i, c) in d.countries.iter().enumerate() {
        let place = format!("{}.iso3", index("countries", i));
        if !check_iso3(r, &place, &c.iso3) {
            continue;
        }
        if !seen.insert(c.iso3.as_str()) {
            r.error(&place, Say::CountryTwice { iso3: c.iso3.clone() });
        }
    }
    let known: HashSet<&str> = d.countries.iter().map(|c| c.iso3.as_str()).collect();
    for (i, p) in d.partners.iter().enumerate() {
        check_country_ref(r, &known, "partners", i, &p.country);
    }
    for (i, s) in d.stories.iter().enumerate() {
        check_country_ref(r, &known, "stories", i, &s.country);
    }
    for (i, t) in d.testimonies.iter().enumerate() {
        check_country_ref(r, &known, "testimonies", i, &t.country);
    }
    check_ids(r, "headline", d.headline.iter().map(|h| h.id.as_str()));
    check_ids(r, "results", d.results.iter().map(|x| x.id.as_str()));
    for (i, res) in d.results.iter().enumerate() {
        for (j, part) in res.parts.iter().enumerate() {
            // A part above its whole is impossible, unless the whole is only a lower
            // bound ("more than 4,186"), where the true total may be larger.
            if part.figure.value > res.figure.value && res.figure.qualifier != Qualifier::MoreThan {
                r.error(
                    &format!("{}.value", index(&format!("{}.parts", index("results", i)), j)),
                    Say::PartLargerThanWhole {
                        part: part.id.clone(),
                        value: part.figure.value,
                        whole: res.id.clone(),
                        total: res.figure.value,
                    },
                );
            }
        }
    }
    // A headline "countries" figure is a count of the list; a different number (11
    // beside 13 listed) is usually one of them left behind after an edit.
    for (i, h) in d.headline.iter().enumerate() {
        let listed = d.countries_listed as u64;
        if h.id == "countries"
            && h.figure.qualifier == Qualifier::Exact
            && h.figure.value != listed
            && listed > 0
        {
            r.warning(
                &format!("{}.value", index("headline", i)),
                Say::HeadlineCountries { says: h.figure.value, listed },
            );
        }
    }
    if d.countries.is_empty() && d.countries_listed == 0 {
        r.error("countries", Say::NoCountries {});
    }
}

fn check_country_ref(r: &mut Reader, known: &HashSet<&str>, list: &str, i: usize, code: &str) {
    // A code the countries list writes in another case is reported there, once.
    if !known.iter().any(|k| k.eq_ignore_ascii_case(code)) {
        r.error(&format!("{}.country", index(list, i)), Say::UnknownCountry { code: code.to_owned() });
    }
}

fn check_ids<'a>(r: &mut Reader, list: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            r.error(&format!("{}.id", index(list, i)), Say::IdTwice { id: id.to_owned() });
        }
    }
}

/// Reports `code` at `place` unless it is an assigned ISO 3166-1 alpha-3 code;
/// returns whether it is. Shared by the JSON countries and the CSV tables, so both
/// say the same thing about the same mistake.
pub fn check_iso3(r: &mut Reader, place: &str, code: &str) -> bool {
    if !is_iso3_shape(code) {
        r.error(place, Say::NotIso3 { code: code.to_owned() });
        false
    } else if !iso3166::is_assigned(code) {
        r.error(place, Say::Iso3Unassigned { code: code.to_owned() });
        false
    } else {
        true
    }
}

/// Three ASCII capital letters: the shape of an ISO 3166-1 alpha-3 code. Checked before
/// [`iso3166::is_assigned`] so that "hti" and "HIT" get different advice.
pub fn is_iso3_shape(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}
