//! A page of a chart (an embed of one long visual on a phone) shows just its rows,
//! in the chart's order, with the chart's own scale: a bar on page 2 is as long as
//! it is in the whole chart.

use impact_atlas::core::Lang;
use impact_atlas::model::{parse_path, Dataset};
use impact_atlas::render::countries::{layout_countries, layout_country_rows, row_of};
use impact_atlas::render::pages::split;
use impact_atlas::render::results::layout_result_rows;
use impact_atlas::render::{layout_results, Layout, Mark, Paint, Rect, Sizes};
use std::path::Path;

fn dataset(name: &str) -> Dataset {
    parse_path(Path::new(&format!("data/datasets/{name}.json"))).dataset.expect("valid dataset")
}

/// Each row's id and the width of its hit target (as wide as its bar).
fn rows(l: &Layout) -> Vec<(String, f64)> {
    l.targets.iter().map(|(r, id)| (id.clone(), Rect::width(r))).collect()
}

fn bold_texts(l: &Layout) -> Vec<String> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { text, bold: true, paint: Paint::Muted, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_page_of_results_shows_its_rows_at_the_whole_charts_scale() {
    let d = dataset("prodef");
    let whole = layout_results(&d, Lang::En, 600.0, Sizes::PAGE);
    let all = rows(&whole);
    assert_eq!(all.len(), d.results.len());
    for (from, to) in [(0, 1), (1, 3), (3, 5), (5, 6)] {
        let page = layout_result_rows(&d, Lang::En, Some((from, to)), 600.0, Sizes::PAGE);
        assert_eq!(rows(&page), all[from..to], "rows {from}..{to}");
        assert!(page.height < whole.height);
    }
    // A page that spans both units names both; a page of one unit names only it.
    let both = layout_result_rows(&d, Lang::En, Some((3, 5)), 600.0, Sizes::PAGE);
    assert_eq!(bold_texts(&both).len(), 2, "{:?}", bold_texts(&both));
    let other = layout_result_rows(&d, Lang::En, Some((4, 6)), 600.0, Sizes::PAGE);
    assert_eq!(bold_texts(&other), ["Other results, on a separate scale"]);
}

/// The widths of the whole bars (a row's hit target spans the chart's width, so
/// it cannot show the scale; the key's swatches are smaller than a bar).
fn bar_widths(l: &Layout) -> Vec<f64> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { rect, paint: Paint::Bar, .. }
                if (rect.y1 - rect.y0 - Sizes::PAGE.bar_px).abs() < 0.01 =>
            {
                Some(rect.width())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_page_of_countries_shows_its_rows_at_the_whole_charts_scale() {
    let d = dataset("demo");
    let whole = layout_countries(&d, Lang::Fr, None, 500.0, Sizes::PAGE).expect("chart");
    let all = rows(&whole);
    let page = layout_country_rows(&d, Lang::Fr, None, Some((3, 6)), 500.0, Sizes::PAGE).expect("chart");
    assert_eq!(rows(&page), all[3..6]);
    let bars = bar_widths(&whole);
    assert_eq!(bars.len(), all.len(), "one whole bar per row");
    assert_eq!(bar_widths(&page), bars[3..6], "the same scale as the whole chart");
}

#[test]
fn a_linked_country_is_found_at_its_row() {
    let d = dataset("demo");
    let whole = layout_countries(&d, Lang::En, None, 500.0, Sizes::PAGE).expect("chart");
    for (i, (_, iso3)) in whole.targets.iter().enumerate() {
        assert_eq!(row_of(&d, iso3), Some(i), "{iso3}");
    }
    assert_eq!(row_of(&d, "FRA"), None, "not a programme country");
}

#[test]
fn split_by_laid_out_height_puts_every_row_on_one_page_within_the_budget() {
    let d = dataset("prodef");
    let (w, s) = (320.0, Sizes::PAGE);
    let height =
        |r: std::ops::Range<usize>| layout_result_rows(&d, Lang::Fr, Some((r.start, r.end)), w, s).height;
    let budget = 400.0;
    let pages = split(d.results.len(), budget, height);
    assert!(pages.len() > 1);
    assert_eq!(pages.first().map(|p| p.start), Some(0));
    assert_eq!(pages.last().map(|p| p.end), Some(d.results.len()));
    for pair in pages.windows(2) {
        assert_eq!(pair[0].end, pair[1].start, "pages follow each other");
    }
    for p in &pages {
        assert!(p.len() == 1 || height(p.clone()) <= budget, "{p:?} is {} tall", height(p.clone()));
    }
}
