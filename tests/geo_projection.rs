//! Equal Earth: known extents, invert(project(p)) ≈ p over the globe, `None` off
//! the map, and fitting puts a box inside its frame.

use impact_atlas::geo::fit::programme_box;
use impact_atlas::geo::{decode_world, fit, EqualEarth, GeoBox, Projection};

const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

#[test]
fn extents_match_the_published_projection() {
    // x of ±180° at the equator is π / (M·A1); y of the poles is y(π/3).
    assert!((EqualEarth::x_max() - std::f64::consts::PI / (0.75f64.sqrt() * 1.340264)).abs() < 1e-9);
    assert!((EqualEarth::y_max() - 1.317_362).abs() < 1e-5, "{}", EqualEarth::y_max());
    let (x, y) = EqualEarth.project(0.0, 0.0);
    assert_eq!((x, y), (0.0, 0.0));
}

#[test]
fn invert_undoes_project_over_the_whole_globe() {
    let mut worst: f64 = 0.0;
    for i in 0..=72 {
        for j in 0..=36 {
            let (lon, lat) = (-180.0 + 5.0 * i as f64, -90.0 + 5.0 * j as f64);
            let (x, y) = EqualEarth.project(lon, lat);
            let (lon2, lat2) =
                EqualEarth.invert(x, y).unwrap_or_else(|| panic!("no inverse for {lon},{lat}"));
            worst = worst.max((lon2 - lon).abs()).max((lat2 - lat).abs());
        }
    }
    assert!(worst < 1e-7, "worst error {worst}°");
}

#[test]
fn invert_is_none_off_the_map() {
    let (xm, ym) = (EqualEarth::x_max(), EqualEarth::y_max());
    assert!(EqualEarth.invert(0.0, ym * 1.01).is_none(), "above the pole line");
    assert!(EqualEarth.invert(xm * 1.01, 0.0).is_none(), "east of 180° at the equator");
    // Near the poles the outline curves in: a point at x_max's 90% is off the map there.
    assert!(EqualEarth.invert(xm * 0.9, ym * 0.95).is_none(), "outside the rounded corner");
    assert!(EqualEarth.invert(f64::NAN, 0.0).is_none());
}

#[test]
fn fitted_projection_round_trips_through_device_pixels() {
    let f = fit(&GeoBox::GLOBE, 1280.0, 640.0, 8.0);
    for (lon, lat) in [(-72.3, 18.9), (-84.1, 9.9), (10.2, 34.0), (179.9, -16.5), (-180.0, 65.0)] {
        let (px, py) = f.project(lon, lat);
        let (lon2, lat2) = f.invert(px, py).expect("on the map");
        assert!((lon2 - lon).abs() < 1e-7 && (lat2 - lat).abs() < 1e-7, "{lon},{lat} → {lon2},{lat2}");
    }
    assert!(f.invert(-5.0, -5.0).is_none(), "the frame's corner is off the map");
}

#[test]
fn fit_puts_the_programme_box_inside_every_frame() {
    let world = decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes");
    let b = programme_box(&world, &PRODEF).expect("PRODEF countries are in the file");
    // Peru to Tunisia, with context around: Mexico to Bolivia, West and North Africa.
    // (A `GeoBox`'s x is longitude, x0 west; its y latitude, y0 south.)
    assert!(b.x0 < -92.0 && b.x1 > 11.6 && b.y0 < -18.3 && b.y1 > 37.3, "{b:?}");
    assert!(b.x0 > -130.0 && b.x1 < 40.0, "context, not the world: {b:?}");
    for (w, h) in [(1170.0, 824.0), (1280.0, 500.0), (1920.0, 1080.0), (300.0, 600.0), (800.0, 800.0)] {
        let pad = 8.0;
        let f = fit(&b, w, h, pad);
        for c in PRODEF.iter().filter_map(|c| world.country(c)) {
            for p in &c.polygons {
                for &(lon, lat) in &p.outer {
                    if !b.contains((lon, lat)) {
                        continue;
                    }
                    let (x, y) = f.project(lon, lat);
                    assert!(
                        x >= pad - 1e-6 && x <= w - pad + 1e-6 && y >= pad - 1e-6 && y <= h - pad + 1e-6,
                        "{} at {x},{y} in {w}x{h}",
                        c.iso3
                    );
                }
            }
        }
        // As large as fits: the box's projection fills the frame one way.
        let pb = b.projected_bounds();
        let (pw, ph) = (f.k * pb.width(), f.k * pb.height());
        assert!(pw <= w - 2.0 * pad + 1e-6 && ph <= h - 2.0 * pad + 1e-6, "{w}x{h}");
        assert!((pw - (w - 2.0 * pad)).abs() < 1e-6 || (ph - (h - 2.0 * pad)).abs() < 1e-6, "{w}x{h}");
    }
}

#[test]
fn aspect_fits_the_box_with_no_empty_bands() {
    let b = GeoBox { x0: -100.0, y0: -20.0, x1: 20.0, y1: 40.0 };
    let (w, pad) = (1000.0, 10.0);
    let h = (w - 2.0 * pad) * b.aspect() + 2.0 * pad;
    let f = fit(&b, w, h, pad);
    let k_width = (w - 2.0 * pad) / b.projected_bounds().width();
    assert!((f.k - k_width).abs() / k_width < 1e-9, "width and height both bind");
}

#[test]
fn a_country_view_frames_the_country_with_its_surroundings() {
    use impact_atlas::geo::country_box;
    let world = decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes");
    let programme = programme_box(&world, &PRODEF).expect("PRODEF");
    for iso3 in ["CRI", "TUN", "PER", "HTI", "MDV", "KIR", "SYC", "FJI", "BOL"] {
        let b = country_box(&world, iso3, 0.0).unwrap_or_else(|| panic!("{iso3} has a view"));
        let core = world.country(iso3).expect("in the file").main_bbox();
        assert!(
            b.x0 < core.x0 && b.y0 < core.y0 && b.y1 > core.y1,
            "{iso3}: {b:?} holds {core:?} with room around"
        );
        // Views do not wrap across ±180° (Fiji's main islands end there).
        assert!(b.x1 > core.x1 || b.x1 == 180.0, "{iso3}: {b:?} east of {core:?}");
        assert!(b.x1 - b.x0 >= 9.0 - 1e-9 && b.y1 - b.y0 >= 9.0 - 1e-9, "{iso3}: not a speck");
        // The country fills a good part of its frame: larger than in the programme's.
        let f = fit(&b, 1000.0, 800.0, 8.0);
        if PRODEF.contains(&iso3) {
            assert!(f.k > fit(&programme, 1000.0, 800.0, 8.0).k * 2.0, "{iso3} is zoomed in");
        }
        let (x, y) = f.project((core.x0 + core.x1) / 2.0, (core.y0 + core.y1) / 2.0);
        assert!((0.0..1000.0).contains(&x) && (0.0..800.0).contains(&y), "{iso3} in its frame");
    }
    assert!(country_box(&world, "XXX", 0.0).is_none());
}
