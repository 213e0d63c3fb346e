//! Pixel → country: every programme country's label point hits it, small countries'
//! targets hit them, the ocean hits nothing, at phone, desktop and kiosk sizes.

use impact_atlas::geo::{decode_world, Projection, World};
use impact_atlas::render::map::{layout_map, map_height, Extent, MapInput, MapView, TARGET_CSS_PX};

const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

fn world() -> World {
    decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes")
}

fn programme() -> Vec<String> {
    PRODEF.iter().map(|s| s.to_string()).collect()
}

/// (CSS width, dpr): phone, desktop, kiosk.
const SIZES: [(f64, f64); 4] = [(390.0, 3.0), (1280.0, 1.0), (1920.0, 1.0), (768.0, 2.0)];

fn view(world: &World, prog: &[String], extent: Extent, css: f64, dpr: f64) -> MapView {
    let width = css * dpr;
    let height = map_height(world, prog, extent, width, dpr);
    layout_map(world, &MapInput { programme: prog, values: None, selected: None, extent, width, height, dpr })
}

#[test]
fn every_programme_label_point_hits_its_country() {
    let (w, prog) = (world(), programme());
    for extent in [Extent::Programme, Extent::World] {
        for (css, dpr) in SIZES {
            let v = view(&w, &prog, extent, css, dpr);
            for code in PRODEF {
                let (lon, lat) = w.country(code).and_then(|c| c.label_point()).expect(code);
                let (x, y) = v.projection.project(lon, lat);
                // The shapes alone, as drawn (thinned), without targets.
                assert_eq!(v.shapes.hit(x, y), Some(code), "{code} at {css}@{dpr}x {extent:?}");
                // And with targets on top: no other country's target covers it.
                assert_eq!(v.hit(x, y), Some(code), "{code} under a target at {css}@{dpr}x {extent:?}");
            }
        }
    }
}

#[test]
fn small_countries_get_targets_that_hit_them() {
    let (w, prog) = (world(), programme());
    for extent in [Extent::Programme, Extent::World] {
        for (css, dpr) in SIZES {
            let v = view(&w, &prog, extent, css, dpr);
            for t in &v.targets {
                assert!(t.radius * 2.0 >= TARGET_CSS_PX * dpr - 1e-9);
                assert_eq!(v.hit(t.centre.0, t.centre.1), Some(t.iso3.as_str()), "{css}@{dpr}x {extent:?}");
                // Anywhere in the circle, short of where it meets another's.
                let edge = (t.centre.0 + t.radius * 0.9, t.centre.1);
                assert_eq!(v.hit(edge.0, edge.1), Some(t.iso3.as_str()), "{css}@{dpr}x rim");
                assert!(v.layout.targets.iter().any(|(r, id)| id == &t.iso3 && r.contains(t.centre)));
            }
            for (i, a) in v.targets.iter().enumerate() {
                for b in &v.targets[i + 1..] {
                    let d = ((a.centre.0 - b.centre.0).powi(2) + (a.centre.1 - b.centre.1).powi(2)).sqrt();
                    assert!(d >= a.radius + b.radius, "{} and {} overlap at {css}@{dpr}x", a.iso3, b.iso3);
                }
                assert!(a.centre.0 - a.radius >= -1e-6 && a.centre.0 + a.radius <= v.layout.width + 1e-6);
                assert!(a.centre.1 - a.radius >= -1e-6 && a.centre.1 + a.radius <= v.layout.height + 1e-6);
            }
        }
    }
}

#[test]
fn central_america_and_haiti_get_targets_on_phone_and_desktop() {
    let (w, prog) = (world(), programme());
    for (css, dpr) in [(390.0, 3.0), (1280.0, 1.0)] {
        let v = view(&w, &prog, Extent::Programme, css, dpr);
        for code in ["HTI", "CRI", "GTM"] {
            assert!(v.targets.iter().any(|t| t.iso3 == code), "{code} at {css}@{dpr}x");
        }
    }
    let phone = view(&w, &prog, Extent::Programme, 390.0, 3.0);
    assert!(phone.targets.iter().any(|t| t.iso3 == "HND"));
}

#[test]
fn the_ocean_and_off_the_map_hit_nothing() {
    let (w, prog) = (world(), programme());
    for (css, dpr) in SIZES {
        let v = view(&w, &prog, Extent::Programme, css, dpr);
        for (lon, lat) in [(-40.0, 30.0), (-30.0, 0.0), (-90.0, -10.0)] {
            let (x, y) = v.projection.project(lon, lat);
            assert_eq!(v.hit(x, y), None, "{lon},{lat} at {css}@{dpr}x");
        }
        let world_view = view(&w, &prog, Extent::World, css, dpr);
        assert_eq!(world_view.hit(1.0, 1.0), None, "the frame's corner, off the globe");
        let (x, y) = world_view.projection.project(-150.0, -30.0);
        assert_eq!(world_view.hit(x, y), None, "the South Pacific");
    }
}

#[test]
fn neighbours_hit_but_only_programme_countries_select() {
    let (w, prog) = (world(), programme());
    let v = view(&w, &prog, Extent::Programme, 1280.0, 1.0);
    let (lon, lat) = w.country("BRA").and_then(|c| c.label_point()).expect("BRA");
    let (x, y) = v.projection.project(lon, lat);
    assert_eq!(v.hit(x, y), Some("BRA"));
    assert_eq!(v.hit_programme(x, y), None);
    let (lon, lat) = w.country("PER").and_then(|c| c.label_point()).expect("PER");
    let (x, y) = v.projection.project(lon, lat);
    assert_eq!(v.hit_programme(x, y), Some("PER"));
}

#[test]
fn keyboard_order_runs_west_to_east_over_every_programme_country() {
    let (w, prog) = (world(), programme());
    let v = view(&w, &prog, Extent::Programme, 1280.0, 1.0);
    let order: Vec<&str> = v.keyboard_order().collect();
    assert_eq!(order.len(), 9, "{order:?}");
    let xs: Vec<f64> =
        order.iter().map(|c| v.anchors.iter().find(|(a, _)| a == c).expect("anchor").1 .0).collect();
    assert!(xs.windows(2).all(|p| p[0] <= p[1]), "{order:?}");
    assert_eq!(order.first(), Some(&"GTM"));
    assert_eq!(order.last(), Some(&"TUN"));
    for code in PRODEF {
        let a = v.anchor(code).expect(code);
        let r = v.focus_bounds(code).expect(code);
        assert!(r.contains(a), "{code}'s focus ring surrounds its anchor");
    }
}

#[test]
fn a_frame_of_no_size_lays_out_without_panicking() {
    let (w, prog) = (world(), programme());
    for (width, height, dpr) in [(0.0, 0.0, 1.0), (1.0, 1.0, 0.0), (10.0, 5.0, f64::NAN)] {
        let v = layout_map(
            &w,
            &MapInput {
                programme: &prog,
                values: None,
                selected: Some("HTI"),
                extent: Extent::Programme,
                width,
                height,
                dpr,
            },
        );
        let _ = v.hit(0.0, 0.0);
    }
}
