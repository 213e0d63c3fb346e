//! Holes are holes: a shape with an enclave leaves the enclave unpainted, so on the
//! transparent overlay the page draws a selection on, selecting South Africa does
//! not cover Lesotho (drawn on the map canvas below). Painted through plotters' SVG
//! backend and rasterised by resvg, the same path the PNG export takes; the
//! browser test (tests/web.rs) checks the canvas backend the page uses.
#![cfg(feature = "cli")]

use impact_atlas::export::files::svg_to_png;
use impact_atlas::geo::Shape;
use impact_atlas::render::map::MapView;
use impact_atlas::render::marks::{colour, paint_marks, Mark};
use impact_atlas::render::{Paint, Theme};
use plotters::prelude::*;
use resvg::tiny_skia::Pixmap;

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, world};

fn south_africa_map() -> MapView {
    programme_map(&world(), &["ZAF".to_string()], None, None, 900.0, 1.0)
}

/// Marks painted alone (no background) on a transparent image.
fn rasterise(marks: &[Mark], width: f64, height: f64) -> Pixmap {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        paint_marks(&area, marks, &Theme::LIGHT, 1.0).expect("paints");
        area.present().expect("presents");
    }
    Pixmap::decode_png(&svg_to_png(&svg).expect("rasterises")).expect("decodes")
}

/// Pixels well inside `shape`: the pixel and its neighbours within `M` px all
/// inside, so outlines (the selection's is 4 px wide, with mitred corners) and
/// anti-aliased edges do not count.
fn deep_inside(shape: &Shape, width: u32, height: u32) -> Vec<(u32, u32)> {
    const M: usize = 5;
    let (w, h) = (width as usize, height as usize);
    let mask: Vec<bool> =
        (0..w * h).map(|i| shape.contains(((i % w) as f64 + 0.5, (i / w) as f64 + 0.5))).collect();
    let mut out = Vec::new();
    for y in M..h.saturating_sub(M) {
        for x in M..w.saturating_sub(M) {
            if (y - M..=y + M).all(|yy| (x - M..=x + M).all(|xx| mask[yy * w + xx])) {
                out.push((x as u32, y as u32));
            }
        }
    }
    out
}

#[test]
fn selecting_south_africa_leaves_lesotho_showing_through_the_overlay() {
    let v = south_africa_map();
    let (w, h) = (v.layout.width, v.layout.height);
    let overlay = rasterise(&v.selection_marks("ZAF", 1.0), w, h);
    let at = |(x, y): (u32, u32)| overlay.pixel(x, y).expect("in the image");

    let lesotho = deep_inside(v.shapes.shape("LSO").expect("Lesotho in view"), w as u32, h as u32);
    assert!(lesotho.len() > 50, "Lesotho is big enough to test ({} pixels)", lesotho.len());
    let covered: Vec<_> = lesotho.iter().filter(|&&p| at(p).alpha() != 0).map(|&p| (p, at(p))).collect();
    assert!(
        covered.is_empty(),
        "{} of {} Lesotho pixels covered, e.g. {:?}",
        covered.len(),
        lesotho.len(),
        covered.first()
    );

    let selected = colour(&Theme::LIGHT, Paint::Selected);
    let south_africa = deep_inside(v.shapes.shape("ZAF").expect("South Africa in view"), w as u32, h as u32);
    assert!(south_africa.len() > 1000, "{} pixels", south_africa.len());
    for p in south_africa {
        let c = at(p);
        assert_eq!(
            (c.red(), c.green(), c.blue(), c.alpha()),
            (selected.0, selected.1, selected.2, 255),
            "at {p:?}"
        );
    }
}
