//! Feeds arbitrary input to the dataset readers: the JSON file, the CSV tables, and
//! both together. Any input must give problems, never a panic, and the reader's one
//! promise must hold: a dataset comes back exactly when there is no error.

#![no_main]

use impact_atlas::model::{parse_bytes, parse_with_tables, referenced_files, Parsed};
use libfuzzer_sys::fuzz_target;

/// A valid dataset naming both tables, so that table input reaches the CSV reader and
/// the checks against the JSON file (countries, years, totals).
const JSON: &str = include_str!("../../tests/good/minimal.json");

fuzz_target!(|data: &[u8]| {
    // The first byte picks what the rest of the input is.
    let Some((&mode, rest)) = data.split_first() else { return };
    match mode % 3 {
        // The whole JSON file, as bytes (the command) and as text (the page), with
        // empty tables for whatever it references.
        0 => {
            check(parse_bytes("f.json", rest, &[]));
            let text = String::from_utf8_lossy(rest);
            let tables: Vec<(String, String)> =
                referenced_files(&text).into_iter().map(|n| (n, String::new())).collect();
            check(parse_with_tables("f.json", &text, &tables));
        }
        // Two tables for the valid dataset, split at the first NUL byte.
        1 => {
            let (country, year) = split(rest);
            let tables = [
                ("minimal-by-country.csv".to_owned(), country.to_vec()),
                ("minimal-by-year.csv".to_owned(), year.to_vec()),
            ];
            check(parse_bytes("minimal.json", JSON.as_bytes(), &tables));
        }
        // JSON, then its tables in the order it references them, NUL-separated.
        _ => {
            let mut parts = rest.split(|&b| b == 0);
            let json = String::from_utf8_lossy(parts.next().unwrap_or_default());
            let tables: Vec<(String, String)> = referenced_files(&json)
                .into_iter()
                .map(|n| (n, String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned()))
                .collect();
            check(parse_with_tables("f.json", &json, &tables));
        }
    }
});

fn split(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == 0) {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[]),
    }
}

fn check(parsed: Parsed) {
    assert_eq!(parsed.dataset.is_some(), parsed.errors() == 0, "{:#?}", parsed.problems);
    for p in &parsed.problems {
        assert!(!p.what.is_empty() && !p.hint.is_empty(), "{p:?}");
        let _ = p.to_string();
    }
}
