//! A figure hidden as "fewer than N" must not be recoverable from an exact total
//! minus the other countries: the validator warns when it would be.

use impact_atlas::model::{parse_with_tables, Severity};

fn tables() -> Vec<(String, String)> {
    ["demo-by-country.csv", "demo-by-year.csv"]
        .iter()
        .map(|n| (n.to_string(), std::fs::read_to_string(format!("data/datasets/{n}")).expect("table")))
        .collect()
}

#[test]
fn an_exact_total_that_gives_a_hidden_figure_away_is_a_warning() {
    let json = include_str!("../data/datasets/demo.json")
        .replace(r#""value": 8450, "qualifier": "approximately""#, r#""value": 8452, "qualifier": "exact""#);
    let parsed = parse_with_tables("datasets/demo.json", &json, &tables());
    let w: Vec<_> = parsed.problems.iter().filter(|p| p.severity == Severity::Warning).collect();
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!(w[0].place, "line 10, column E (children)");
    assert!(w[0].what.contains("TUN's children figure is hidden as below 5"), "{}", w[0].what);
    assert!(w[0].what.contains("leaves at most 2"), "{}", w[0].what);
    assert!(parsed.dataset.is_some(), "a warning keeps the dataset");
}

#[test]
fn the_shipped_demo_publishes_that_total_as_approximate_and_has_no_warning() {
    let parsed =
        parse_with_tables("datasets/demo.json", include_str!("../data/datasets/demo.json"), &tables());
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
}
