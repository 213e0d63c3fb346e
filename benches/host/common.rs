//! Shared by the host benchmarks: the shipped datasets, the world geometry, the
//! synthetic datasets the browser benchmark loads too (written by
//! benches/gen-datasets.mjs: invented figures, marked synthetic, real ISO codes
//! from the geometry), and criterion settings that keep `cargo bench` short on a
//! 2-core machine.
#![allow(dead_code)]

use criterion::Criterion;
use impact_atlas::geo::{decode_world, World};
use impact_atlas::model::{parse_with_tables, Dataset};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

pub const WORLD_BIN: &[u8] = include_bytes!("../../data/geo/world.bin");
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
    decode_world("world.bin", WORLD_BIN).expect("data/geo/world.bin decodes")
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

/// The synthetic dataset of `countries` countries (the geometry has 234 with
/// ISO-assigned codes, so asking for 250 gives 234) over `years` years, with its
/// per-country and per-year tables: the very files the browser benchmark loads,
/// written by the one generator, benches/gen-datasets.mjs (needs `node`).
pub fn synthetic(countries: usize, years: u32) -> Files {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("target/bench/synthetic");
    let id = format!("synthetic-{countries}x{years}");
    let status = Command::new("node")
        .arg(root.join("benches/gen-datasets.mjs"))
        .arg(&out)
        .arg(format!("{countries}x{years}"))
        .stderr(Stdio::null())
        .status()
        .expect("node runs benches/gen-datasets.mjs (install Node.js: scripts/setup.sh)");
    assert!(status.success(), "benches/gen-datasets.mjs failed for {id}");
    let read = |name: &str| {
        let path = out.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let tables = [format!("{id}-by-country.csv"), format!("{id}-by-year.csv")]
        .into_iter()
        .map(|name| {
            let text = read(&name);
            (name, text)
        })
        .collect();
    Files { json: read(&format!("{id}.json")), id, tables }
}
