//! No country of the map overlaps another: a highlight of one programme country
//! never spills over a territory the dataset does not name (Morocco was drawn with
//! Western Sahara inside it). Western Sahara is drawn apart, with a dashed boundary.

use impact_atlas::geo::planar::{inside_ring, signed_distance, Bounds, Pt};
use impact_atlas::geo::polylabel::pole_of_inaccessibility;
use impact_atlas::geo::{decode_world, Polygon, World};

fn world() -> World {
    decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes")
}

/// Points of a polygon: every vertex and every edge's midpoint (a straight border
/// drawn through another country has no vertex inside it, but its midpoint is), and
/// the point deepest inside it (a piece that is a copy of another country's shape
/// has every edge on that country's edges, but its inside is inside it).
fn probe_points(p: &Polygon) -> Vec<Pt> {
    let rings: Vec<&[Pt]> = std::iter::once(&p.outer).chain(&p.holes).map(Vec::as_slice).collect();
    let mut out: Vec<Pt> = pole_of_inaccessibility(&rings, 0.01).into_iter().collect();
    for ring in std::iter::once(&p.outer).chain(&p.holes) {
        for (i, &a) in ring.iter().enumerate() {
            let b = ring[(i + 1) % ring.len()];
            out.push(a);
            out.push(((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0));
        }
    }
    out
}

/// Points of `a` lying inside `b` farther than `margin` degrees from `b`'s edges.
fn overlap(a: &[Polygon], b: &[Polygon], margin: f64) -> Option<Pt> {
    for pb in b {
        let bb = Bounds::of(pb.outer.iter());
        let rings: Vec<&[Pt]> = std::iter::once(&pb.outer).chain(&pb.holes).map(Vec::as_slice).collect();
        for pa in a {
            if !Bounds::of(pa.outer.iter()).intersects(&bb) {
                continue;
            }
            for p in probe_points(pa) {
                if bb.contains(p) && inside_ring(&pb.outer, p) && signed_distance(&rings, p) > margin {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// Countries programmes name: the shipped datasets' and the next programme's eleven.
/// (The geometry build checks every pair; this checks the committed file.)
fn programme_relevant() -> Vec<String> {
    let mut codes: Vec<String> =
        ["SEN", "BFA", "BOL", "JOR", "LBN", "FJI", "MDV", "CPV", "MUS", "SYC", "KIR", "ESH"]
            .map(str::to_owned)
            .to_vec();
    for text in [include_str!("../data/datasets/prodef.json"), include_str!("../data/datasets/demo.json")] {
        let d: serde_json::Value = serde_json::from_str(text).expect("JSON");
        let countries = d["countries"].as_array().expect("countries");
        codes.extend(countries.iter().filter_map(|c| c["iso3"].as_str()).map(str::to_owned));
    }
    codes
}

#[test]
fn no_programme_country_overlaps_another_and_none_overlaps_it() {
    let w = world();
    let relevant = programme_relevant();
    assert!(relevant.len() >= 20 && relevant.iter().any(|c| c == "MAR"), "{relevant:?}");
    // The check finds a shape hidden inside another, even one whose edges all lie on
    // the other's edges (Natural Earth's Morocco carried a piece of Western Sahara).
    let (mar, esh) = (w.country("MAR").expect("MAR"), w.country("ESH").expect("ESH"));
    let with_sahara: Vec<Polygon> = mar.polygons.iter().chain(&esh.polygons).cloned().collect();
    assert!(overlap(&esh.polygons, &with_sahara, 0.05).is_some(), "the check would miss a copy");
    let mut found = Vec::new();
    for a in &w.countries {
        for b in &w.countries {
            if a.iso3 == b.iso3 || !(relevant.contains(&a.iso3) || relevant.contains(&b.iso3)) {
                continue;
            }
            // 0.05° is about 5 km, below a pixel at any view the page offers, and
            // well above the file's 0.01° grid.
            if let Some(p) = overlap(&a.polygons, &b.polygons, 0.05) {
                found.push(format!("{} reaches into {} at {p:?}", a.iso3, b.iso3));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn morocco_stops_at_western_sahara_which_is_drawn_apart_with_a_dashed_boundary() {
    let w = world();
    let mar = w.country("MAR").expect("Morocco");
    let esh = w.country("ESH").expect("Western Sahara is its own shape");
    // Natural Earth's Morocco reached 21.4° N, the whole of Western Sahara.
    let south = mar.polygons.iter().flat_map(|p| &p.outer).map(|p| p.1).fold(90.0, f64::min);
    assert!(south > 27.5, "Morocco reaches {south}° N");
    let esh_north = esh.polygons.iter().flat_map(|p| &p.outer).map(|p| p.1).fold(-90.0, f64::max);
    assert!(esh_north > 27.5, "Western Sahara reaches its northern boundary ({esh_north})");
    // Areas as published (Morocco without Western Sahara 446,550 km², Western Sahara
    // 266,000 km²) within 12 %: the 1:50m outline, simplified, comes out a few per cent
    // small (Morocco 9 %, Tunisia 4 %), while Morocco with Western Sahara is 50 % more.
    let km2 = |c: &impact_atlas::geo::Country| {
        c.polygons.iter().map(Polygon::rough_area).sum::<f64>() * 111.32 * 111.32
    };
    for (c, want) in [(mar, 446_550.0), (esh, 266_000.0)] {
        let got = km2(c);
        assert!((got / want - 1.0).abs() < 0.12, "{}: {got:.0} km², expected about {want}", c.iso3);
    }
    let line = w
        .dashed
        .iter()
        .find(|l| l.between.iter().any(|c| c == "MAR") && l.between.iter().any(|c| c == "ESH"))
        .expect("a dashed boundary between Morocco and Western Sahara");
    // The dashed line runs along both shapes' edges.
    for &p in &line.points {
        for c in [mar, esh] {
            let near =
                c.polygons.iter().any(|poly| signed_distance(&[poly.outer.as_slice()], p).abs() < 0.02);
            assert!(near, "{p:?} is not on {}'s edge", c.iso3);
        }
    }
}
