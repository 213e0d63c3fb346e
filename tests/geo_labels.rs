//! The label points stored in the shipped world file are the ones the pole of
//! inaccessibility search finds (to the file's 0.01° unit), and each lies inside
//! its country: the page reads them instead of searching at start-up.

use impact_atlas::geo::decode::decode_shapes;
use impact_atlas::geo::label::LABEL_UNIT;
use impact_atlas::geo::planar::inside_even_odd;
use impact_atlas::geo::{decode_world, find_label_point, with_label_points};

const WORLD: &[u8] = include_bytes!("../data/geo/world.bin");

#[test]
fn the_shipped_file_holds_the_label_points_the_search_finds() {
    // Labelling the shipped file again changes nothing: its label points are
    // exactly what `impact-atlas label-world` writes for its shapes today.
    let again = with_label_points("world.bin", WORLD).expect("labels");
    assert!(again == WORLD, "data/geo/world.bin is stale: run node scripts/make-geometry.mjs");
    let world = decode_world("world.bin", WORLD).expect("decodes");
    assert!(world.countries.len() > 230);
    for c in &world.countries {
        let stored = c.label_point().unwrap_or_else(|| panic!("{} has no label point", c.iso3));
        let searched = find_label_point(c).expect("a piece with area");
        let off = (stored.0 - searched.0).abs().max((stored.1 - searched.1).abs());
        assert!(off <= LABEL_UNIT / 2.0 + 1e-9, "{}: stored {stored:?}, searched {searched:?}", c.iso3);
    }
}

#[test]
fn every_label_point_lies_inside_its_countrys_largest_piece() {
    let world = decode_world("world.bin", WORLD).expect("decodes");
    for c in &world.countries {
        let p = c.label_point().unwrap_or_else(|| panic!("{} has no label point", c.iso3));
        let piece = c.largest_polygon().expect("a piece");
        let rings = std::iter::once(&piece.outer).chain(&piece.holes).map(Vec::as_slice);
        assert!(inside_even_odd(rings, p), "{}'s label point {p:?} is outside its largest piece", c.iso3);
    }
    // Enclaves: South Africa's point is not in Lesotho, Italy's not in San Marino.
    let zaf = world.country("ZAF").and_then(|c| c.label_point()).expect("ZAF");
    let lso = world.country("LSO").expect("LSO");
    assert!(!lso.polygons.iter().any(|p| inside_even_odd([p.outer.as_slice()], zaf)), "{zaf:?}");
}

#[test]
fn label_world_writes_the_label_points_into_a_file_of_shapes() {
    // What scripts/make-geometry.mjs does: write the shapes, then run the command.
    let end = decode_shapes("world.bin", WORLD).expect("shapes").end;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("label-world");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("world.bin");
    std::fs::write(&file, &WORLD[..end]).expect("shapes written");
    let label_world = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
            .env("LC_ALL", "C")
            .arg("label-world")
            .arg(&file)
            .output()
            .expect("command runs")
    };
    let out = label_world();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(&file).expect("read back") == WORLD, "the command wrote another file");
    // A file that is not a world file is refused and left as it was.
    std::fs::write(&file, b"not a world file").expect("written");
    let out = label_world();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("impact-atlas-geo/5"));
    assert_eq!(std::fs::read(&file).expect("read back"), b"not a world file");
}
