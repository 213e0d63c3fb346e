//! Protection is on by default: a dataset that sets no `small_number_threshold` is
//! protected at 5, so a count of 2 children in one country is never published unless
//! the dataset says explicitly that it may be.

use impact_atlas::core::Lang;
use impact_atlas::export::csv::figures_csv;
use impact_atlas::model::{parse_path, parse_source_with_tables, parse_with_tables, Shown};
use std::path::Path;

#[test]
fn a_dataset_without_a_threshold_shows_a_count_of_two_as_fewer_than_five() {
    let parsed = parse_path(Path::new("tests/good/no-threshold.json"));
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
    assert!(parsed.default_threshold);
    let d = parsed.dataset.expect("valid");
    assert_eq!(d.small_number_threshold, Some(5));
    let col = d.figures_for("COL").expect("Colombia's row");
    // The source holds 2; what is published is "fewer than 5".
    let (json, tables) = files();
    let source = parse_source_with_tables("x.json", &json, &tables).dataset.expect("valid");
    let raw = source.by_country.iter().find(|c| c.iso3 == "COL").expect("Colombia's row");
    assert_eq!(raw.children, Some(2));
    assert_eq!(col.children, Shown::FewerThan(5));
    // The download carries what the page shows: "fewer than 5", never the 2.
    let csv = figures_csv(&d, Lang::En);
    assert!(csv.contains("by country,Colombia,children reached,,fewer than 5\r\n"), "{csv}");
    assert!(!csv.contains(",2\r\n"), "{csv}");
}

fn files() -> (String, Vec<(String, String)>) {
    let json = std::fs::read_to_string("tests/good/no-threshold.json").expect("dataset");
    let tables: Vec<(String, String)> = ["no-threshold-by-country.csv", "no-threshold-by-year.csv"]
        .iter()
        .map(|n| (n.to_string(), std::fs::read_to_string(format!("tests/good/{n}")).expect("table")))
        .collect();
    (json, tables)
}

#[test]
fn only_an_explicit_threshold_lets_a_small_count_through() {
    let (json, tables) = files();
    let explicit = json.replace("\"share_url\"", "\"small_number_threshold\": 2,\n  \"share_url\"");
    let parsed = parse_with_tables("x.json", &explicit, &tables);
    assert!(!parsed.default_threshold);
    let d = parsed.dataset.expect("valid");
    let col = d.figures_for("COL").expect("Colombia's row");
    assert_eq!(col.children, Shown::Value(2));
}
