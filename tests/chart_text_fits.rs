//! Chart text stays inside the chart at phone widths and with a large default
//! font (WCAG 1.4.4 and 1.4.10): every label wraps instead of running off the canvas.

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_path, Dataset};
use impact_atlas::render::countries::layout_countries;
use impact_atlas::render::results::widest_text;
use impact_atlas::render::years::layout_years;
use impact_atlas::render::{layout_results, Layout, Sizes};
use std::path::Path;

fn dataset(name: &str) -> Dataset {
    parse_path(Path::new(&format!("data/datasets/{name}.json"))).dataset.expect("valid dataset")
}

fn check(what: &str, l: &Layout, width: f64, scale: f64) {
    let right = widest_text(l);
    if right > width {
        for m in &l.marks {
            if let impact_atlas::render::Mark::Text { x, text, px, bold, .. } = m {
                let w = impact_atlas::render::text_fit::text_width(text, *px, *bold);
                if x + w > width {
                    eprintln!("too wide: {text:?} ({:.0} px)", x + w);
                }
            }
        }
    }
    assert!(
        right <= width,
        "{what}: text reaches {right:.0} px in a chart {width:.0} px wide (font ×{scale})"
    );
}

#[test]
fn chart_text_fits_at_320_px_and_at_double_font_size() {
    for name in ["prodef", "demo"] {
        let d = dataset(name);
        for lang in Lang::ALL {
            // 320 px phone minus page and card padding; 640 px (1280 at 200 % zoom).
            for width in [256.0, 576.0] {
                for scale in [1.0, 2.0] {
                    let s = Sizes::PAGE.scaled(scale);
                    let tag = format!("{name} {lang:?} {width}");
                    check(&format!("results {tag}"), &layout_results(&d, lang, width, s), width, scale);
                    if let Some(l) = layout_countries(&d, lang, Some("COL"), width, s) {
                        check(&format!("countries {tag}"), &l, width, scale);
                    }
                    if let Some(l) = layout_years(&d, lang, None, width, s) {
                        check(&format!("years {tag}"), &l, width, scale);
                    }
                }
            }
        }
    }
}
