//! The results chart shows the published figures, fits its width, and its bars
//! are proportional within a unit.

use impact_atlas::model::{parse_dataset, Dataset, Lang};
use impact_atlas::render::results::widest_text;
use impact_atlas::render::{layout_results, paint, Layout, Mark, Paint, Sizes, Theme};
use plotters::prelude::*;

fn prodef() -> Dataset {
    parse_dataset("prodef.json", include_str!("../data/datasets/prodef.json")).dataset.expect("valid dataset")
}

fn bars(l: &Layout) -> Vec<f64> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { rect, paint: Paint::Bar, .. } => Some(rect.width()),
            _ => None,
        })
        .collect()
}

#[test]
fn shows_each_figure_with_its_qualifier() {
    let l = layout_results(&prodef(), Lang::En, 1200.0, Sizes::PAGE);
    let texts: Vec<&str> = l.texts().collect();
    for want in ["24,906", "9,207", "More than 4,186", "Approximately 1,808", "More than 300", "More than 31"]
    {
        assert!(texts.contains(&want), "{want} missing from {texts:?}");
    }
    assert!(texts.iter().any(|t| t.contains("including 4,128 women")));
    assert!(texts.iter().any(|t| t.contains("17,221 children")));
}

#[test]
fn french_numbers_and_qualifiers() {
    let l = layout_results(&prodef(), Lang::Fr, 1200.0, Sizes::PAGE);
    let texts: Vec<&str> = l.texts().collect();
    assert!(texts.contains(&"24\u{202f}906"), "{texts:?}");
    assert!(texts.contains(&"Plus de 300"), "{texts:?}");
}

#[test]
fn bars_share_a_scale_within_a_unit_only() {
    let l = layout_results(&prodef(), Lang::En, 1000.0, Sizes::PAGE);
    let w = bars(&l);
    assert_eq!(w.len(), 6);
    // People: 24,906 is the longest bar; 9,207 is 9207/24906 of it.
    assert!((w[1] / w[0] - 9207.0 / 24906.0).abs() < 0.01, "{w:?}");
    // Cases and proposals have their own scale: 300 is full length, 31 is 31/300.
    assert!((w[4] - w[0]).abs() < 1.0);
    assert!((w[5] / w[4] - 31.0 / 300.0).abs() < 0.01, "{w:?}");
}

#[test]
fn text_fits_on_a_phone_and_a_desktop_at_every_pixel_ratio() {
    let d = prodef();
    for css in [300.0, 358.0, 800.0, 1200.0] {
        for dpr in [1.0, 2.0, 3.0] {
            let l = layout_results(&d, Lang::Fr, css * dpr, Sizes::PAGE.scaled(dpr));
            assert!(widest_text(&l) <= l.width, "text overflows at {css} css px, dpr {dpr}");
            // Same drawing, just finer: height scales with the ratio.
            let base = layout_results(&d, Lang::Fr, css, Sizes::PAGE);
            assert!((l.height / dpr - base.height).abs() <= 2.0, "{} vs {}", l.height / dpr, base.height);
        }
    }
}

#[test]
fn a_point_on_a_bar_hits_its_result() {
    let l = layout_results(&prodef(), Lang::En, 1000.0, Sizes::PAGE);
    let (rect, id) = &l.targets[2];
    assert_eq!(id, "legal_representation");
    assert_eq!(l.hit((rect.x0 + rect.x1) / 2.0, (rect.y0 + rect.y1) / 2.0), Some("legal_representation"));
    assert_eq!(l.hit(-5.0, -5.0), None);
}

#[test]
fn paints_to_svg_with_the_same_code_as_the_canvas() {
    let l = layout_results(&prodef(), Lang::En, 800.0, Sizes::PAGE);
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (l.width as u32, l.height as u32)).into_drawing_area();
        paint(&area, &l, &Theme::LIGHT).expect("paints");
        area.present().expect("presents");
    }
    // SVGBackend writes each text on its own line between the tags.
    let texts: Vec<&str> = svg.lines().map(str::trim).collect();
    assert!(texts.contains(&"24,906"), "figure drawn as text");
    assert!(texts.contains(&"More than 300"));
    // one rect for the background, six bars, five parts in bars, five part swatches
    assert_eq!(svg.matches("<rect").count(), 1 + 6 + 5 + 5, "{svg}");
}
