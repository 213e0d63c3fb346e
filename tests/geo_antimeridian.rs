//! Rings crossing ±180° are cut, so no edge streaks across the map (Russia's
//! Chukotka, Fiji).

use impact_atlas::geo::antimeridian::cut_ring;
use impact_atlas::geo::planar::ring_area;
use impact_atlas::geo::projected::project_world;
use impact_atlas::geo::{decode_world, fit, Bounds, GeoBox, World};

fn world() -> World {
    decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes")
}

#[test]
fn a_ring_across_the_antimeridian_becomes_one_piece_each_side() {
    let ring = vec![(170.0, 0.0), (-170.0, 0.0), (-170.0, 10.0), (170.0, 10.0)];
    let pieces = cut_ring(&ring);
    assert_eq!(pieces.len(), 2, "{pieces:?}");
    let total: f64 = pieces.iter().map(|p| ring_area(p).abs()).sum();
    assert!((total - 200.0).abs() < 1e-9, "area kept: {total}");
    for p in &pieces {
        let east = p.iter().all(|&(lon, _)| lon >= 170.0 - 1e-9);
        let west = p.iter().all(|&(lon, _)| lon <= -170.0 + 1e-9);
        assert!(east || west, "a piece stays on one side: {p:?}");
    }
}

#[test]
fn a_ring_that_does_not_cross_is_left_alone() {
    let ring = vec![(-10.0, 0.0), (10.0, 0.0), (0.0, 10.0)];
    assert_eq!(cut_ring(&ring), vec![ring]);
}

#[test]
fn a_ring_round_a_pole_is_closed_along_the_pole() {
    // A band round the south pole at 70°S, 90° steps.
    let ring = vec![(-180.0, -70.0), (-90.0, -70.0), (0.0, -70.0), (90.0, -70.0)];
    let pieces = cut_ring(&ring);
    let total: f64 = pieces.iter().map(|p| ring_area(p).abs()).sum();
    assert!((total - 360.0 * 20.0).abs() < 1e-6, "fills the cap down to the pole: {total} {pieces:?}");
    assert!(pieces.iter().flatten().all(|&(lon, _)| (-180.0..=180.0).contains(&lon)));
}

#[test]
fn no_projected_edge_spans_half_the_map() {
    let w = world();
    for (width, height) in [(1280.0, 640.0), (3840.0, 1900.0)] {
        let f = fit(&GeoBox::GLOBE, width, height, 0.0);
        let frame = Bounds { x0: 0.0, y0: 0.0, x1: width, y1: height };
        let shapes = project_world(&w, &f, frame, 0.5);
        for s in &shapes.shapes {
            for ring in s.rings.iter().chain(&s.holes) {
                for (i, a) in ring.iter().enumerate() {
                    let b = ring[(i + 1) % ring.len()];
                    assert!((b.0 - a.0).abs() < width / 2.0, "{} edge {a:?}→{b:?}", s.iso3);
                }
            }
        }
    }
}

#[test]
fn russia_and_fiji_have_pieces_on_both_sides() {
    let w = world();
    for code in ["RUS", "FJI"] {
        let c = w.country(code).expect(code);
        let east = c.polygons.iter().any(|p| p.outer.iter().all(|&(lon, _)| lon > 90.0));
        let west = c.polygons.iter().any(|p| p.outer.iter().all(|&(lon, _)| lon < -90.0));
        assert!(east && west, "{code}");
        for p in &c.polygons {
            let n = p.outer.len();
            for i in 0..n {
                let (a, b) = (p.outer[i], p.outer[(i + 1) % n]);
                assert!((a.0 - b.0).abs() <= 180.0, "{code} {a:?}→{b:?}");
            }
        }
    }
}
