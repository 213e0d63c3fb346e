//! Shared by the host benchmarks: the shipped datasets, the world geometry, a
//! synthetic dataset of any size (like bench/gen-datasets.mjs: invented figures,
//! marked synthetic, real ISO codes from the geometry), and criterion settings that
//! keep `cargo bench` short on a 2-core machine.
#![allow(dead_code)]

use criterion::Criterion;
use impact_atlas::geo::{decode_world, World};
use impact_atlas::model::iso3166::is_assigned;
use impact_atlas::model::{parse_with_tables, Dataset, Lang};
use serde_json::json;
use std::time::Duration;

pub const WORLD_JSON: &str = include_str!("../../data/geo/world.json");
pub const PRODEF_JSON: &str = include_str!("../../data/datasets/prodef.json");
pub const DEMO_JSON: &str = include_str!("../../data/datasets/demo.json");
pub const DEMO_BY_COUNTRY: &str = include_str!("../../data/datasets/demo-by-country.csv");
pub const DEMO_BY_YEAR: &str = include_str!("../../data/datasets/demo-by-year.csv");

/// Short runs: a second of measurement per benchmark after a short warm-up.
pub fn quick() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20)
}

pub fn world() -> World {
    decode_world("world.json", WORLD_JSON).expect("data/geo/world.json decodes")
}

pub fn demo_tables() -> Vec<(String, String)> {
    vec![
        ("demo-by-country.csv".to_owned(), DEMO_BY_COUNTRY.to_owned()),
        ("demo-by-year.csv".to_owned(), DEMO_BY_YEAR.to_owned()),
    ]
}

/// A dataset file and its tables, as the page would fetch them.
pub struct Files {
    pub id: String,
    pub json: String,
    pub tables: Vec<(String, String)>,
}

impl Files {
    /// Parses and validates; panics on an error, so a benchmark never measures a
    /// dataset the page would refuse.
    pub fn dataset(&self) -> Dataset {
        let parsed = parse_with_tables(&format!("{}.json", self.id), &self.json, &self.tables);
        assert_eq!(parsed.errors(), 0, "{}: {:?}", self.id, parsed.problems);
        parsed.dataset.expect("a dataset without errors")
    }
}

pub fn prodef() -> Files {
    Files { id: "prodef".into(), json: PRODEF_JSON.into(), tables: vec![] }
}

pub fn demo() -> Files {
    Files { id: "demo".into(), json: DEMO_JSON.into(), tables: demo_tables() }
}

/// Deterministic pseudo-random numbers (xorshift), so runs compare.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// A synthetic dataset of up to `countries` countries (the geometry has 234 with
/// ISO-assigned codes, so asking for 250 gives 234) over `years` years, with
/// per-country and per-year tables.
pub fn synthetic(world: &World, countries: usize, years: u32) -> Files {
    let id = format!("synthetic-{countries}x{years}");
    let picked: Vec<_> = world.countries.iter().filter(|c| is_assigned(&c.iso3)).take(countries).collect();
    let n = picked.len();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (countries as u64 * 1000 + u64::from(years)));
    let mut by_country = String::from("iso3,volunteers,people,women,children\n");
    let (mut vol, mut ppl, mut wom, mut chi) = (0, 0, 0, 0);
    for (i, c) in picked.iter().enumerate() {
        let scale = if i % 7 == 0 {
            40
        } else if i % 3 == 0 {
            8
        } else {
            2
        };
        let v = rng.below(scale * 3) + 1;
        let p = rng.below(scale * 900) + 3;
        let w = p * (35 + rng.below(20)) / 100;
        let k = p * (20 + rng.below(40)) / 100;
        (vol, ppl, wom, chi) = (vol + v, ppl + p, wom + w, chi + k);
        by_country.push_str(&format!("{},{v},{p},{w},{k}\n", c.iso3));
    }
    let end = 2024;
    let start = end + 1 - years;
    let mut by_year = String::from("year,volunteers,people\n");
    for y in start..=end {
        by_year.push_str(&format!("{y},{},{}\n", rng.below(40) + 1, rng.below(9000) + 2));
    }
    let label = |en: &str| json!({ "en": format!("{en} (synthetic)") });
    let codes: Vec<_> =
        picked.iter().map(|c| json!({ "iso3": c.iso3, "name": { "en": c.name.get(Lang::En) } })).collect();
    let doc = json!({
        "format": "impact-atlas/1",
        "id": id,
        "synthetic": true,
        "programme": {
            "acronym": format!("SYN{countries}"),
            "name": { "en": format!("Synthetic benchmark programme: {n} countries, {years} years (invented data)") },
            "start_year": start,
            "end_year": end,
            "source": {
                "title": { "en": "Synthetic data generated for benchmarks. Describes no real programme." },
                "publisher": "impact-atlas project (synthetic benchmark data)",
                "year": 2026
            }
        },
        "countries": codes,
        "by_country": format!("{id}-by-country.csv"),
        "by_year": format!("{id}-by-year.csv"),
        "small_number_threshold": 5,
        "headline": [
            { "id": "volunteers", "label": label("volunteers deployed"), "value": vol },
            { "id": "countries", "label": "countries", "value": n }
        ],
        "results": [
            { "id": "people", "unit": "people", "label": label("people reached"), "value": ppl,
              "parts": [
                { "id": "women", "label": "women and girls", "value": wom },
                { "id": "children", "label": "children", "value": chi }
              ] },
            { "id": "cases", "unit": "cases", "label": label("cases followed"), "value": n * 12, "qualifier": "more_than" }
        ],
        "partners": picked.iter().step_by(5).enumerate()
            .map(|(i, c)| json!({ "name": format!("Synthetic Partner {} (invented)", i + 1), "country": c.iso3 }))
            .collect::<Vec<_>>()
    });
    let json = serde_json::to_string_pretty(&doc).expect("serialises");
    let tables = vec![(format!("{id}-by-country.csv"), by_country), (format!("{id}-by-year.csv"), by_year)];
    Files { id, json, tables }
}
