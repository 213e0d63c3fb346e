//! The shipped world file decodes, holds every PRODEF country under its ISO code,
//! and a broken file is one clear problem instead of a panic.

use impact_atlas::geo::decode_world;
use impact_atlas::model::Lang;

const WORLD: &str = include_str!("../data/geo/world.json");
const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

#[test]
fn shipped_file_has_every_prodef_country() {
    let world = decode_world("world.json", WORLD).expect("world.json decodes");
    assert!(world.countries.len() > 230, "{} countries", world.countries.len());
    for code in PRODEF {
        let c = world.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(!c.polygons.is_empty(), "{code} has no shape");
        assert!(c.polygons.iter().all(|p| p.outer.len() >= 3), "{code} has a degenerate ring");
    }
    let civ = world.country("CIV").expect("CIV");
    assert_eq!(civ.numeric, Some(384));
    assert_eq!(civ.name.get(Lang::Fr), "Côte d'Ivoire");
    assert_eq!(civ.name.get(Lang::Es), "Costa de Marfil");
    assert_eq!(world.country("HTI").expect("HTI").name.get(Lang::Fr), "Haïti");
}

#[test]
fn places_without_iso_codes_get_user_assigned_ones_and_antarctica_is_left_out() {
    let world = decode_world("world.json", WORLD).expect("decodes");
    for code in ["XKX", "XNC", "XSL"] {
        let c = world.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(c.numeric, None);
    }
    assert!(world.country("ATA").is_none());
    let mut codes: Vec<&str> = world.countries.iter().map(|c| c.iso3.as_str()).collect();
    let n = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), n, "codes are unique and sorted");
}

#[test]
fn every_coordinate_is_on_the_globe() {
    let world = decode_world("world.json", WORLD).expect("decodes");
    for c in &world.countries {
        for p in &c.polygons {
            for &(lon, lat) in p.outer.iter().chain(p.holes.iter().flatten()) {
                assert!(
                    (-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat),
                    "{} {lon},{lat}",
                    c.iso3
                );
            }
        }
    }
}

const TINY: &str = r#"{"format":"impact-atlas-geo/1","transform":{"scale":[1,1],"translate":[-180,-90]},
"countries":[{"id":"AAA","num":null,"name":{"en":"Square"},"polygons":[[[0,-2]]]}],
"arcs":[[170,80,10,0,0,10],[170,80,0,10,10,0]]}"#;

#[test]
fn arcs_join_end_to_end_and_reversed_references_walk_backwards() {
    let world = decode_world("tiny.json", TINY).expect("decodes");
    let c = world.country("AAA").expect("AAA");
    assert_eq!(c.name.get(Lang::Fr), "Square", "French falls back to English");
    // Arc 0 forwards, then arc 1 backwards (~1 = -2), closing point dropped.
    assert_eq!(c.polygons[0].outer, vec![(-10.0, -10.0), (0.0, -10.0), (0.0, 0.0), (-10.0, 0.0)]);
}

#[test]
fn broken_files_are_a_problem_naming_the_place() {
    let not_json = decode_world("w.json", "{").expect_err("not JSON");
    assert!(not_json.what.contains("not valid JSON"), "{not_json}");
    let wrong = decode_world("w.json", &TINY.replace("impact-atlas-geo/1", "topojson")).expect_err("format");
    assert_eq!(wrong.place, "format");
    let bad_ref = decode_world("w.json", &TINY.replace("[[[0,-2]]]", "[[[0,7]]]")).expect_err("arc 7");
    assert_eq!(bad_ref.place, "countries[0].polygons[0][0]");
    assert!(bad_ref.what.contains("arc 7"), "{bad_ref}");
    assert!(bad_ref.hint.contains("make-geometry"), "{bad_ref}");
    let odd =
        decode_world("w.json", &TINY.replace("[170,80,10,0,0,10]", "[170,80,10]")).expect_err("odd arc");
    assert_eq!(odd.place, "arcs[0]");
    let gap =
        decode_world("w.json", &TINY.replace("[170,80,0,10,10,0]", "[170,80,0,10,9,0]")).expect_err("gap");
    assert!(gap.what.contains("do not join"), "{gap}");
    let id = decode_world("w.json", &TINY.replace("\"AAA\"", "\"aa\"")).expect_err("bad id");
    assert_eq!(id.place, "countries[0].id");
}
