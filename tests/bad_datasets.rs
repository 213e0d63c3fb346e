//! The corpus of broken datasets in tests/bad/: each file (with its CSV tables) has
//! one mistake staff could make, and its case says exactly which problem the reader
//! must report for it: severity, file, place, and words of the message. Cases list
//! every problem expected, so a mistake that also causes unrelated noise fails too.
//! tests/good/ holds the clean dataset the bad ones were derived from.

use impact_atlas::model::{parse_path, parse_with_tables, Parsed, Severity, MAX_FILE_BYTES};
use std::path::Path;

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

/// (severity, file as named in the problem, place, text the message contains).
type Expect = (Severity, &'static str, &'static str, &'static str);

/// Each case: the JSON file in tests/bad/ (without `.json`) and its problems, in order.
#[rustfmt::skip]
const CASES: &[(&str, &[Expect])] = &[
    ("empty", &[(E, "empty.json", "", "file is empty")]),
    ("bom", &[(E, "bom.json", "line 1", "byte-order mark")]),
    ("invalid-utf8", &[(E, "invalid-utf8.json", "line 5, column 18", "not valid UTF-8 text: byte 79 (0xE9)")]),
    ("syntax-missing-comma", &[(E, "syntax-missing-comma.json", "line 4, column 3", "not valid JSON: expected `,` or `}`")]),
    ("not-an-object", &[(E, "not-an-object.json", "", "expected an object { … }, found a list")]),
    ("wrong-format", &[(E, "wrong-format.json", "format", "format \"impact-atlas/2\" is not supported")]),
    ("unknown-field", &[(E, "unknown-field.json", "countrys", "unknown field \"countrys\"")]),
    ("duplicate-field", &[(E, "duplicate-field.json", "id", "field \"id\" appears more than once")]),
    ("missing-programme", &[(E, "missing-programme.json", "(top level)", "missing field \"programme\"")]),
    ("synthetic-not-bool", &[(E, "synthetic-not-bool.json", "synthetic", "expected true or false, found text")]),
    ("start-year-as-text", &[(E, "start-year-as-text.json", "programme.start_year", "expected a whole number, found text")]),
    ("end-before-start", &[(E, "end-before-start.json", "programme.end_year", "end year 2014 is before start year 2015")]),
    ("implausible-year", &[(E, "implausible-year.json", "programme.source.year", "year 20 is not a plausible year")]),
    ("translation-without-english", &[(E, "translation-without-english.json", "programme.name", "missing field \"en\"")]),
    ("unknown-language", &[(E, "unknown-language.json", "programme.name.de", "unknown field \"de\"")]),
    ("empty-text", &[(E, "empty-text.json", "programme.acronym", "text is empty")]),
    ("iso3-lowercase", &[(E, "iso3-lowercase.json", "countries[1].iso3", "\"hti\" is not an ISO 3166-1 alpha-3 code")]),
    ("iso3-unassigned", &[(E, "iso3-unassigned.json", "countries[1].iso3", "\"HIT\" is not an assigned ISO 3166-1 alpha-3 code")]),
    ("country-twice", &[(E, "country-twice.json", "countries[1].iso3", "country COL is listed twice")]),
    ("no-countries", &[(E, "no-countries.json", "countries", "no countries are listed")]),
    ("partner-in-unknown-country", &[(E, "partner-in-unknown-country.json", "partners[0].country", "country \"PER\" is not one of the programme's countries")]),
    ("negative-count", &[(E, "negative-count.json", "results[0].value", "count -5 is negative")]),
    ("fractional-count", &[(E, "fractional-count.json", "results[0].parts[0].value", "count 12.5 is not a whole number")]),
    ("count-as-text", &[(E, "count-as-text.json", "headline[0].value", "expected a whole number, found text")]),
    ("unknown-qualifier", &[(E, "unknown-qualifier.json", "results[0].qualifier", "unknown qualifier \"about\"")]),
    ("part-larger-than-whole", &[(E, "part-larger-than-whole.json", "results[0].parts[0].value", "part \"women\" (1200) is larger than its whole \"people\" (1000)")]),
    ("duplicate-result-id", &[(E, "duplicate-result-id.json", "results[1].id", "id \"people\" is used twice")]),
    ("threshold-negative", &[(E, "threshold-negative.json", "small_number_threshold", "count -1 is negative")]),
    ("threshold-zero", &[(W, "threshold-zero.json", "small_number_threshold", "a threshold of 0 protects no count")]),
    ("share-url-not-https", &[(E, "share-url-not-https.json", "share_url", "\"http://example.org/atlas\" is not a full https:// address")]),
    ("table-name-is-a-path", &[(E, "table-name-is-a-path.json", "by_country", "\"../secret.csv\" is not a table file name")]),
    ("table-missing", &[(E, "table-missing.json", "by_year", "table file \"nowhere.csv\" is missing")]),
    ("table-name-not-text", &[(E, "table-name-not-text.json", "by_year", "expected text in quotes, found a number")]),
    ("csv-empty", &[(E, "csv-empty-by-country.csv", "", "file is empty")]),
    ("csv-bom", &[(W, "csv-bom-by-country.csv", "line 1", "byte-order mark")]),
    ("csv-invalid-utf8", &[(E, "csv-invalid-utf8-by-country.csv", "line 3, column 5", "not valid UTF-8 text: byte 60 (0xE9)")]),
    ("csv-no-header", &[(E, "csv-no-header-by-country.csv", "line 1", "the first line is not a header")]),
    ("csv-header-without-key", &[(E, "csv-header-without-key-by-country.csv", "line 1", "the header has no \"iso3\" column")]),
    ("csv-unknown-column", &[(E, "csv-unknown-column-by-country.csv", "line 1, column beneficiaries", "unknown column \"beneficiaries\"")]),
    ("csv-duplicate-column", &[(E, "csv-duplicate-column-by-country.csv", "line 1, column people", "column \"people\" appears more than once")]),
    ("csv-unnamed-column", &[(E, "csv-unnamed-column-by-country.csv", "line 1, column 2", "column 2 has no name")]),
    ("csv-semicolons", &[(E, "csv-semicolons-by-country.csv", "line 1", "columns are not separated by commas")]),
    ("csv-wrong-field-count", &[(E, "csv-wrong-field-count-by-country.csv", "line 3", "the row has 4 fields but the header has 5")]),
    ("csv-row-without-country", &[(E, "csv-row-without-country-by-country.csv", "line 3, column iso3", "the row has no iso3")]),
    ("csv-negative", &[(E, "csv-negative-by-country.csv", "line 3, column volunteers", "count -5 is negative")]),
    ("csv-fraction", &[(E, "csv-fraction-by-country.csv", "line 2, column people", "count 400.5 is not a whole number")]),
    ("csv-thousands-separator", &[(E, "csv-thousands-separator-by-country.csv", "line 2, column people", "\"1,200\" is not a whole number")]),
    ("csv-words-for-not-published", &[(E, "csv-words-for-not-published-by-country.csv", "line 3, column women", "\"n/a\" is not a whole number")]),
    ("csv-count-too-large", &[(E, "csv-count-too-large-by-country.csv", "line 2, column people", "count 99999999999999 is too large")]),
    ("csv-lowercase-code", &[(E, "csv-lowercase-code-by-country.csv", "line 2, column iso3", "\"col\" is not an ISO 3166-1 alpha-3 code")]),
    ("csv-unassigned-code", &[(E, "csv-unassigned-code-by-country.csv", "line 3, column iso3", "\"HIT\" is not an assigned ISO 3166-1 alpha-3 code")]),
    ("csv-country-twice", &[(E, "csv-country-twice-by-country.csv", "line 4, column iso3", "country COL is listed twice (first on line 2)")]),
    ("csv-country-not-in-programme", &[(E, "csv-country-not-in-programme-by-country.csv", "line 3, column iso3", "country PER is not one of the programme's countries")]),
    ("csv-women-above-people", &[(E, "csv-women-above-people-by-country.csv", "line 2, column women", "women (450) is larger than people (400)")]),
    ("csv-children-above-people", &[(E, "csv-children-above-people-by-country.csv", "line 3, column children", "children (501) is larger than people (500)")]),
    ("csv-header-only", &[(W, "csv-header-only-by-country.csv", "", "the table has a header but no rows")]),
    ("csv-sum-above-result", &[(W, "csv-sum-above-result-by-country.csv", "column people", "sums do not add up: the countries' people add up to 1100, more than the total of 1000 in result \"people\"")]),
    ("csv-sum-above-headline", &[(W, "csv-sum-above-headline-by-country.csv", "column volunteers", "the countries' volunteers add up to 11, more than the total of 10 in headline \"volunteers\"")]),
    ("csv-sum-above-part", &[(W, "csv-sum-above-part-by-country.csv", "column women", "the countries' women add up to 501, more than the total of 500 in part \"women\" of result \"people\"")]),
    ("csv-sum-above-approximate-total", &[(W, "csv-sum-above-approximate-total-by-country.csv", "column people", "more than the total of approximately 1000 in result \"people\"")]),
    ("year-outside-programme", &[(E, "year-outside-programme-by-year.csv", "line 2, column year", "year 2014 is outside the programme's years 2015–2020")]),
    ("year-twice", &[(E, "year-twice-by-year.csv", "line 3, column year", "year 2015 is listed twice (first on line 2)")]),
    ("year-not-a-year", &[(E, "year-not-a-year-by-year.csv", "line 2, column year", "\"20x5\" is not a year")]),
    ("year-women-column", &[(E, "year-women-column-by-year.csv", "line 1, column women", "unknown column \"women\"")]),
    ("many-problems", &[(E, "many-problems.json", "countrys", "unknown field \"countrys\""), (E, "many-problems.json", "programme.start_year", "expected a whole number, found text"), (E, "many-problems.json", "results[0].parts[0].value", "part \"women\" (1200) is larger than its whole \"people\" (1000)"), (E, "many-problems-by-country.csv", "line 3, column volunteers", "count -1 is negative"), (E, "many-problems-by-country.csv", "line 4, column iso3", "country PER is not one of the programme's countries"), (E, "many-problems-by-year.csv", "line 3", "the row has 2 fields but the header has 3")]),
];

const BAD: &str = "tests/bad/";

fn read(dir: &str, name: &str) -> Parsed {
    // Relative to the package root, where cargo runs tests; problems then name files
    // as `tests/bad/…`, which the comparison strips.
    parse_path(&Path::new(dir).join(format!("{name}.json")))
}

fn check(name: &str, want: &[Expect]) -> Result<(), String> {
    let parsed = read(BAD, name);
    let got: Vec<String> = parsed.problems.iter().map(|p| p.to_string()).collect();
    if parsed.problems.len() != want.len() {
        return Err(format!("{name}: expected {} problem(s), got {got:#?}", want.len()));
    }
    for (p, &(severity, file, place, what)) in parsed.problems.iter().zip(want) {
        let shown_file = p.file.strip_prefix(BAD).unwrap_or(&p.file);
        if p.severity != severity || shown_file != file || p.place != place || !p.what.contains(what) {
            return Err(format!(
                "{name}: expected {severity:?} in {file} at \"{place}\" saying \"{what}\", got {p}"
            ));
        }
        if p.hint.is_empty() {
            return Err(format!("{name}: no hint on how to fix: {p}"));
        }
    }
    let only_warnings = want.iter().all(|w| w.0 == W);
    if parsed.dataset.is_some() != only_warnings {
        return Err(format!("{name}: errors must stop the dataset and warnings keep it"));
    }
    Ok(())
}

#[test]
fn every_bad_dataset_reports_exactly_its_problem() {
    let failures: Vec<String> = CASES.iter().filter_map(|(name, want)| check(name, want).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn the_corpus_has_a_case_for_every_file_and_a_file_for_every_case() {
    assert!(CASES.len() >= 40, "at least 40 cases");
    let mut on_disk: Vec<String> = std::fs::read_dir(BAD)
        .expect("tests/bad exists")
        .map(|e| e.expect("readable entry").file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    for file in &on_disk {
        let owner = CASES
            .iter()
            .any(|(name, _)| file == &format!("{name}.json") || file.starts_with(&format!("{name}-by-")));
        assert!(owner, "{file} belongs to no case");
    }
    for (name, _) in CASES {
        assert!(on_disk.contains(&format!("{name}.json")), "case {name} has no file");
    }
}

#[test]
fn the_clean_dataset_the_corpus_derives_from_has_no_problems() {
    let parsed = read("tests/good/", "minimal");
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
    let d = parsed.dataset.expect("valid");
    assert_eq!((d.by_country.len(), d.by_year.len()), (2, 2));
    assert_eq!(d.small_number_threshold, Some(5));
}

#[test]
fn oversized_files_are_refused_json_and_csv_alike() {
    let huge = format!("{{\"id\": \"{}\"}}", "x".repeat(MAX_FILE_BYTES));
    let parsed = parse_with_tables("big.json", &huge, &[]);
    assert_eq!(parsed.problems.len(), 1, "{:#?}", parsed.problems);
    assert!(parsed.problems[0].what.contains("more than the 2048 KB allowed"));

    let json = std::fs::read_to_string("tests/good/minimal.json").expect("minimal dataset");
    let year = std::fs::read_to_string("tests/good/minimal-by-year.csv").expect("table");
    let big_table = format!("iso3,people\n{}", "COL,1\n".repeat(MAX_FILE_BYTES / 6 + 1));
    let tables = [("minimal-by-country.csv".to_owned(), big_table), ("minimal-by-year.csv".to_owned(), year)];
    let parsed = parse_with_tables("minimal.json", &json, &tables);
    let got: Vec<String> = parsed.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].starts_with("error: minimal-by-country.csv: file is 2048 KB, more than"), "{got:?}");
}

#[test]
fn a_flood_of_bad_rows_is_cut_short_with_a_note() {
    let json = std::fs::read_to_string("tests/good/minimal.json").expect("minimal dataset");
    let rows = "iso3,people\n".to_owned() + &"COL,-1\n".repeat(1000);
    let tables = [("minimal-by-country.csv".to_owned(), rows)];
    let parsed = parse_with_tables("minimal.json", &json, &tables);
    let in_table = parsed.problems.iter().filter(|p| p.file == "minimal-by-country.csv").count();
    assert_eq!(in_table, 201, "200 problems and one saying there are more");
    assert!(parsed.problems.iter().any(|p| p.what.contains("more than 200 problems")));
}

#[test]
fn a_referenced_table_that_was_not_handed_in_is_named() {
    let json = std::fs::read_to_string("tests/good/minimal.json").expect("minimal dataset");
    let parsed = parse_with_tables("datasets/minimal.json", &json, &[]);
    let got: Vec<String> =
        parsed.problems.iter().map(|p| format!("{}|{}|{}", p.file, p.place, p.what)).collect();
    assert_eq!(
        got,
        [
            "datasets/minimal.json|by_country|table file \"minimal-by-country.csv\" is missing or could not be loaded",
            "datasets/minimal.json|by_year|table file \"minimal-by-year.csv\" is missing or could not be loaded",
        ]
    );
}
