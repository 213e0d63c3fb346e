//! The datasets the page ships (data/index.json) read without a single problem, the
//! same way through the page's two-phase API and the command's disk reader; PRODEF
//! publishes no per-country or per-year figures; the demo says it is synthetic.

use impact_atlas::model::catalogue::parse_catalogue;
use impact_atlas::model::{
    parse_path, parse_source_with_tables, parse_with_tables, referenced_files, Dataset, Metric, Shown,
    SourceDataset,
};
use std::path::Path;

/// Reads a dataset the way the staff preview does: JSON text, then the tables it
/// names; published, as the page gets it.
fn as_the_page_reads(file: &str) -> Dataset {
    let (text, tables) = files(file);
    let parsed = parse_with_tables(&format!("datasets/{file}"), &text, &tables);
    assert!(parsed.problems.is_empty(), "{file}: {:#?}", parsed.problems);
    parsed.dataset.expect("no errors")
}

/// The staff's source, raw counts included (never what the page gets).
fn source(file: &str) -> SourceDataset {
    let (text, tables) = files(file);
    let parsed = parse_source_with_tables(&format!("datasets/{file}"), &text, &tables);
    assert!(parsed.problems.is_empty(), "{file}: {:#?}", parsed.problems);
    parsed.dataset.expect("no errors")
}

fn files(file: &str) -> (String, Vec<(String, String)>) {
    let dir = Path::new("data/datasets");
    let text = std::fs::read_to_string(dir.join(file)).expect("dataset file");
    let tables: Vec<(String, String)> = referenced_files(&text)
        .into_iter()
        .map(|name| {
            let t = std::fs::read_to_string(dir.join(&name)).expect("table beside the dataset");
            (name, t)
        })
        .collect();
    (text, tables)
}

#[test]
fn every_catalogued_dataset_reads_without_problems_both_ways() {
    let cat = parse_catalogue("index.json", include_str!("../data/index.json")).expect("catalogue");
    let ids: Vec<&str> = cat.datasets.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["prodef", "demo"]);
    for entry in &cat.datasets {
        let on_disk = parse_path(&Path::new("data").join(&entry.file));
        assert!(on_disk.problems.is_empty(), "{}: {:#?}", entry.file, on_disk.problems);
        let file = entry.file.strip_prefix("datasets/").expect("datasets/ folder");
        assert_eq!(on_disk.dataset, Some(as_the_page_reads(file)), "{}", entry.file);
    }
}

#[test]
fn prodef_publishes_no_per_country_or_per_year_figures() {
    let d = as_the_page_reads("prodef.json");
    assert!(d.by_country.is_empty());
    assert!(d.by_year.is_empty());
    // PRODEF sets no threshold, so the default protects anything it ever publishes.
    assert_eq!(d.small_number_threshold, Some(5));
    assert!(!d.synthetic);
    assert!(referenced_files(include_str!("../data/datasets/prodef.json")).is_empty());
}

#[test]
fn demo_says_plainly_that_it_is_synthetic() {
    let d = as_the_page_reads("demo.json");
    assert_eq!(d.id, "demo");
    assert!(d.synthetic);
    let name = d.programme.name.en.to_lowercase();
    let source = d.programme.source.title.en.to_lowercase();
    for words in ["synthetic", "not prodef"] {
        assert!(name.contains(words), "programme name lacks \"{words}\": {name}");
        assert!(source.contains(words), "source lacks \"{words}\": {source}");
    }
    assert!(source.contains("invented for testing"));
}

#[test]
fn demo_covers_prodefs_countries_every_metric_and_every_year() {
    let d = as_the_page_reads("demo.json");
    let prodef = as_the_page_reads("prodef.json");
    let codes = |d: &Dataset| d.countries.iter().map(|c| c.iso3.clone()).collect::<Vec<_>>();
    assert_eq!(codes(&d), codes(&prodef));
    let rows: Vec<&str> = d.by_country.iter().map(|c| c.iso3.as_str()).collect();
    assert_eq!(rows, codes(&d));
    for c in &d.by_country {
        for m in Metric::ALL {
            assert_ne!(c.get(m), Shown::NotPublished, "{} {}", c.iso3, m.key());
        }
    }
    let years: Vec<u32> = d.by_year.iter().map(|y| y.year).collect();
    assert_eq!(years, (2015..=2020).collect::<Vec<_>>());
    assert!(d.by_year.iter().all(|y| y.volunteers != Shown::NotPublished && y.people != Shown::NotPublished));
    assert_eq!(d.share_url.as_deref(), Some("https://example.org/impact-atlas/?data=demo"));
}

#[test]
fn demo_has_a_small_number_to_protect() {
    let d = as_the_page_reads("demo.json");
    assert_eq!(d.small_number_threshold, Some(5));
    let raw = source("demo.json");
    let cri = raw.by_country.iter().find(|c| c.iso3 == "CRI").expect("Costa Rica row");
    assert_eq!(cri.volunteers, Some(1));
    let cri = d.figures_for("CRI").expect("Costa Rica row");
    assert_eq!(cri.volunteers, Shown::FewerThan(5));
    assert_eq!(cri.people, Shown::Value(640));
}

#[test]
fn demo_story_carries_markup_as_text_for_the_page_to_escape() {
    let d = as_the_page_reads("demo.json");
    assert!(d.stories.iter().any(|s| s.text.en.contains("<img src=x onerror=alert(1)>")));
}

#[test]
fn demo_tables_add_up_to_its_totals() {
    let d = source("demo.json");
    let sum = |m: Metric| d.by_country.iter().filter_map(|c| c.get(m)).sum::<u64>();
    let people = d.results.iter().find(|r| r.id == "people").expect("result people");
    let part = |id: &str| people.parts.iter().find(|p| p.id == id).expect("part").figure.value;
    let volunteers = d.headline.iter().find(|h| h.id == "volunteers").expect("headline volunteers");
    assert_eq!(sum(Metric::Volunteers), volunteers.figure.value);
    assert_eq!(sum(Metric::People), people.figure.value);
    assert_eq!(sum(Metric::Women), part("women"));
    // The children total is published rounded ("approximately 8,450"): an exact
    // total minus the other countries would give away Tunisia's protected count.
    let children = people.parts.iter().find(|p| p.id == "children").expect("part").figure;
    assert_eq!(children.qualifier, impact_atlas::model::Qualifier::Approximately);
    assert_eq!((sum(Metric::Children) + 5) / 10 * 10, children.value);
    let per_year = |m: Metric| d.by_year.iter().filter_map(|y| y.get(m)).sum::<u64>();
    assert_eq!(per_year(Metric::Volunteers), volunteers.figure.value);
    assert_eq!(per_year(Metric::People), people.figure.value);
}
