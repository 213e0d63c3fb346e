//! A figure hidden as "fewer than N" must not be recoverable from an exact total
//! minus the other countries: the validator refuses to publish a dataset where it
//! would be (the leak corpus in tests/leak_corpus.rs covers more cases).

use impact_atlas::core::Severity;

use impact_atlas::model::parse_with_tables;

fn tables() -> Vec<(String, String)> {
    ["demo-by-country.csv", "demo-by-year.csv"]
        .iter()
        .map(|n| (n.to_string(), std::fs::read_to_string(format!("data/datasets/{n}")).expect("table")))
        .collect()
}

#[test]
fn an_exact_total_that_gives_a_hidden_figure_away_is_an_error() {
    let json = include_str!("../data/datasets/demo.json")
        .replace(r#""value": 8450, "qualifier": "approximately""#, r#""value": 8452, "qualifier": "exact""#);
    let parsed = parse_with_tables("datasets/demo.json", &json, &tables());
    let e: Vec<_> = parsed.problems.iter().filter(|p| p.severity == Severity::Error).collect();
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(parsed.problems.len(), 1, "{:#?}", parsed.problems);
    assert_eq!(e[0].file, "datasets/demo-by-country.csv");
    assert_eq!(e[0].place, "line 10, column E (children)");
    assert!(e[0].what.contains("TUN's children figure is hidden as below 5"), "{}", e[0].what);
    assert!(e[0].what.contains("leaves 2 for it, so it is exactly 2"), "{}", e[0].what);
    assert!(parsed.dataset.is_none(), "a dataset that gives a hidden figure away is not published");
}

#[test]
fn the_shipped_demo_publishes_that_total_as_approximate_and_has_no_warning() {
    let parsed =
        parse_with_tables("datasets/demo.json", include_str!("../data/datasets/demo.json"), &tables());
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
}
