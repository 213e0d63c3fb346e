//! The shipped world file decodes, holds every PRODEF country under its ISO code,
//! and a broken file is one clear problem instead of a panic.

use impact_atlas::geo::{decode_world, find_label_point, with_label_points};

const WORLD: &[u8] = include_bytes!("../data/geo/world.bin");
const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

#[test]
fn shipped_file_has_every_prodef_country() {
    let world = decode_world("world.bin", WORLD).expect("world.bin decodes");
    assert!(world.countries.len() > 230, "{} countries", world.countries.len());
    for code in PRODEF {
        let c = world.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(!c.polygons.is_empty(), "{code} has no shape");
        assert!(c.polygons.iter().all(|p| p.outer.len() >= 3), "{code} has a degenerate ring");
    }
}

#[test]
fn places_without_iso_codes_get_user_assigned_ones_and_antarctica_is_left_out() {
    let world = decode_world("world.bin", WORLD).expect("decodes");
    for code in ["XKX", "XNC", "XSL", "XIO", "XSG"] {
        let c = world.country(code).unwrap_or_else(|| panic!("{code} missing"));
        assert!(!c.polygons.is_empty(), "{code} has no shape");
    }
    assert!(world.country("ATA").is_none());
    let mut codes: Vec<&str> = world.countries.iter().map(|c| c.iso3.as_str()).collect();
    let n = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), n, "codes are unique and sorted");
}

#[test]
fn every_coordinate_is_on_the_globe() {
    let world = decode_world("world.bin", WORLD).expect("decodes");
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

/// A tiny world file, written the way scripts/make-geometry.mjs writes one.
struct Tiny {
    format: &'static str,
    id: &'static str,
    /// The ring's references as written: 0 the next arc not referenced yet,
    /// forwards, 1 backwards, else 2 + the zigzag of the reference.
    refs: Vec<u64>,
    arc0: Vec<i64>,
    arc1: Vec<i64>,
    /// The label section: unit (millionths of a degree), count, then `dx + 1`
    /// (0: none) and `dy` per country.
    labels: Vec<u64>,
}

impl Default for Tiny {
    fn default() -> Self {
        // A square of 10° cells (quantum 10°) at grid (17, 8): arc 0 goes east then
        // north, arc 1 goes north then east; the ring is arc 0 then arc 1 backwards,
        // each the next arc not referenced yet. Each arc's first point is a step
        // from the previous arc's last point: arc 1 starts one cell west and one
        // south of where arc 0 ends, where arc 0 starts.
        Tiny {
            format: "impact-atlas-geo/5",
            id: "AAA",
            refs: vec![0, 1],
            arc0: vec![3, 1, 17, 8, 1, 0, 0, 1],
            arc1: vec![3, 1, -1, -1, 0, 1, 1, 0],
            // 0.01° units: the label 5° east and 5° north of the box's corner.
            labels: vec![10_000, 1, 501, 500],
        }
    }
}

fn uv(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn zz(out: &mut Vec<u8>, n: i64) {
    uv(out, ((n << 1) ^ (n >> 63)) as u64);
}

fn text(out: &mut Vec<u8>, s: &str) {
    uv(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

impl Tiny {
    fn bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        text(&mut b, self.format);
        text(&mut b, "test");
        uv(&mut b, 10_000_000); // 10° in millionths
        zz(&mut b, -18);
        zz(&mut b, -9);
        uv(&mut b, 2);
        for arc in [&self.arc0, &self.arc1] {
            // count, step (unsigned), then signed steps: the first point's from the
            // previous arc's last point, then the others'
            uv(&mut b, arc[0] as u64);
            uv(&mut b, arc[1] as u64);
            for &d in &arc[2..] {
                zz(&mut b, d);
            }
        }
        uv(&mut b, 1);
        b.extend_from_slice(self.id.as_bytes());
        uv(&mut b, 1); // one polygon
        uv(&mut b, 1); // one ring
        uv(&mut b, self.refs.len() as u64);
        for &r in &self.refs {
            uv(&mut b, r);
        }
        uv(&mut b, 0); // no dashed lines
        for &n in &self.labels {
            uv(&mut b, n);
        }
        b
    }
}

#[test]
fn arcs_join_end_to_end_and_reversed_references_walk_backwards() {
    let world = decode_world("tiny.bin", &Tiny::default().bytes()).expect("decodes");
    let c = world.country("AAA").expect("AAA");
    // Arc 0 forwards, then arc 1 backwards, closing point dropped.
    assert_eq!(c.polygons[0].outer, vec![(-10.0, -10.0), (0.0, -10.0), (0.0, 0.0), (-10.0, 0.0)]);
    // The same ring with both references by number: arc 0 (zigzag 0, written 2),
    // then arc 1 backwards (~1 = -2, zigzag 3, written 5).
    let numbered =
        decode_world("tiny.bin", &Tiny { refs: vec![2, 5], ..Tiny::default() }.bytes()).expect("decodes");
    assert_eq!(numbered.countries[0].polygons, c.polygons);
}

#[test]
fn coarse_arcs_step_in_units_of_their_grid_and_end_on_the_fine_one() {
    // Arc 0 has step 2: its inner point is 1 × 2 cells east of the start, its last
    // point 1 single cell north of that. Arc 1 (step 1) meets it there.
    let tiny =
        Tiny { arc0: vec![3, 2, 17, 8, 1, 0, 0, 1], arc1: vec![3, 1, -2, -1, 0, 1, 2, 0], ..Tiny::default() };
    let world = decode_world("tiny.bin", &tiny.bytes()).expect("decodes");
    let c = world.country("AAA").expect("AAA");
    assert_eq!(c.polygons[0].outer, vec![(-10.0, -10.0), (10.0, -10.0), (10.0, 0.0), (-10.0, 0.0)]);
}

#[test]
fn broken_files_are_a_problem_naming_the_place() {
    let good = Tiny::default().bytes();
    let cut = decode_world("w.bin", &good[..good.len() - 4]).expect_err("cut short");
    assert!(cut.what.contains("ends too early"), "{cut}");
    let not_geo = decode_world("w.bin", b"{\"format\":\"impact-atlas-geo/1\"}").expect_err("JSON");
    assert_eq!(not_geo.place, "format");
    let wrong =
        decode_world("w.bin", &Tiny { format: "topojson", ..Tiny::default() }.bytes()).expect_err("format");
    assert_eq!(wrong.place, "format");
    assert!(wrong.what.contains("topojson"), "{wrong}");
    let bad_ref =
        decode_world("w.bin", &Tiny { refs: vec![16], ..Tiny::default() }.bytes()).expect_err("arc 7");
    assert_eq!(bad_ref.place, "countries[0].polygons[0][0]");
    assert!(bad_ref.what.contains("arc 7"), "{bad_ref}");
    assert!(bad_ref.hint.contains("make-geometry"), "{bad_ref}");
    // A third "next arc" in a file of two.
    let no_next = Tiny { refs: vec![0, 1, 0], ..Tiny::default() };
    let no_next = decode_world("w.bin", &no_next.bytes()).expect_err("a third next arc");
    assert_eq!(no_next.place, "countries[0].polygons[0][0]");
    assert!(no_next.what.contains("all 2 are used"), "{no_next}");
    let short = Tiny { arc0: vec![1, 1, 17, 8], ..Tiny::default() };
    let short = decode_world("w.bin", &short.bytes()).expect_err("one-point arc");
    assert_eq!(short.place, "arcs[0]");
    let gap = Tiny { arc1: vec![3, 1, 0, 0, 0, 1, 9, 0], ..Tiny::default() };
    let gap = decode_world("w.bin", &gap.bytes()).expect_err("gap");
    assert!(gap.what.contains("do not join"), "{gap}");
    let id = decode_world("w.bin", &Tiny { id: "aaa", ..Tiny::default() }.bytes()).expect_err("bad id");
    assert_eq!(id.place, "countries[0].id");
    let mut extra = good.clone();
    extra.push(0);
    assert_eq!(decode_world("w.bin", &extra).expect_err("trailing").place, "end");
    // A corrupted count asks for more items than the file holds: a message, not an
    // allocation of that size.
    let mut huge = good[..good.len() - 1].to_vec();
    huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert!(decode_world("w.bin", &huge).is_err());
}

#[test]
fn label_points_are_read_from_the_file_in_their_unit_from_the_box_corner() {
    let world = decode_world("tiny.bin", &Tiny::default().bytes()).expect("decodes");
    let (lon, lat) = world.country("AAA").and_then(|c| c.label_point()).expect("a label point");
    assert!((lon + 5.0).abs() < 1e-9 && (lat + 5.0).abs() < 1e-9, "({lon}, {lat})");
    let none = Tiny { labels: vec![10_000, 1, 0], ..Tiny::default() };
    let world = decode_world("tiny.bin", &none.bytes()).expect("decodes");
    assert_eq!(world.country("AAA").expect("AAA").label_point(), None);
}

#[test]
fn the_labeller_writes_the_pole_it_finds_and_rewrites_its_own_output_unchanged() {
    let shapes_only = Tiny { labels: vec![], ..Tiny::default() }.bytes();
    assert_eq!(decode_world("tiny.bin", &shapes_only).expect_err("no label points").place, "labels");
    let labelled = with_label_points("tiny.bin", &shapes_only).expect("labels");
    assert_eq!(with_label_points("tiny.bin", &labelled).expect("again"), labelled);
    let world = decode_world("tiny.bin", &labelled).expect("decodes");
    let c = world.country("AAA").expect("AAA");
    let (lon, lat) = c.label_point().expect("a label point");
    let (x, y) = find_label_point(c).expect("searched");
    // Stored to 0.01°; the search stops within a five-hundredth of the square's
    // 10° side of its centre (-5, -5).
    assert!(
        (lon - x).abs() <= 0.005 + 1e-9 && (lat - y).abs() <= 0.005 + 1e-9,
        "({lon}, {lat}) vs ({x}, {y})"
    );
    assert!((lon + 5.0).abs() <= 0.03 && (lat + 5.0).abs() <= 0.03, "({lon}, {lat})");
}

#[test]
fn broken_label_points_are_a_problem_naming_them() {
    let labels = |labels: Vec<u64>| decode_world("w.bin", &Tiny { labels, ..Tiny::default() }.bytes());
    let count = labels(vec![10_000, 2, 501, 500]).expect_err("two labels for one country");
    assert_eq!(count.place, "labels");
    assert!(count.what.contains("one label point per country"), "{count}");
    let outside = labels(vec![10_000, 1, 501, 2_000]).expect_err("20° north of a 10° box");
    assert!(outside.what.contains("outside"), "{outside}");
    let zero = labels(vec![0, 1, 501, 500]).expect_err("zero unit");
    assert_eq!(zero.place, "labels");
    let cut = labels(vec![10_000, 1, 501]).expect_err("cut short");
    assert!(cut.what.contains("ends too early"), "{cut}");
    let huge = labels(vec![10_000, u64::MAX >> 2, 501, 500]).expect_err("huge count");
    assert!(huge.what.contains("ends too early"), "{huge}");
}
