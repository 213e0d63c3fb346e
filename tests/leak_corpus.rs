//! The leak corpus (tests/leak/): synthetic datasets built to give a protected
//! count away. `validate` and `publish` must refuse each one that leaks, with a
//! message naming the cells and the total that gives them away and a remedy that
//! works; the ones that are safe publish every protected cell as "fewer than 5"
//! only. e2e/leak.test.mjs loads the published ones in a browser.

use impact_atlas::model::publish::public_json;
use impact_atlas::model::{parse_path, Metric, Shown};
use std::path::Path;

/// Each leaking case and exactly the problems it must give (`Problem`'s Display).
const REFUSED: &[(&str, &[&str])] = &[
    ("one-hidden", &["error: tests/leak/one-hidden-by-country.csv, line 4, column B (volunteers): PER's volunteers figure is hidden as below 5, but headline \"volunteers\" (30) minus the other countries (27) leaves 3 for it, so it is exactly 3: the page would give it away (publish headline \"volunteers\" as approximately (its qualifier in tests/leak/one-hidden.json))"]),
    ("one-hidden-more-than", &["error: tests/leak/one-hidden-by-country.csv, line 4, column B (volunteers): PER's volunteers figure is hidden as below 5, but headline \"volunteers\" (more than 29) minus the other countries (27) leaves at least 3 for it, so it is 3 or 4: the page would give it away (publish headline \"volunteers\" as approximately (its qualifier in tests/leak/one-hidden-more-than.json), or leave another volunteers figure of this table unpublished (an empty cell))"]),
    ("two-hidden", &["error: tests/leak/two-hidden-by-country.csv, line 3, line 4, column B (volunteers): the volunteers figures of HTI and PER are hidden as below 5, but headline \"volunteers\" (26) minus the other countries (21) leaves 5 for them, so each is between 1 and 4: the page would give them away (publish headline \"volunteers\" as approximately (its qualifier in tests/leak/two-hidden.json), or leave another volunteers figure of this table unpublished (an empty cell))"]),
    ("hidden-per-year", &[
        "error: tests/leak/hidden-per-year-by-year.csv, line 3, column B (volunteers): 2019's volunteers figure is hidden as below 5, but headline \"volunteers\" (21) minus the other years (19) leaves 2 for it, so it is exactly 2: the page would give it away (publish headline \"volunteers\" as approximately (its qualifier in tests/leak/hidden-per-year.json))",
        "error: tests/leak/hidden-per-year-by-year.csv, line 4, column C (people): 2020's people figure is hidden as below 5, but result \"people\" (781) minus the other years (780) leaves 1 for it, so it is exactly 1: the page would give it away (publish result \"people\" as approximately (its qualifier in tests/leak/hidden-per-year.json))",
    ]),
    ("zero", &["error: tests/leak/zero-by-country.csv, line 3, column B (children): HTI's children figure is hidden as below 5, but part \"children\" of result \"people\" (100) minus the other countries (100) leaves 0 for it, so it is exactly 0: the page would give it away (publish part \"children\" of result \"people\" as approximately (its qualifier in tests/leak/zero.json))"]),
    ("cross-table", &["error: tests/leak/cross-table-by-country.csv, line 3, column B (volunteers): HTI's volunteers figure is hidden as below 5, but the per-year volunteers figures (which add up to 24) minus the other countries (21) leaves 3 for it, so it is between 0 and 3: the page would give it away (leave a volunteers figure of the per-year table unpublished (an empty cell))"]),
];

/// Cases that are safe to publish.
const PUBLISHED: &[&str] = &["largest-below-threshold", "one-hidden-resolved"];

fn case(name: &str) -> impact_atlas::model::Parsed {
    parse_path(&Path::new("tests/leak").join(format!("{name}.json")))
}

#[test]
fn every_leaking_case_is_refused_with_the_cells_and_the_total_that_give_it_away() {
    for (name, want) in REFUSED {
        let parsed = case(name);
        let got: Vec<String> = parsed.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(got, *want, "{name}");
        assert!(parsed.dataset.is_none(), "{name} must not publish");
    }
}

#[test]
fn safe_cases_publish_protected_cells_as_fewer_than_only() {
    for name in PUBLISHED {
        let parsed = case(name);
        assert!(parsed.problems.is_empty(), "{name}: {:#?}", parsed.problems);
        let d = parsed.dataset.expect("publishes");
        let json = public_json(&d);
        for c in &d.by_country {
            for m in Metric::ALL {
                assert!(!matches!(c.get(m), Shown::Value(v) if v < 5), "{name} {} {}", c.iso3, m.key());
            }
        }
        for y in &d.by_year {
            for m in [Metric::Volunteers, Metric::People] {
                assert!(!matches!(y.get(m), Shown::Value(v) if v < 5), "{name} {} {}", y.year, m.key());
            }
        }
        assert!(json.contains(r#"{"fewer_than":5}"#), "{name}: {json}");
    }
}

#[test]
fn the_largest_count_below_the_threshold_leaves_no_count_in_the_public_file() {
    let d = case("largest-below-threshold").dataset.expect("publishes");
    let json = public_json(&d);
    let tables = &json[json.find("\"by_country\"").expect("tables")..];
    // Every per-country and per-year cell is "fewer than 5" or left out: no digit
    // in the tables but the threshold and the years.
    let stripped = tables.replace(r#"{"fewer_than":5}"#, "").replace("\"small_number_threshold\":5", "");
    let stripped = ["2018", "2019", "2020", "iso3"].iter().fold(stripped, |s, y| s.replace(y, ""));
    assert!(!stripped.bytes().any(|b| b.is_ascii_digit()), "{stripped}");
    // TUN's women figure is empty in the source: not published, never "fewer than".
    assert_eq!(d.shown("TUN", Metric::Women), Shown::NotPublished);
    assert_eq!(d.shown("PER", Metric::Children), Shown::FewerThan(5), "zero is protected too");
}

#[test]
fn the_corpus_has_no_stray_files() {
    let mut names: Vec<String> = std::fs::read_dir("tests/leak")
        .expect("corpus")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut want: Vec<String> = REFUSED
        .iter()
        .map(|(n, _)| *n)
        .chain(PUBLISHED.iter().copied())
        .map(|n| format!("{n}.json"))
        .collect();
    want.sort();
    assert_eq!(names, want);
}
