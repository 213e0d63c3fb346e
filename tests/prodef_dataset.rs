//! The PRODEF dataset says exactly what its published source says: every figure
//! with its qualifier, checked against the source text kept in data/sources/.

use impact_atlas::core::Lang;
use impact_atlas::i18n::format_figure;
use impact_atlas::model::{parse_dataset, Dataset, Qualifier};

fn prodef() -> Dataset {
    let text = include_str!("../data/datasets/prodef.json");
    let parsed = parse_dataset("prodef.json", text);
    assert!(parsed.problems.is_empty(), "{:#?}", parsed.problems);
    parsed.dataset.expect("dataset without errors")
}

/// The source with typographic variation removed (case, non-breaking spaces).
fn source() -> String {
    include_str!("../data/sources/prodef-look-back.txt").to_lowercase().replace('\u{a0}', " ")
}

#[test]
fn every_result_and_part_is_quoted_from_the_source_with_its_qualifier() {
    let d = prodef();
    let src = source();
    let mut checked = 0;
    for r in &d.results {
        let phrase = format_figure(r.figure, Lang::En).to_lowercase();
        assert!(src.contains(&phrase), "result {}: \"{phrase}\" is not in the source", r.id);
        checked += 1;
        for p in &r.parts {
            let phrase = format!("{} {}", format_figure(p.figure, Lang::En), p.label.en).to_lowercase();
            assert!(src.contains(&phrase), "part {}/{}: \"{phrase}\" is not in the source", r.id, p.id);
            checked += 1;
        }
    }
    assert_eq!(checked, 11, "six results and five published parts");
}

#[test]
fn headline_figures_match_the_source() {
    let d = prodef();
    let src = source();
    let get = |id: &str| d.headline.iter().find(|h| h.id == id).unwrap_or_else(|| panic!("headline {id}"));
    assert!(src.contains(&format!("{} volunteers", format_figure(get("volunteers").figure, Lang::En))));
    assert!(src.contains(&format!("in {} countries", get("countries").figure.value)));
    assert!(src.contains(&format!("{} development workers", get("development_workers").figure.value)));
    assert!(src.contains(&format!("a total of {} mandates", get("mandates").figure.value)));
}

#[test]
fn the_seed_figures_are_all_there_with_their_qualifiers() {
    // The published results, as listed in the issue that specifies this dataset.
    let d = prodef();
    let seen: Vec<(u64, Qualifier)> = d
        .results
        .iter()
        .flat_map(|r| std::iter::once(r.figure).chain(r.parts.iter().map(|p| p.figure)))
        .map(|f| (f.value, f.qualifier))
        .collect();
    use Qualifier::*;
    for want in [
        (24_906, Exact),
        (4_128, Exact),
        (17_221, Exact),
        (9_207, Exact),
        (5_194, Exact),
        (4_186, MoreThan),
        (2_126, Exact),
        (300, MoreThan),
        (31, MoreThan),
        (1_808, Approximately),
        (858, Exact),
    ] {
        assert!(seen.contains(&want), "missing {want:?}");
    }
}

#[test]
fn nine_countries_named_in_the_source_and_no_per_country_figures() {
    let d = prodef();
    let codes: Vec<&str> = d.countries.iter().map(|c| c.iso3.as_str()).collect();
    assert_eq!(codes, ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"]);
    let src = include_str!("../data/sources/prodef-look-back.txt").replace('’', "'");
    for c in &d.countries {
        assert!(src.contains(&c.name.en), "{} not named in the source", c.name.en);
    }
    assert_eq!((d.programme.start_year, d.programme.end_year), (2015, 2020));
    assert!(!d.synthetic);
}

#[test]
fn next_programme_is_as_announced() {
    let n = prodef().next_programme.expect("next programme");
    assert_eq!((n.years, n.partners, n.countries), (7, 33, 11));
}
