//! The corpus of broken datasets in tests/bad/: each file (with its CSV tables) has
//! one mistake staff could make, and its case says exactly which problem the reader
//! must report for it: severity, file, place, and the exact message. Cases list
//! every problem expected, so a mistake that also causes knock-on noise fails too.
//! tests/good/ holds the clean dataset the bad ones were derived from.

use impact_atlas::core::Severity;

use impact_atlas::model::{parse_path, parse_with_tables, Parsed, MAX_FILE_BYTES};
use std::path::Path;

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

/// (severity, file as named in the problem, place, the message and the hint, exactly).
type Expect = (Severity, &'static str, &'static str, &'static str, &'static str);

/// Each case: the JSON file in tests/bad/ (without `.json`) and its problems, in order.
#[rustfmt::skip]
const CASES: &[(&str, &[Expect])] = &[
    ("bom", &[(E, "bom.json", "line 1", "file starts with a byte-order mark (BOM)", "save it as UTF-8 without BOM")]),
    ("count-as-text", &[(E, "count-as-text.json", "line 32, column 16, the 1st headline figure › value", "number \"10\" is in quotes", "remove the quotes: write 10")]),
    ("country-twice", &[(E, "country-twice.json", "line 24, column 15, the 2nd country › iso3", "country COL is listed twice", "keep one entry per country")]),
    ("csv-bom", &[]),
    ("csv-children-above-people", &[(E, "csv-children-above-people-by-country.csv", "line 3, column C (children)", "children (501) is larger than people (500)", "children are counted among the people reached; check both figures")]),
    ("csv-count-too-large", &[(E, "csv-count-too-large-by-country.csv", "line 2, column B (people)", "count 99999999999999 is too large", "check for extra digits")]),
    ("csv-country-not-in-programme", &[(E, "csv-country-not-in-programme-by-country.csv", "line 3, column A (iso3)", "country PER is not one of the programme's countries", "add it to \"countries\" in tests/bad/csv-country-not-in-programme.json or remove the row")]),
    ("csv-country-twice", &[(E, "csv-country-twice-by-country.csv", "line 4, column A (iso3)", "country COL is listed twice (first on line 2)", "keep one row per country")]),
    ("csv-duplicate-column", &[(E, "csv-duplicate-column-by-country.csv", "line 1, column C", "column \"people\" appears more than once", "keep one of them")]),
    ("csv-empty", &[(E, "csv-empty-by-country.csv", "", "file is empty", "a table needs at least its header line, such as iso3,volunteers,people")]),
    ("csv-fraction", &[(E, "csv-fraction-by-country.csv", "line 2, column B (people)", "count 400.5 is not a whole number", "write a whole number such as 1808")]),
    ("csv-header-only", &[(W, "csv-header-only-by-country.csv", "", "the table has a header but no rows", "add one row per country or year, or remove the table")]),
    ("csv-header-without-key", &[(E, "csv-header-without-key-by-country.csv", "line 1", "the header has no \"iso3\" column", "add it: each row needs its iso3, as in iso3,volunteers,people,women,children")]),
    ("csv-invalid-utf8", &[(E, "csv-invalid-utf8-by-country.csv", "line 3, column B", "the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0xE9 is \"é\"", "save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\"")]),
    ("csv-latin1", &[(E, "csv-latin1-by-country.csv", "line 3, column A", "the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0xEF is \"ï\"", "save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\"")]),
    ("csv-lowercase-code", &[(E, "csv-lowercase-code-by-country.csv", "line 2, column A (iso3)", "\"col\" is not an ISO 3166-1 alpha-3 code", "use three capital letters, such as HTI for Haiti")]),
    ("csv-negative", &[(E, "csv-negative-by-country.csv", "line 3, column B (volunteers)", "count -5 is negative", "counts are 0 or more")]),
    ("csv-no-header", &[(E, "csv-no-header-by-country.csv", "line 1", "the first line is not a header: it names none of the columns", "add a first line naming the columns: iso3, volunteers, people, women, children")]),
    ("csv-row-in-error-not-summed", &[(E, "csv-row-in-error-not-summed-by-country.csv", "line 4, column A (iso3)", "country COL is listed twice (first on line 2)", "keep one row per country")]),
    ("csv-row-without-country", &[(E, "csv-row-without-country-by-country.csv", "line 3, column A (iso3)", "the row has no iso3", "fill it in, or delete the row")]),
    ("csv-semicolons", &[(E, "csv-semicolons-by-country.csv", "line 1", "columns are not separated by commas", "save as comma-separated CSV; the header should read iso3,volunteers,people,women,children")]),
    ("csv-sum-above-approximate-total", &[(W, "csv-sum-above-approximate-total-by-country.csv", "column B (people)", "sums do not add up: the countries' people add up to 1101, more than the total of approximately 1000 in result \"people\" of tests/bad/csv-sum-above-approximate-total.json, even allowing 10%", "check the table and the total; this is expected only if some are counted in two countries")]),
    ("csv-sum-above-headline", &[(W, "csv-sum-above-headline-by-country.csv", "column B (volunteers)", "sums do not add up: the countries' volunteers add up to 11, more than the total of 10 in headline \"volunteers\" of tests/bad/csv-sum-above-headline.json", "check the table and the total; this is expected only if some are counted in two countries")]),
    ("csv-sum-above-part", &[(W, "csv-sum-above-part-by-country.csv", "column B (women)", "sums do not add up: the countries' women add up to 501, more than the total of 500 in part \"women\" of result \"people\" of tests/bad/csv-sum-above-part.json", "check the table and the total; this is expected only if some are counted in two countries")]),
    ("csv-sum-above-result", &[(W, "csv-sum-above-result-by-country.csv", "column B (people)", "sums do not add up: the countries' people add up to 1100, more than the total of 1000 in result \"people\" of tests/bad/csv-sum-above-result.json", "check the table and the total; this is expected only if some are counted in two countries")]),
    ("csv-thousands-separator", &[(E, "csv-thousands-separator-by-country.csv", "line 2, column B (people)", "\"1,200\" has a thousands separator", "write digits only: 1200")]),
    ("csv-unassigned-code", &[(E, "csv-unassigned-code-by-country.csv", "line 3, column A (iso3)", "\"HIT\" is not an assigned ISO 3166-1 alpha-3 code", "check the code; Haiti is HTI, Honduras HND")]),
    ("csv-unknown-column", &[(E, "csv-unknown-column-by-country.csv", "line 1, column C", "unknown column \"beneficiaries\"", "allowed columns: iso3, volunteers, people, women, children, and note for your own notes")]),
    ("csv-unlisted-country-not-summed", &[(E, "csv-unlisted-country-not-summed-by-country.csv", "line 4, column A (iso3)", "country PER is not one of the programme's countries", "add it to \"countries\" in tests/bad/csv-unlisted-country-not-summed.json or remove the row")]),
    ("csv-unnamed-column", &[(E, "csv-unnamed-column-by-country.csv", "line 1, column B", "column B has no name", "name every column; allowed columns: iso3, volunteers, people, women, children")]),
    ("csv-utf16", &[(E, "csv-utf16-by-country.csv", "", "the file is saved as UTF-16 (\"Unicode text\"), not UTF-8", "save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\"")]),
    ("csv-women-above-people", &[(E, "csv-women-above-people-by-country.csv", "line 2, column C (women)", "women (450) is larger than people (400)", "women are counted among the people reached; check both figures")]),
    ("csv-words-for-not-published", &[(E, "csv-words-for-not-published-by-country.csv", "line 3, column C (women)", "\"n/a\" is not a whole number", "write digits only, without separators or words; leave the cell empty when the figure is not published")]),
    ("csv-wrong-field-count", &[(E, "csv-wrong-field-count-by-country.csv", "line 3", "the row has 4 fields but the header has 5", "give each row one cell per column; leave a cell empty when a figure is not published")]),
    ("duplicate-field", &[(E, "duplicate-field.json", "line 4, column 3, id", "field \"id\" appears more than once", "keep one of them")]),
    ("duplicate-result-id", &[(E, "duplicate-result-id.json", "line 52, column 13, the 2nd result › id", "id \"people\" is used twice", "give each entry its own id")]),
    ("empty", &[(E, "empty.json", "", "file is empty", "export the dataset again")]),
    ("empty-text", &[(E, "empty-text.json", "line 5, column 16, programme › acronym", "text is empty", "fill it in or remove the field")]),
    ("end-before-start", &[(E, "end-before-start.json", "line 11, column 17, programme › end_year", "end year 2014 is before start year 2015", "swap them or correct one")]),
    ("fractional-count", &[(E, "fractional-count.json", "line 47, column 20, the 1st result › the 1st part › value", "count 12.5 is not a whole number", "write a whole number such as 1808; put \"approximately\" in the qualifier")]),
    ("implausible-year", &[(E, "implausible-year.json", "line 15, column 15, programme › source › year", "year 20 is not a plausible year", "write a four-digit year such as 2015")]),
    ("invalid-utf8", &[(E, "invalid-utf8.json", "line 5, column 18", "the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0xE9 is \"é\"", "save it as UTF-8: in the text editor choose Save as, then the encoding UTF-8")]),
    ("iso3-lowercase", &[(E, "iso3-lowercase.json", "line 24, column 15, the 2nd country › iso3", "\"hti\" is not an ISO 3166-1 alpha-3 code", "use three capital letters, such as HTI for Haiti")]),
    ("iso3-unassigned", &[(E, "iso3-unassigned.json", "line 24, column 15, the 2nd country › iso3", "\"HIT\" is not an assigned ISO 3166-1 alpha-3 code", "check the code; Haiti is HTI, Honduras HND")]),
    ("many-problems", &[(E, "many-problems.json", "line 54, column 3, countrys", "unknown field \"countrys\"", "allowed fields here: format, id, synthetic, programme, countries, headline, results, expertise, partners, stories, testimonies, next_programme, by_country, by_year, small_number_threshold, share_url, map_encoding"), (E, "many-problems.json", "line 10, column 19, programme › start_year", "number \"2015\" is in quotes", "remove the quotes: write 2015"), (E, "many-problems.json", "line 47, column 20, the 1st result › the 1st part › value", "part \"women\" (1200) is larger than its whole \"people\" (1000)", "a part counts some of the whole; check both figures"), (E, "many-problems-by-country.csv", "line 3, column B (volunteers)", "count -1 is negative", "counts are 0 or more"), (E, "many-problems-by-country.csv", "line 4, column A (iso3)", "country PER is not one of the programme's countries", "add it to \"countries\" in tests/bad/many-problems.json or remove the row"), (E, "many-problems-by-year.csv", "line 3", "the row has 2 fields but the header has 3", "give each row one cell per column; leave a cell empty when a figure is not published")]),
    ("missing-programme", &[(E, "missing-programme.json", "line 1, column 1, top level", "missing field \"programme\"", "add it; data/README.md lists every field")]),
    ("negative-count", &[(E, "negative-count.json", "line 41, column 16, the 1st result › value", "count -5 is negative", "counts are 0 or more")]),
    ("no-countries", &[(E, "no-countries.json", "line 18, column 16, countries", "no countries are listed", "list the programme's countries")]),
    ("not-an-object", &[(E, "not-an-object.json", "line 1, column 1, top level", "expected an object { … }, found a list", "check the value's type against data/README.md")]),
    ("number-in-quotes", &[(E, "number-in-quotes.json", "line 32, column 16, the 1st headline figure › value", "number \"10\" is in quotes", "remove the quotes: write 10")]),
    ("number-in-quotes-with-separator", &[(E, "number-in-quotes-with-separator.json", "line 41, column 16, the 1st result › value", "number \"1,000\" is in quotes", "remove the quotes and separators: write 1000")]),
    ("part-larger-than-whole", &[(E, "part-larger-than-whole.json", "line 47, column 20, the 1st result › the 1st part › value", "part \"women\" (1200) is larger than its whole \"people\" (1000)", "a part counts some of the whole; check both figures")]),
    ("partner-in-unknown-country", &[(E, "partner-in-unknown-country.json", "line 55, column 18, the 1st partner › country", "country \"PER\" is not one of the programme's countries", "add it to \"countries\" or correct the code")]),
    ("reversed-years", &[(E, "reversed-years.json", "line 11, column 17, programme › end_year", "end year 2015 is before start year 2020", "swap them or correct one")]),
    ("share-url-not-https", &[(E, "share-url-not-https.json", "line 52, column 16, share_url", "\"http://example.org/atlas\" is not a full https:// address", "write the page's public address, starting with https://, without spaces")]),
    ("start-year-as-text", &[(E, "start-year-as-text.json", "line 10, column 19, programme › start_year", "number \"2015\" is in quotes", "remove the quotes: write 2015")]),
    ("syntax-comment", &[(E, "syntax-comment.json", "line 32, column 20", "comment: a JSON file cannot contain comments", "delete the comment; keep notes in a separate document")]),
    ("syntax-curly-quote", &[(E, "syntax-curly-quote.json", "line 14, column 20", "curly quote “ where a straight quote \" is needed", "type straight quotes \" around text and field names; word processors turn them into “ ”, so edit the file in a plain text editor")]),
    ("syntax-line-break-in-text", &[(E, "syntax-line-break-in-text.json", "line 40, column 34", "line break inside text in quotes", "join the lines; for a new paragraph write \\n\\n inside the text, as in \"First.\\n\\nSecond.\"")]),
    ("syntax-missing-comma", &[(E, "syntax-missing-comma.json", "line 3, column 12", "comma missing at the end of this line", "put a comma after each item except the last")]),
    ("syntax-thousands-separator", &[(E, "syntax-thousands-separator.json", "line 41, column 16", "number 1,000 has a thousands separator", "write numbers with digits only: 1000")]),
    ("syntax-trailing-comma", &[(E, "syntax-trailing-comma.json", "line 26, column 6", "comma after the last item", "remove this comma: no comma may come just before } or ]")]),
    ("synthetic-not-bool", &[(E, "synthetic-not-bool.json", "line 52, column 16, synthetic", "expected true or false, found text", "write true for made-up demo data")]),
    ("table-missing", &[(E, "table-missing.json", "line 52, column 14, by_year", "table file \"nowhere.csv\" is missing or could not be loaded", "put nowhere.csv beside tests/bad/table-missing.json, or correct the name")]),
    ("table-name-is-a-path", &[(E, "table-name-is-a-path.json", "line 52, column 17, by_country", "\"../secret.csv\" is not a table file name", "write the name of a .csv, .xlsx or .ods file beside the dataset file, without folders, such as demo-by-country.csv")]),
    ("table-name-not-text", &[(E, "table-name-not-text.json", "line 52, column 14, by_year", "expected text in quotes, found a number", "check the value's type against data/README.md")]),
    ("threshold-negative", &[(E, "threshold-negative.json", "line 52, column 29, small_number_threshold", "count -1 is negative", "counts are 0 or more")]),
    ("threshold-zero", &[(W, "threshold-zero.json", "line 52, column 29, small_number_threshold", "a threshold of 0 protects no count", "use the smallest count that may be shown, such as 5, or remove the field to protect counts below 5")]),
    ("translation-without-english", &[(E, "translation-without-english.json", "line 6, column 13, programme › name", "missing field \"en\"", "add it; data/README.md lists every field")]),
    ("unknown-field", &[(E, "unknown-field.json", "line 52, column 3, countrys", "unknown field \"countrys\"", "allowed fields here: format, id, synthetic, programme, countries, headline, results, expertise, partners, stories, testimonies, next_programme, by_country, by_year, small_number_threshold, share_url, map_encoding")]),
    ("unknown-language", &[(E, "unknown-language.json", "line 8, column 7, programme › name › de", "unknown field \"de\"", "allowed fields here: en, fr, es")]),
    ("unknown-qualifier", &[(E, "unknown-qualifier.json", "line 42, column 20, the 1st result › qualifier", "unknown qualifier \"about\"", "use exact, more_than or approximately")]),
    ("wrong-format", &[(E, "wrong-format.json", "line 2, column 13, format", "format \"impact-atlas/2\" is not supported", "this page reads \"impact-atlas/1\"")]),
    ("year-not-a-year", &[(E, "year-not-a-year-by-year.csv", "line 2, column A (year)", "\"20x5\" is not a year", "write a four-digit year such as 2015")]),
    ("year-outside-programme", &[(E, "year-outside-programme-by-year.csv", "line 2, column A (year)", "year 2014 is outside the programme's years 2015–2020", "correct the year, or start_year/end_year in tests/bad/year-outside-programme.json")]),
    ("year-twice", &[(E, "year-twice-by-year.csv", "line 3, column A (year)", "year 2015 is listed twice (first on line 2)", "keep one row per year")]),
    ("year-women-column", &[(E, "year-women-column-by-year.csv", "line 1, column C", "unknown column \"women\"", "allowed columns: year, volunteers, people, and note for your own notes")]),
    ("csv-row-of-zeros", &[(W, "csv-row-of-zeros-by-year.csv", "line 3", "every figure in this row is 0", "0 means none were counted; if the figures are not known or not published, leave the cells empty")]),
    ("csv-zero-in-large-column", &[(W, "csv-zero-in-large-column-by-country.csv", "line 4, column C (people)", "0 people where every other country has 400 or more", "if this figure is not known or not published, leave the cell empty; 0 means none")]),
    ("headline-countries-differ", &[(W, "headline-countries-differ.json", "line 32, column 16, the 1st headline figure › value", "the headline says 3 countries but 2 are listed in \"countries\"", "correct the headline figure or the list of countries")]),
    ("text-html-code", &[(W, "text-html-code.json", "line 13, column 16, programme › source › title", "the text contains the HTML code \"&eacute;\", which the page would show as it is", "write \"é\" instead")]),
    ("text-percent-encoded", &[(W, "text-percent-encoded.json", "line 25, column 15, the 2nd country › name", "the text contains the web address code \"%C3%AF\", which the page would show as it is", "write \"ï\" instead")]),
    ("ods-negative", &[(E, "ods-negative-tables.ods", "sheet countries, cell B2 (volunteers)", "count -5 is negative", "counts are 0 or more")]),
    ("xlsx-country-twice", &[(E, "xlsx-country-twice-tables.xlsx", "sheet countries, cell A4 (iso3)", "country COL is listed twice (first on row 2)", "keep one row per country")]),
    ("xlsx-example-row-left", &[(E, "xlsx-example-row-left-tables.xlsx", "sheet countries, row 3", "this row is an example from the template", "replace it with the programme's figures, or delete the row")]),
    ("xlsx-fraction", &[(E, "xlsx-fraction-tables.xlsx", "sheet countries, cell C2 (people)", "count 400.5 is not a whole number", "write a whole number such as 1808")]),
    ("xlsx-no-such-sheet", &[(E, "xlsx-no-such-sheet-tables.xlsx", "sheet countries", "the workbook has no sheet with this name", "name the sheet countries; the workbook's sheets are: Sheet1, Sheet2"), (E, "xlsx-no-such-sheet-tables.xlsx", "sheet years", "the workbook has no sheet with this name", "name the sheet years; the workbook's sheets are: Sheet1, Sheet2")]),
    ("xlsx-not-a-workbook", &[(E, "xlsx-not-a-workbook-tables.xlsx", "", "the file cannot be read as a workbook", "save it again from the spreadsheet as .xlsx (Excel) or .ods (LibreOffice), or as CSV UTF-8")]),
    ("xlsx-stray-far-cell", &[(E, "xlsx-stray-far-cell-tables.xlsx", "sheet countries, cell XFD1048576", "this cell holds a value far outside the table (a table sheet can use at most 10000 rows and 100 columns)", "delete what is in that cell (Ctrl+End goes to the last cell used), then save the workbook again")]),
    ("xlsx-thousands-as-text", &[(E, "xlsx-thousands-as-text-tables.xlsx", "sheet countries, cell C3 (people)", "\"1,200\" has a thousands separator", "write digits only: 1200")]),
    ("xlsx-value-in-unnamed-column", &[(E, "xlsx-value-in-unnamed-column-tables.xlsx", "sheet countries, cell G3", "\"see report\" is in a column without a name", "name the column in the first row, or clear the cell")]),
    ("xlsx-women-above-people", &[(E, "xlsx-women-above-people-tables.xlsx", "sheet countries, cell D2 (women)", "women (450) is larger than people (400)", "women are counted among the people reached; check both figures")]),
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
    for (p, &(severity, file, place, what, hint)) in parsed.problems.iter().zip(want) {
        let shown_file = p.file.strip_prefix(BAD).unwrap_or(&p.file);
        if p.severity != severity
            || shown_file != file
            || p.place != place
            || p.what != what
            || p.hint != hint
        {
            return Err(format!(
                "{name}: expected {severity:?} in {file} at \"{place}\" saying \"{what}\" ({hint}), got {p}"
            ));
        }
        if hint.is_empty() {
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
        let owner = CASES.iter().any(|(name, _)| {
            file == &format!("{name}.json")
                || file.starts_with(&format!("{name}-by-"))
                || file.starts_with(&format!("{name}-tables."))
        });
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
            "datasets/minimal.json|line 52, column 17, by_country|table file \"minimal-by-country.csv\" is missing or could not be loaded",
            "datasets/minimal.json|line 53, column 14, by_year|table file \"minimal-by-year.csv\" is missing or could not be loaded",
        ]
    );
}

#[test]
fn syntax_errors_quote_the_line_with_a_caret_under_the_mistake() {
    for (name, want) in [
        ("syntax-trailing-comma", "    },\n     ^"),
        ("syntax-comment", "      \"value\": 10, // to check with the field office\n                   ^"),
        (
            "syntax-line-break-in-text",
            "      \"label\": \"people reached in\n                                 ^",
        ),
        ("syntax-curly-quote", "      \"publisher\": “Test publisher”,\n                   ^"),
        ("syntax-thousands-separator", "      \"value\": 1,000,\n               ^"),
        ("syntax-missing-comma", "  \"id\": \"t\"\n           ^"),
    ] {
        let parsed = read(BAD, name);
        assert_eq!(parsed.problems.len(), 1, "{name}");
        assert_eq!(&*parsed.problems[0].excerpt, want, "{name}");
    }
    let shown = read(BAD, "syntax-thousands-separator").problems[0].to_string();
    assert_eq!(
        shown,
        "error: tests/bad/syntax-thousands-separator.json, line 41, column 16: number 1,000 has a thousands separator (write numbers with digits only: 1000)\n          \"value\": 1,000,\n                   ^"
    );
}
