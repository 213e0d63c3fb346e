//! `impact-atlas export`: readable SVG and PNG files for both datasets, drawn by
//! the page's own layout code.
#![cfg(feature = "cli")]

use impact_atlas::export::files::{export, layouts, svg_to_png, to_svg, ExportOptions};
use impact_atlas::geo::decode_world;
use impact_atlas::model::{parse_path, Dataset};
use impact_atlas::render::Theme;
use resvg::tiny_skia::Pixmap;
use std::path::Path;

fn dataset(name: &str) -> Dataset {
    let parsed = parse_path(Path::new(&format!("data/datasets/{name}.json")));
    parsed.dataset.unwrap_or_else(|| panic!("{name}: {:#?}", parsed.problems))
}

fn texts(svg: &str) -> Vec<&str> {
    // SVGBackend writes each text on its own line between the tags.
    svg.lines().map(str::trim).filter(|l| !l.starts_with('<')).collect()
}

#[test]
fn prodef_exports_results_and_map_but_no_per_country_charts() {
    let dir = std::env::temp_dir().join(format!("impact-atlas-export-{}", std::process::id()));
    let o = ExportOptions::default();
    let files = export(&dataset("prodef"), Some(Path::new("data/geo/world.bin")), &dir, &o).expect("exports");
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
        .collect();
    assert_eq!(names, ["prodef-results.svg", "prodef-results.png", "prodef-map.svg", "prodef-map.png"]);

    let svg = std::fs::read_to_string(dir.join("prodef-results.svg")).expect("svg");
    let t = texts(&svg);
    assert!(
        t.contains(&"24,906") && t.contains(&"More than 300") && t.contains(&"Approximately 1,808"),
        "{t:?}"
    );
    // Text is written at the size the layout planned (plotters divides by 1.24).
    assert!(svg.contains("font-size=\"40\""), "value text at 20 css px × 2");
    assert!(
        t.iter().any(|l| l.starts_with("Source: International Bureau for Children&apos;s Rights")),
        "{t:?}"
    );

    let png = Pixmap::load_png(dir.join("prodef-results.png")).expect("png decodes");
    assert_eq!(png.width(), 2400, "1200 css px at scale 2");
    let dark = png.pixels().iter().filter(|p| p.red() < 80 && p.green() < 80).count();
    assert!(dark > 5_000, "text and bars are painted ({dark} dark pixels)");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn demo_exports_every_chart_with_figures_and_french_numbers() {
    let world = decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("world");
    let o =
        ExportOptions { lang: impact_atlas::core::Lang::Fr, width: 800.0, scale: 1.0, ..Default::default() };
    let d = dataset("demo");
    let all = layouts(&d, Some(&world), &o);
    let stems: Vec<&str> = all.iter().map(|(s, _)| *s).collect();
    assert_eq!(stems, ["results", "countries", "years", "map"]);
    for (stem, layout) in &all {
        let svg = to_svg(layout, &Theme::LIGHT).expect("svg");
        assert!(svg.starts_with("<svg"), "{stem}");
        let png = svg_to_png(&svg).expect("png");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{stem}");
    }
    let countries = to_svg(&all[1].1, &Theme::LIGHT).expect("svg");
    let t = texts(&countries);
    assert!(t.iter().any(|l| l.starts_with("Colombie")), "French country names: {t:?}");
    // Synthetic data says so on every exported drawing.
    for (stem, layout) in &all {
        assert!(layout.texts().any(|t| t == "DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES"), "{stem}");
    }
    // The threshold protects Costa Rica's 3 volunteers in the export too.
    assert!(t.iter().any(|l| l.contains("moins de 5")), "{t:?}");
    assert!(!t.iter().any(|l| l.contains("· 3 volontaires")), "{t:?}");
}
