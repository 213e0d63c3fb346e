//! The map's display list: programme countries stand out, figures shade them with a
//! legend, "not published" is hatched and never 0, the selection is outlined, and
//! the same list paints to SVG.

use impact_atlas::geo::World;
use impact_atlas::model::{parse_dataset, Metric, Shown};
use impact_atlas::render::map::{css_colour, map_values, programme_codes, MapStyle, MapView};
use impact_atlas::render::{paint, Mark, Paint, Theme};
use plotters::prelude::*;

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, programme_map_styled, world};

const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

fn programme() -> Vec<String> {
    PRODEF.iter().map(|s| s.to_string()).collect()
}

/// Lays out the map; `values` as published counts (`None` = not published).
fn layout(
    w: &World,
    prog: &[String],
    values: Option<&[(String, Option<u64>)]>,
    selected: Option<&str>,
) -> MapView {
    let shown: Option<Vec<(String, Shown)>> = values.map(|vals| {
        vals.iter().map(|(c, v)| (c.clone(), v.map_or(Shown::NotPublished, Shown::Value))).collect()
    });
    layout_shown(w, prog, shown.as_deref(), selected)
}

fn layout_shown(
    w: &World,
    prog: &[String],
    values: Option<&[(String, Shown)]>,
    selected: Option<&str>,
) -> MapView {
    programme_map(w, prog, values, selected, 1280.0, 1.0)
}

/// Filled shapes of one paint, with whether they are hatched.
fn fills(v: &MapView, want: Paint) -> Vec<(usize, bool)> {
    v.layout
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Poly { rings, fill: Some(p), hatch, .. } if *p == want => {
                Some((rings.len(), hatch.is_some()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn programme_countries_stand_out_from_the_rest() {
    let (w, prog) = (world(), programme());
    let v = layout(&w, &prog, None, None);
    assert!(v.legend.is_none(), "no figures, no legend");
    let shapes = fills(&v, Paint::Programme);
    let discs = v.targets.iter().filter(|t| t.filled).count();
    assert_eq!(shapes.len(), 9 + discs, "a shape per programme country, and a disc for the smallest");
    assert!(fills(&v, Paint::Land).len() > 50, "neighbours drawn for context");
    assert!(fills(&v, Paint::Selected).is_empty());
}

#[test]
fn the_selected_country_is_filled_and_outlined() {
    let (w, prog) = (world(), programme());
    let v = layout(&w, &prog, None, Some("PER"));
    assert_eq!(fills(&v, Paint::Selected).len(), 1);
    let outlines: Vec<(Paint, f64)> = v
        .layout
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Poly { fill: None, stroke: Some(s), .. } => Some((s.paint, s.width)),
            _ => None,
        })
        .collect();
    assert!(
        outlines.contains(&(Paint::Background, 4.0)) && outlines.contains(&(Paint::Text, 2.0)),
        "{outlines:?}"
    );
}

#[test]
fn figures_shade_countries_and_not_published_is_hatched_not_zero() {
    let (w, prog) = (world(), programme());
    let values: Vec<(String, Option<u64>)> = vec![
        ("COL".into(), Some(1200)),
        ("PER".into(), Some(0)),
        ("HTI".into(), Some(450)),
        ("MAR".into(), Some(3000)),
        ("TUN".into(), None),
    ];
    let v = layout(&w, &prog, Some(&values), None);
    let legend = v.legend.clone().expect("legend");
    let bounds: Vec<(u64, u64)> = legend.classes.iter().map(|c| (c.lo, c.hi)).collect();
    assert_eq!(bounds, vec![(0, 1000), (1001, 2000), (2001, 3000)]);
    assert!(legend.not_published, "TUN and the unlisted countries");
    // Fewer than five classes take the darkest colours, all 3:1 on the background.
    let paints: Vec<Paint> = legend.classes.iter().map(|c| c.paint).collect();
    assert_eq!(paints, vec![Paint::Ramp(2), Paint::Ramp(3), Paint::Ramp(4)]);
    // PER (0) is in the lowest class, not "not published".
    assert!(!fills(&v, Paint::Ramp(2)).is_empty());
    // TUN, CIV, GTM, HND, CRI: hatched, each shape and each small country's target.
    let np = fills(&v, Paint::NotPublished);
    assert!(np.len() >= 5 && np.iter().all(|(_, hatched)| *hatched), "{np:?}");
    assert!(fills(&v, Paint::Programme).is_empty());
}

#[test]
fn fewer_than_n_is_one_hatched_class_and_classes_come_from_published_counts_only() {
    let (w, prog) = (world(), programme());
    // The case: the largest count is 4 with a threshold of 5. Every
    // country is "fewer than 5": no colour class at all, one hatched class.
    let hidden: Vec<(String, Shown)> = PRODEF.iter().map(|c| (c.to_string(), Shown::FewerThan(5))).collect();
    let v = layout_shown(&w, &prog, Some(&hidden), None);
    let legend = v.legend.clone().expect("legend");
    assert!(legend.classes.is_empty(), "{legend:?}");
    assert_eq!(legend.fewer_than, Some(5));
    assert!(!legend.not_published);
    let p = fills(&v, Paint::Protected);
    assert!(p.len() >= 9 && p.iter().all(|(_, hatched)| *hatched), "{p:?}");
    // Mixed: classes start at the threshold, protected countries share one paint.
    let mut mixed = hidden.clone();
    mixed[0].1 = Shown::Value(12);
    mixed[4].1 = Shown::Value(7);
    mixed[8].1 = Shown::NotPublished;
    let legend = layout_shown(&w, &prog, Some(&mixed), None).legend.expect("legend");
    let bounds: Vec<(u64, u64)> = legend.classes.iter().map(|c| (c.lo, c.hi)).collect();
    assert_eq!(bounds, vec![(5, 5), (6, 10), (11, 15)]);
    assert!(bounds.iter().all(|(lo, _)| *lo >= 5), "no class bound below the threshold");
    assert_eq!((legend.fewer_than, legend.not_published), (Some(5), true));
}

#[test]
fn classes_are_round_and_cover_the_largest_figure() {
    let (w, prog) = (world(), programme());
    for (max, want) in [(24_906u64, (5000u64, 5usize)), (7, (2, 4)), (1, (1, 1)), (0, (0, 1))] {
        let values = vec![("COL".to_string(), Some(max))];
        let legend = layout(&w, &prog, Some(&values), None).legend.expect("legend");
        assert_eq!(legend.classes.len(), want.1, "max {max}: {legend:?}");
        let last = legend.classes.last().expect("a class");
        assert!(last.hi >= max && last.lo <= max.max(1), "max {max}: {legend:?}");
        if want.0 > 0 {
            assert_eq!(legend.classes[0].hi, want.0, "max {max}");
        }
    }
}

#[test]
fn prodef_publishes_no_per_country_figures_so_the_map_is_not_a_choropleth() {
    let d =
        parse_dataset("prodef.json", include_str!("../data/datasets/prodef.json")).dataset.expect("valid");
    assert_eq!(programme_codes(&d).len(), 9);
    assert_eq!(map_values(&d, Metric::People), None);
}

#[test]
fn rings_are_thinned_to_half_a_device_pixel() {
    let (w, prog) = (world(), programme());
    let v = layout(&w, &prog, None, None);
    let mut points = 0;
    for m in &v.layout.marks {
        if let Mark::Poly { rings, fill: Some(Paint::Land | Paint::Programme), .. } = m {
            for r in rings {
                points += r.len();
                for p in r.windows(2) {
                    let d = ((p[1].0 - p[0].0).powi(2) + (p[1].1 - p[0].1).powi(2)).sqrt();
                    assert!(d >= 0.5, "{d}");
                }
            }
        }
    }
    assert!(points < 30_000, "{points} points to paint");
}

#[test]
fn paints_to_svg_with_one_polygon_per_programme_country_holding_every_piece() {
    let (w, prog) = (world(), programme());
    let v = layout(&w, &prog, None, Some("HTI"));
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (v.layout.width as u32, v.layout.height as u32))
            .into_drawing_area();
        paint(&area, &v.layout, &Theme::LIGHT).expect("paints");
        area.present().expect("presents");
    }
    let fill = |p: Paint| format!("fill=\"{}\"", css_colour(&Theme::LIGHT, p).to_uppercase());
    let polygons = |p: Paint| -> Vec<String> {
        svg.lines().filter(|l| l.starts_with("<polygon") && l.contains(&fill(p))).map(str::to_owned).collect()
    };
    let count = |p: Paint| polygons(p).len();
    // Rings and holes of a country are one polygon (so holes stay holes), and a
    // country without a piece in view has none.
    let shapes = |codes: &[&str]| -> usize { codes.iter().filter(|c| v.shapes.shape(c).is_some()).count() };
    let others: Vec<&str> = PRODEF.iter().copied().filter(|c| *c != "HTI").collect();
    let target = |c: &str| usize::from(v.targets.iter().any(|t| t.iso3 == c && t.filled));
    let unselected_targets: usize = others.iter().map(|c| target(c)).sum();
    assert_eq!(count(Paint::Programme), shapes(&others) + unselected_targets, "programme polygons");
    assert_eq!(count(Paint::Selected), shapes(&["HTI"]) + target("HTI"), "Haiti's polygons");
    assert!(count(Paint::Land) > 50);
    // Every piece of every programme country is painted: each ring's corners, in
    // whole pixels, are points of one programme polygon.
    let points_of = |l: &str| -> std::collections::HashSet<String> {
        let at = l.find("points=\"").expect("points") + 8;
        l[at..at + l[at..].find('"').expect("end")].split_whitespace().map(str::to_owned).collect()
    };
    let painted: Vec<_> = polygons(Paint::Programme).iter().map(|l| points_of(l)).collect();
    for c in &others {
        let Some(s) = v.shapes.shape(c) else { continue };
        for ring in &s.rings {
            let corners: Vec<String> =
                ring.iter().map(|(x, y)| format!("{},{}", x.round() as i32, y.round() as i32)).collect();
            assert!(
                painted.iter().any(|p| corners.iter().all(|k| p.contains(k))),
                "a piece of {c} with {} corners is painted",
                corners.len()
            );
        }
    }
}

/// On a phone-sized PRODEF map the small Central American countries get targets,
/// but only those too small to see are covered by a disc: Guatemala and Honduras
/// stay visible through a ring (issue 14), Haiti is a disc that stands for it.
#[test]
fn targets_hide_only_countries_too_small_to_see() {
    let (w, prog) = (world(), programme());
    let v = programme_map(&w, &prog, None, None, 603.0, 1.0);
    let target =
        |c: &str| v.targets.iter().find(|t| t.iso3 == c).unwrap_or_else(|| panic!("{c} has a target"));
    for c in ["GTM", "HND"] {
        assert!(!target(c).filled, "{c} is a ring its shape shows through");
        assert!(v.shapes.shape(c).is_some_and(|s| s.area > 100.0), "{c} is drawn");
    }
    assert!(target("HTI").filled, "Haiti, a few pixels across, is a disc");
}

/// The overlay draws the selection above the map and its names: a name the
/// selected country's fill or outline crosses is drawn again on top (on the kiosk,
/// "Costa Rica" had shown as "Rica"), and names far from it are not.
#[test]
fn the_selection_keeps_the_names_it_crosses_readable() {
    let (w, prog) = (world(), programme());
    let names: Vec<(String, String)> = prog.iter().map(|c| (c.clone(), format!("Name of {c}"))).collect();
    let style = MapStyle { names: &names, ..MapStyle::default() };
    let v = programme_map_styled(&w, &prog, None, None, &style, 1280.0, 1.0);
    assert!(v.labels.iter().any(|l| l.iso3 == "COL"), "Colombia is named: {:?}", v.labels);
    let texts = |iso3: &str| -> Vec<String> {
        v.selection_marks(iso3, 1.0)
            .into_iter()
            .filter_map(|m| match m {
                Mark::Text { text, paint: Paint::Text, .. } => Some(text),
                _ => None,
            })
            .collect()
    };
    assert!(texts("COL").contains(&"Name of COL".to_string()), "{:?}", texts("COL"));
    assert!(!texts("TUN").contains(&"Name of COL".to_string()), "{:?}", texts("TUN"));
}
