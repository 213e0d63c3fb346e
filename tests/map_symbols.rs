//! Proportional symbols and names on the map, tried on the next programme's eleven
//! countries (synthetic figures): Senegal, Burkina Faso, Bolivia, Jordan, Lebanon,
//! Fiji, Maldives, Cabo Verde, Mauritius, Seychelles and Kiribati, most of them
//! islands too small to shade, two across the antimeridian.

use impact_atlas::geo::{decode_world, World};
use impact_atlas::model::small_numbers::protected;
use impact_atlas::model::{MapEncoding, Shown};
use impact_atlas::render::map::{
    layout_map_styled, map_height, Extent, MapInput, MapStyle, MapView, SymbolKind,
};
use impact_atlas::render::{Mark, Paint, Rect};

pub const NEXT: [&str; 11] = ["SEN", "BFA", "BOL", "JOR", "LBN", "FJI", "MDV", "CPV", "MUS", "SYC", "KIR"];

fn world() -> World {
    decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("decodes")
}

/// Synthetic figures, all different, as publishing leaves them: Seychelles (3) under
/// the threshold of 5 is "fewer than 5", Kiribati not published.
fn values() -> Vec<(String, Shown)> {
    let v = [1200, 860, 2400, 430, 300, 150, 90, 60, 40, 3];
    NEXT.iter().enumerate().map(|(i, c)| (c.to_string(), protected(v.get(i).copied(), Some(5)))).collect()
}

fn names() -> Vec<(String, String)> {
    let n = [
        "Senegal",
        "Burkina Faso",
        "Bolivia",
        "Jordan",
        "Lebanon",
        "Fiji",
        "Maldives",
        "Cabo Verde",
        "Mauritius",
        "Seychelles",
        "Kiribati",
    ];
    NEXT.iter().zip(n).map(|(c, n)| (c.to_string(), n.to_string())).collect()
}

fn layout(w: &World, css_width: f64, dpr: f64, interactive: bool) -> MapView {
    let programme: Vec<String> = NEXT.iter().map(|s| s.to_string()).collect();
    let width = css_width * dpr;
    let height = map_height(w, &programme, Extent::Programme, width, dpr);
    let vals = values();
    let names = names();
    let input = MapInput {
        programme: &programme,
        values: Some(&vals),
        selected: None,
        extent: Extent::Programme,
        width,
        height,
        dpr,
    };
    let style = MapStyle {
        encoding: MapEncoding::Symbols,
        names: &names,
        fewer_than: Some(5),
        interactive,
        lang: impact_atlas::core::Lang::En,
    };
    layout_map_styled(w, &input, &style)
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

#[test]
fn every_country_is_in_the_frame_with_a_symbol_whose_area_is_its_figure() {
    let w = world();
    for (css, dpr) in [(1280.0, 1.0), (390.0, 3.0)] {
        let v = layout(&w, css, dpr, true);
        let codes: Vec<&str> = v.anchors.iter().map(|(c, _)| c.as_str()).collect();
        for c in NEXT {
            assert!(codes.contains(&c), "{c} is not in the frame at {css} px: {codes:?}");
        }
        assert_eq!(v.symbols.len(), 11);
        let r = |c: &str| v.symbols.iter().find(|s| s.iso3 == c).expect("symbol").radius;
        // Area ∝ figure: Bolivia 2,400 against Senegal 1,200 is twice the area.
        assert!((r("BOL").powi(2) / r("SEN").powi(2) - 2.0).abs() < 0.01);
        assert!((r("JOR").powi(2) / r("LBN").powi(2) - 430.0 / 300.0).abs() < 0.01);
        let kind = |c: &str| v.symbols.iter().find(|s| s.iso3 == c).expect("symbol").kind;
        assert_eq!(kind("SYC"), SymbolKind::FewerThan(5));
        assert_eq!(kind("KIR"), SymbolKind::NotPublished);
        let legend = v.symbol_legend.as_ref().expect("a symbol legend");
        assert!((2..=3).contains(&legend.references.len()), "{legend:?}");
        assert_eq!(legend.fewer_than, Some(5));
        assert!(legend.not_published);
        // Under symbols the map has no colour classes, and no target discs.
        assert!(v.legend.is_none());
    }
}

#[test]
fn names_are_written_where_they_fit_and_never_overlap() {
    let w = world();
    for (css, dpr, at_least) in [(1280.0, 1.0, 9), (720.0, 2.0, 7), (390.0, 3.0, 4)] {
        let v = layout(&w, css, dpr, true);
        assert!(v.labels.len() >= at_least, "{} names at {css} px", v.labels.len());
        for (i, a) in v.labels.iter().enumerate() {
            assert!(
                a.rect.x0 >= 0.0
                    && a.rect.y0 >= 0.0
                    && a.rect.x1 <= v.layout.width
                    && a.rect.y1 <= v.layout.height
            );
            for b in &v.labels[i + 1..] {
                assert!(!overlap(&a.rect, &b.rect), "{} and {} overlap at {css} px", a.text, b.text);
            }
            // No name covers another country's symbol.
            for s in v.symbols.iter().filter(|s| s.iso3 != a.iso3 && s.radius > 0.0) {
                let sr = Rect {
                    x0: s.centre.0 - s.radius,
                    y0: s.centre.1 - s.radius,
                    x1: s.centre.0 + s.radius,
                    y1: s.centre.1 + s.radius,
                };
                assert!(!overlap(&a.rect, &sr), "{} covers {}'s circle at {css} px", a.text, s.iso3);
            }
        }
    }
}

#[test]
fn an_export_has_no_touch_targets_but_carries_its_legend() {
    let w = world();
    let page = layout(&w, 1280.0, 2.0, true);
    let export = layout(&w, 1280.0, 2.0, false);
    assert!(!page.targets.is_empty(), "the page keeps targets for small islands");
    assert!(export.targets.is_empty(), "no targets in an export");
    let texts: Vec<&str> = export.layout.texts().collect();
    let legend = export.symbol_legend.as_ref().expect("legend");
    for (v, _) in &legend.references {
        let f = impact_atlas::i18n::format_count(*v, impact_atlas::core::Lang::En);
        assert!(texts.contains(&f.as_str()), "legend figure {f} drawn in the export: {texts:?}");
    }
    // The page's canvas draws no legend: the page writes it as HTML.
    assert!(page.layout.texts().filter(|t| t.chars().all(|c| c.is_ascii_digit() || c == ',')).count() == 0);
    // Names drawn over a halo of the background colour.
    assert!(export.layout.marks.iter().any(|m| matches!(m, Mark::Text { paint: Paint::Background, .. })));
}
