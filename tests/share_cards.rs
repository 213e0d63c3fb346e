//! Share cards: 1200 × 630 pictures of each dataset in each language, drawn with the
//! export's code: title, three headline figures, the map, the source line, and
//! "synthetic" on synthetic data.
#![cfg(feature = "cli")]

use impact_atlas::core::Lang;
use impact_atlas::export::card::{card_description, layout_card, CARD_H, CARD_W};
use impact_atlas::export::files::write_cards;
use impact_atlas::geo::decode_world;
use impact_atlas::model::parse_path;
use resvg::tiny_skia::Pixmap;
use std::path::Path;

#[test]
fn a_card_has_the_title_three_figures_the_map_and_the_source() {
    let world = decode_world("world.bin", include_bytes!("../data/geo/world.bin")).expect("world");
    let d = parse_path(Path::new("data/datasets/prodef.json")).dataset.expect("prodef");
    let l = layout_card(&d, Some(&world), Lang::Fr);
    assert_eq!((l.width, l.height), (CARD_W, CARD_H));
    let texts: Vec<&str> = l.texts().collect();
    assert!(texts.contains(&"PRODEF"), "{texts:?}");
    for figure in ["Plus de 70", "9", "26"] {
        assert!(texts.contains(&figure), "{figure} in {texts:?}");
    }
    assert!(texts.iter().any(|t| t.starts_with("Source\u{202f}:")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("SYNTH")), "PRODEF is not synthetic");
    // The map is drawn: programme countries filled, inside the card.
    let polys = l.marks.iter().filter(|m| matches!(m, impact_atlas::render::Mark::Poly { .. })).count();
    assert!(polys > 100, "{polys} shapes");
    for t in l.marks.iter().filter_map(|m| match m {
        impact_atlas::render::Mark::Text { x, y, .. } => Some((*x, *y)),
        _ => None,
    }) {
        assert!(t.0 >= 0.0 && t.0 < CARD_W && t.1 >= 0.0 && t.1 < CARD_H, "text at {t:?} outside the card");
    }
    let demo = parse_path(Path::new("data/datasets/demo.json")).dataset.expect("demo");
    let l = layout_card(&demo, Some(&world), Lang::En);
    assert!(l.texts().any(|t| t == "SYNTHETIC DEMO DATA"), "synthetic data says so on its card");
    assert!(card_description(&demo, Lang::En).starts_with("Synthetic demo data."));
    assert!(card_description(&d, Lang::En).contains("more than 70 volunteers"));
}

#[test]
fn the_build_step_writes_a_png_per_dataset_and_language() {
    let dir = std::env::temp_dir().join(format!("impact-atlas-cards-{}", std::process::id()));
    let cards = write_cards(Path::new("data"), &dir).expect("cards");
    assert_eq!(cards.len(), 2 * 3, "two datasets × three languages");
    assert_eq!(cards.iter().filter(|c| c.default).count(), 3, "the default dataset's three");
    for c in &cards {
        let png = Pixmap::load_png(dir.join(&c.file)).expect("decodes");
        assert_eq!((png.width(), png.height()), (1200, 630), "{}", c.file);
        let dark = png.pixels().iter().filter(|p| p.red() < 100 && p.green() < 120).count();
        assert!(dark > 8_000, "{}: text and map painted ({dark} dark pixels)", c.file);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
