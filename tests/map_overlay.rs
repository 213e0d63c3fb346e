//! What the page's overlay canvas shows over the map, built in `render` and painted
//! by the map's own painter (`paint_marks`, any plotters backend): the hover outline
//! along the country under the pointer and the keyboard focus ring round the
//! focused one, in the theme's colours. Painted here through plotters' SVG backend
//! and rasterised by resvg, as the PNG export is.
#![cfg(feature = "cli")]

use impact_atlas::export::files::svg_to_png;
use impact_atlas::render::map::MapView;
use impact_atlas::render::marks::{colour, paint_marks, Mark, Stroke};
use impact_atlas::render::{Paint, Theme};
use plotters::prelude::*;
use resvg::tiny_skia::Pixmap;

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, world};

const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

fn prodef_map(dpr: f64) -> MapView {
    let codes: Vec<String> = PRODEF.iter().map(|c| c.to_string()).collect();
    programme_map(&world(), &codes, None, None, 900.0 * dpr, dpr)
}

/// Marks painted alone (no background) on a transparent image, in `theme`.
fn rasterise(marks: &[Mark], v: &MapView, theme: &Theme) -> Pixmap {
    let mut svg = String::new();
    {
        let size = (v.layout.width as u32, v.layout.height as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        paint_marks(&area, marks, theme, 1.0).expect("paints");
        area.present().expect("presents");
    }
    Pixmap::decode_png(&svg_to_png(&svg).expect("rasterises")).expect("decodes")
}

fn rgba(p: &Pixmap, (x, y): (f64, f64)) -> (u8, u8, u8, u8) {
    let c = p.pixel(x as u32, y as u32).expect("in the image");
    (c.red(), c.green(), c.blue(), c.alpha())
}

#[test]
fn the_hover_outline_follows_the_countrys_outer_rings_in_the_text_colour() {
    let v = prodef_map(2.0);
    for code in PRODEF {
        let shape = v.shapes.shape(code).expect(code);
        let marks = v.hover_marks(code, 2.0);
        let [Mark::Poly { rings, holes, fill: None, stroke: Some(stroke), hatch: None }] = marks.as_slice()
        else {
            panic!("{code}: one stroke-only shape, got {marks:?}");
        };
        assert_eq!(rings, &shape.rings, "{code}");
        assert!(holes.is_empty(), "{code}: enclaves are not outlined");
        assert_eq!(*stroke, Stroke { paint: Paint::Text, width: 4.0 }, "{code}: 2 CSS px at dpr 2");
    }
    assert!(v.hover_marks("ZZZ", 2.0).is_empty(), "a code the map does not know has no outline");
}

#[test]
fn the_focus_ring_is_a_frame_round_the_country_in_the_focus_colour_of_each_theme() {
    let dpr = 2.0;
    let v = prodef_map(dpr);
    for (name, theme) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        let focus = colour(&theme, Paint::Focus);
        let want = (focus.0, focus.1, focus.2, 255);
        for code in ["HTI", "COL", "TUN"] {
            let r = v.focus_bounds(code).expect(code);
            let img = rasterise(&v.focus_marks(code, dpr), &v, &theme);
            let (cx, cy) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
            // The frame is 3 CSS px (6 device px) wide, centred 4 CSS px (8) out.
            for at in [(cx, r.y0 - 8.0), (cx, r.y1 + 8.0), (r.x0 - 8.0, cy), (r.x1 + 8.0, cy)] {
                assert_eq!(rgba(&img, at), want, "{name} {code}: the frame at {at:?}");
            }
            // Nothing inside the frame (the country shows through) or beyond it.
            for at in [(cx, cy), (cx, r.y0 - 2.0), (cx, r.y0 - 14.0), (r.x1 + 14.0, cy)] {
                assert_eq!(rgba(&img, at).3, 0, "{name} {code}: painted at {at:?}");
            }
        }
    }
    assert!(v.focus_marks("ZZZ", dpr).is_empty(), "a code the map does not know has no ring");
}

#[test]
fn the_overlay_paints_the_selection_then_the_hover_outline_then_the_focus_ring() {
    let v = prodef_map(1.0);
    let all = v.overlay_marks(Some("HTI"), Some("COL"), Some("PER"), 1.0);
    let mut want = v.selection_marks("HTI", 1.0);
    want.extend(v.hover_marks("COL", 1.0));
    want.extend(v.focus_marks("PER", 1.0));
    assert_eq!(all, want);
    assert!(v.overlay_marks(None, None, None, 1.0).is_empty(), "nothing to show: an empty overlay");
    assert_eq!(v.overlay_marks(None, Some("COL"), None, 1.0), v.hover_marks("COL", 1.0));
}
