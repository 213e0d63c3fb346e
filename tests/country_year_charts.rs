//! The per-country and per-year charts: drawn only from published figures, small
//! counts protected, bars proportional, hit targets where the bars are.

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_path, Dataset, Shown};
use impact_atlas::render::countries::layout_countries;
use impact_atlas::render::years::layout_years;
use impact_atlas::render::{Layout, Mark, Paint, Sizes};
use std::path::Path;

fn dataset(name: &str) -> Dataset {
    parse_path(Path::new(&format!("data/datasets/{name}.json"))).dataset.expect("valid dataset")
}

fn bars(l: &Layout, paint: Paint) -> Vec<f64> {
    l.marks
        .iter()
        .filter_map(|m| match m {
            Mark::Rect { rect, paint: p, .. } if *p == paint => Some(rect.width()),
            _ => None,
        })
        .collect()
}

#[test]
fn prodef_publishes_no_per_country_or_per_year_chart() {
    let d = dataset("prodef");
    assert!(layout_countries(&d, Lang::En, None, 800.0, Sizes::PAGE).is_none());
    assert!(layout_years(&d, Lang::En, None, 800.0, Sizes::PAGE).is_none());
}

#[test]
fn countries_are_sorted_by_people_with_proportional_bars() {
    let d = dataset("demo");
    let l = layout_countries(&d, Lang::En, None, 1000.0, Sizes::PAGE).expect("demo has per-country figures");
    let order: Vec<&str> = l.targets.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(order.first(), Some(&"COL"), "largest first: {order:?}");
    assert_eq!(order.len(), 9);
    // People bars (after the legend swatch) are proportional to the published counts.
    let people: Vec<f64> = bars(&l, Paint::Bar).into_iter().skip(1).collect();
    let col = d.figures_for("COL").and_then(|f| f.people.value()).expect("COL people") as f64;
    let hti = d.figures_for("HTI").and_then(|f| f.people.value()).expect("HTI people") as f64;
    assert!((people[1] / people[0] - hti / col).abs() < 0.01, "{people:?}");
}

#[test]
fn counts_below_the_threshold_are_words_not_bars() {
    let d = dataset("demo");
    let l = layout_countries(&d, Lang::En, None, 1000.0, Sizes::PAGE).expect("chart");
    let texts: Vec<&str> = l.texts().collect();
    let cri = texts.iter().find(|t| t.starts_with("640 people")).expect("Costa Rica's line");
    assert!(cri.contains("fewer than 5 volunteers deployed"), "{cri}");
    assert!(!texts.iter().any(|t| t.contains(" 3 volunteers")), "{texts:?}");
}

#[test]
fn selecting_a_country_marks_its_row() {
    let d = dataset("demo");
    let plain = layout_countries(&d, Lang::En, None, 1000.0, Sizes::PAGE).expect("chart");
    let sel = layout_countries(&d, Lang::En, Some("HTI"), 1000.0, Sizes::PAGE).expect("chart");
    let bold = |l: &Layout| {
        l.marks.iter().filter(|m| matches!(m, Mark::Text { bold: true, text, .. } if text == "Haiti")).count()
    };
    assert_eq!((bold(&plain), bold(&sel)), (0, 1));
    let (rect, _) = sel.targets.iter().find(|(_, id)| id == "HTI").expect("target");
    assert_eq!(sel.hit((rect.x0 + rect.x1) / 2.0, (rect.y0 + rect.y1) / 2.0), Some("HTI"));
}

#[test]
fn years_chart_has_a_column_per_year_and_mutes_years_outside_the_range() {
    let d = dataset("demo");
    let all = layout_years(&d, Lang::En, None, 900.0, Sizes::PAGE).expect("demo has per-year figures");
    let years: Vec<&str> = all.targets.iter().map(|(_, y)| y.as_str()).collect();
    assert_eq!(&years[..6], ["2015", "2016", "2017", "2018", "2019", "2020"]);
    let some = layout_years(&d, Lang::En, Some((2017, 2018)), 900.0, Sizes::PAGE).expect("chart");
    // Two panels (volunteers, people) × 6 years; in range: 2 × 2 coloured columns.
    assert_eq!(bars(&all, Paint::Part(0)).len(), 12);
    assert_eq!(bars(&some, Paint::Part(0)).len(), 4);
    let (r, _) = &some.targets[2];
    assert_eq!(some.hit((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0), Some("2017"));
}

#[test]
fn a_long_country_list_shows_the_largest_twenty_and_points_to_the_table() {
    let mut d = dataset("demo");
    let template = d.by_country[0].clone();
    for i in 0..40 {
        let mut row = template.clone();
        row.iso3 = format!("Q{i:02}");
        row.people = Shown::Value(100 + i);
        d.by_country.push(row);
    }
    let l = layout_countries(&d, Lang::En, None, 800.0, Sizes::PAGE).expect("chart");
    assert_eq!(l.targets.len(), 20);
    assert!(l.texts().any(|t| t == "and 29 more countries, listed in the table under the map"));
}
