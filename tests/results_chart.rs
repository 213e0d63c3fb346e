//! The results chart shows the published figures, fits its width, and its bars
//! are proportional within a unit.

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_dataset, Dataset};
use impact_atlas::render::results::widest_text;
use impact_atlas::render::{layout_results, paint, Layout, Mark, Paint, Rect, Sizes, Theme};
use plotters::prelude::*;

fn prodef() -> Dataset {
    parse_dataset("prodef.json", include_str!("../data/datasets/prodef.json")).dataset.expect("valid dataset")
}

/// The whole-result bars (the legend's swatch of the same colour is smaller).
fn bar_rects(l: &Layout, bar_px: f64) -> Vec<Rect> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { rect, paint: Paint::Bar, .. } if (rect.y1 - rect.y0 - bar_px).abs() < 0.01 => {
                Some(*rect)
            }
            _ => None,
        })
        .collect()
}

fn bars(l: &Layout) -> Vec<f64> {
    bar_rects(l, Sizes::PAGE.bar_px).iter().map(Rect::width).collect()
}

/// Part bars and the legend's part swatches: rectangles painted in a part colour.
fn part_rects(l: &Layout) -> Vec<(usize, Rect)> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { rect, paint: Paint::Part(i), .. } => Some((*i, *rect)),
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
    // one rect for the background, three legend swatches, six bars, five part bars,
    // five part swatches
    assert_eq!(svg.matches("<rect").count(), 1 + 3 + 6 + 5 + 5, "{svg}");
}

#[test]
fn every_part_bar_starts_at_zero_on_its_results_scale_below_the_whole() {
    let d = prodef();
    for (css, dpr) in [(320.0, 1.0), (800.0, 2.0), (1200.0, 1.0)] {
        let s = Sizes::PAGE.scaled(dpr);
        let l = layout_results(&d, Lang::En, css * dpr, s);
        let wholes = bar_rects(&l, s.bar_px);
        let zero = wholes[0].x0;
        let people_max = wholes[0].width() / 24906.0;
        // The part bars are as long as their figure on the whole bars' scale: the
        // people results' parts, in dataset order.
        let figures = [4128.0, 17221.0, 5194.0, 2126.0, 858.0];
        let parts: Vec<Rect> = part_rects(&l)
            .into_iter()
            .map(|(_, r)| r)
            .filter(|r| (r.y1 - r.y0 - s.bar_px * 0.55).abs() < 0.01)
            .collect();
        assert_eq!(parts.len(), figures.len(), "one bar per part at {css}px");
        for (r, f) in parts.iter().zip(figures) {
            assert!((r.x0 - zero).abs() < 1e-9, "part bar starts at {} not at zero {zero}", r.x0);
            assert!((r.width() - f * people_max).abs() < 0.5, "part {f} is {} px", r.width());
            // Below its whole, never inside or beside it.
            let whole = wholes.iter().rfind(|w| w.y1 <= r.y0).expect("a whole above");
            assert!(r.y0 >= whole.y1 && r.width() <= whole.width() + 1e-9);
        }
        // 4,128 women and 17,221 children are not laid end to end: they overlap in x.
        assert!(parts[1].x0 < parts[0].x1);
    }
}

#[test]
fn a_legend_says_how_to_read_the_parts_in_each_language() {
    for (lang, words) in [(Lang::En, "each from zero"), (Lang::Fr, "depuis zéro"), (Lang::Es, "desde cero")]
    {
        let l = layout_results(&prodef(), lang, 1200.0, Sizes::PAGE);
        let text: String = l.texts().collect::<Vec<_>>().join(" ");
        assert!(text.contains(words), "{lang:?}: {text}");
    }
}
