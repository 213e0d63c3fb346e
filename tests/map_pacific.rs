//! A programme across ±180° (Fiji, Kiribati, Samoa, Tonga) gets a map centred on
//! the Pacific: a frame about its countries rather than the whole world, every
//! country whole and inside it, and the pointer still finding them. A programme
//! that does not straddle (PRODEF) keeps the map centred on 0° and its frame.

use impact_atlas::geo::fit::{fit_centred, programme_box, programme_lon0};
use impact_atlas::geo::projected::project_world;
use impact_atlas::geo::{Bounds, Projection};
use impact_atlas::render::map::{layout_map, map_height, Extent, MapInput, MapView};

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, world};

/// Tuvalu is not in the 1:50m world file: a programme may name it, the map draws
/// the four others.
const PACIFIC: [&str; 5] = ["FJI", "KIR", "WSM", "TON", "TUV"];
const DRAWN: [&str; 4] = ["FJI", "KIR", "WSM", "TON"];
const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];
const ELEVEN: [&str; 11] = ["SEN", "BFA", "BOL", "JOR", "LBN", "FJI", "MDV", "CPV", "MUS", "SYC", "KIR"];

fn codes(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

/// (CSS width, dpr): phone, desktop, kiosk.
const SIZES: [(f64, f64); 3] = [(390.0, 3.0), (1280.0, 1.0), (1920.0, 1.0)];

#[test]
fn a_pacific_programme_is_framed_round_the_pacific() {
    let w = world();
    let prog = codes(&PACIFIC);
    assert!(w.country("TUV").is_none(), "Tuvalu came into the world file: draw it below too");
    // The seam goes through the widest empty stretch, on the far side of the globe.
    let lon0 = programme_lon0(&w, &PACIFIC);
    assert!(!(-160.0..=170.0).contains(&lon0), "centred on the Pacific: {lon0}");
    for (css, dpr) in SIZES {
        let v = programme_map(&w, &prog, None, None, css * dpr, dpr);
        let frame = Bounds { x0: 0.0, y0: 0.0, x1: v.layout.width, y1: v.layout.height };
        // The four countries lie within about 45° of longitude; with context that is
        // well under a third of the world (a frame cut at ±180° spans all of it).
        assert!(
            v.projection.world_width() > 3.0 * frame.width(),
            "{css}@{dpr}x: the frame shows {:.0}% of the world's width",
            100.0 * frame.width() / v.projection.world_width()
        );
        for code in DRAWN {
            let s = v.shapes.shape(code).unwrap_or_else(|| panic!("{code} drawn at {css}@{dpr}x"));
            let b = s.bounds;
            assert!(
                b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= frame.x1 && b.y1 <= frame.y1,
                "{code} inside the frame at {css}@{dpr}x: {b:?}"
            );
            // Every main piece drawn, none drawn twice at the frame's two edges.
            let c = w.country(code).expect(code);
            assert!(s.rings.len() >= c.main_boxes().len(), "{code}: {} rings", s.rings.len());
            assert!(b.width() < frame.width() / 4.0, "{code} is not stretched across the frame: {b:?}");
        }
        // A point inside Fiji finds Fiji, through the shapes and through the page's
        // hit test, and inverting the pixel gives the point back.
        let (lon, lat) = w.country("FJI").and_then(|c| c.label_point()).expect("Fiji's label point");
        let (x, y) = v.projection.project(lon, lat);
        assert!(frame.contains((x, y)));
        assert_eq!(v.shapes.hit(x, y), Some("FJI"), "{css}@{dpr}x");
        assert_eq!(v.hit_programme(x, y), Some("FJI"), "{css}@{dpr}x");
        let (lon2, lat2) = v.projection.invert(x, y).expect("on the map");
        assert!((lon2 - lon).abs() < 1e-6 && (lat2 - lat).abs() < 1e-6, "({lon2}, {lat2})");
        // Labels' anchors are where the shapes are.
        for (code, p) in &v.anchors {
            assert_eq!(v.shapes.hit(p.0, p.1), Some(code.as_str()), "{code}'s anchor at {css}@{dpr}x");
        }
    }
}

/// Lays out `prog`'s map in `extent`, `width` device pixels wide.
fn view(prog: &[String], extent: Extent, width: f64) -> MapView {
    let w = world();
    let height = map_height(&w, prog, extent, width, 1.0);
    layout_map(
        &w,
        &MapInput { programme: prog, values: None, selected: None, extent, width, height, dpr: 1.0 },
    )
}

#[test]
fn no_edge_streaks_across_a_map_centred_off_zero() {
    let prog = codes(&PACIFIC);
    // The world seen from the Pacific: the seam now cuts Europe and Africa.
    let v = view(&prog, Extent::World, 1600.0);
    assert!(v.projection.lon0 != 0.0);
    let width = v.layout.width;
    let mut seen = 0;
    for s in &v.shapes.shapes {
        for ring in s.rings.iter().chain(&s.holes) {
            for (i, a) in ring.iter().enumerate() {
                let b = ring[(i + 1) % ring.len()];
                assert!((b.0 - a.0).abs() < width / 2.0, "{} edge {a:?}→{b:?}", s.iso3);
            }
        }
        seen += 1;
    }
    assert!(seen > 200, "{seen} countries drawn");
    // The seam at about 10° E cuts Norway: its halves are at the map's two edges
    // (near each other on the globe, so no edge joins them).
    let nor = v.shapes.shape("NOR").expect("Norway");
    assert!(nor.rings.len() >= 2 && nor.bounds.width() > width / 2.0, "{:?}", nor.bounds);
    // And so at any meridian, with each country's area kept through the cut: its
    // edge on the seam follows the map's curved outline (Brazil lost a sixth of its
    // area to a straight chord). Long straight borders (Canada's, Mauritania's)
    // bend a little differently away from the middle of the map, hence 3%.
    let w = world();
    let frame = Bounds { x0: 0.0, y0: 0.0, x1: 1600.0, y1: 800.0 };
    let areas = |lon0: f64| -> Vec<(String, f64)> {
        let f = fit_centred(&Bounds { x0: -180.0, y0: -90.0, x1: 180.0, y1: 90.0 }, lon0, 1600.0, 800.0, 0.0);
        project_world(&w, &f, frame, 0.5).shapes.into_iter().map(|s| (s.iso3, s.area)).collect()
    };
    let at_zero = areas(0.0);
    for lon0 in [-170.0, 123.4, 45.0] {
        let turned = areas(lon0);
        for (code, a) in at_zero.iter().filter(|(_, a)| *a > 200.0) {
            let b = turned.iter().find(|(c, _)| c == code).map_or(0.0, |(_, b)| *b);
            assert!((a - b).abs() < a * 0.03, "{code} at lon0 {lon0}: {b:.0} px² vs {a:.0}");
        }
    }
}

#[test]
fn a_programme_that_does_not_straddle_keeps_the_map_centred_on_zero() {
    let w = world();
    assert_eq!(programme_lon0(&w, &PRODEF), 0.0);
    // PRODEF's frame as it was before maps could turn: Mexico to Bolivia, West and
    // North Africa (on world.bin format 5, whose outlines moved by slivers within
    // their tolerance: x0 was -107.794 and x1 27.094 on format 4).
    let b = programme_box(&w, &PRODEF).expect("PRODEF");
    let want = Bounds { x0: -107.7955, y0: -26.7035, x1: 27.1055, y1: 45.6935 };
    for (got, want) in [(b.x0, want.x0), (b.y0, want.y0), (b.x1, want.x1), (b.y1, want.y1)] {
        assert!((got - want).abs() < 1e-9, "{b:?}");
    }
    for (css, dpr) in SIZES {
        let v = programme_map(&w, &codes(&PRODEF), None, None, css * dpr, dpr);
        assert_eq!(v.projection.lon0, 0.0);
        assert_eq!(v.projection, impact_atlas::geo::fit(&b, css * dpr, v.layout.height, 8.0 * dpr));
    }
}

#[test]
fn the_eleven_country_set_puts_fiji_beside_kiribati() {
    // Centred on 0°, Fiji (178° E) and Kiribati's Kiritimati (157° W) sat at the
    // map's two edges; across ±180° they are 25° apart.
    let v = view(&codes(&ELEVEN), Extent::Programme, 1280.0);
    assert!(v.projection.lon0 != 0.0);
    let at = |code: &str| v.anchors.iter().find(|(c, _)| c == code).map(|(_, p)| *p).expect(code);
    let (fji, kir) = (at("FJI"), at("KIR"));
    assert!((fji.0 - kir.0).abs() < v.layout.width / 8.0, "{fji:?} {kir:?}");
    assert_eq!(v.anchors.len(), ELEVEN.len());
}

/// The frame the map flies to for one country (the kiosk's tour, a phone's
/// selection) is taken relative to the map's own meridian, so a country at 180°
/// sits in the middle of its frame like any other: on a map centred on 0° the
/// frame stopped at the map's edge and Fiji was pushed to its eastern side. Every
/// country of the Pacific and eleven-country sets is zoomed in, whole and centred.
#[test]
fn a_country_at_180_is_flown_to_in_a_frame_centred_on_it() {
    use impact_atlas::geo::country_box;
    use impact_atlas::render::map::programme_meridian;
    let w = world();
    for set in [&PACIFIC[..], &ELEVEN[..]] {
        let prog = codes(set);
        let lon0 = programme_meridian(&w, &prog);
        let programme = view(&prog, Extent::Programme, 1280.0);
        for code in set.iter().filter(|c| w.country(c).is_some()) {
            let b = country_box(&w, code, lon0).expect("a box");
            assert!(
                b.x1 - b.x0 < 40.0,
                "{code} on the map centred on {lon0:.0}°: {b:?} is not one country's frame"
            );
            let v = view(&prog, Extent::Box(b), 1280.0);
            let s = v.shapes.shape(code).unwrap_or_else(|| panic!("{code} drawn"));
            let width = v.layout.width;
            assert!(s.bounds.x0 >= 0.0 && s.bounds.x1 <= width, "{code} whole in its frame: {:?}", s.bounds);
            let middle = (s.bounds.x0 + s.bounds.x1) / 2.0 / width;
            assert!(
                (0.35..=0.65).contains(&middle),
                "{code} off-centre in its frame: {:.0}% across",
                middle * 100.0
            );
            assert!(
                v.projection.world_width() > 2.0 * programme.projection.world_width(),
                "{code} is zoomed in beyond the programme's frame"
            );
        }
    }
    // A programme centred on 0° that names Fiji: its frame holds the main islands.
    let b = country_box(&w, "FJI", 0.0).expect("Fiji");
    assert!(b.x1 - b.x0 < 40.0 && b.x0 > 150.0, "Fiji on the 0° map: {b:?}");
}
