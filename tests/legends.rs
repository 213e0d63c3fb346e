//! Every legend is read from the scale that draws its marks: the map's colour
//! classes and hatched classes, and the keys of the results and per-country charts.
//! Each test takes the marks as drawn and checks the legend describes exactly their
//! looks, so a legend worked out apart from its marks would fail here.

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_path, Shown};
use impact_atlas::render::countries::layout_countries;
use impact_atlas::render::map::{Legend, MapView};
use impact_atlas::render::{layout_results, Layout, Mark, Paint, Rect, Sizes};
use std::collections::BTreeSet;
use std::path::Path;

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, world};

const PRODEF: [&str; 9] = ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN"];

/// A programme country's fill and hatching as painted: the filled mark with its
/// shape's rings.
fn painted(v: &MapView, iso3: &str) -> Option<(Paint, Option<Paint>)> {
    let shape = v.shapes.shape(iso3)?;
    v.layout.marks.iter().find_map(|m| match m {
        Mark::Poly { rings, fill: Some(fill), hatch, .. } if *rings == shape.rings => {
            Some((*fill, hatch.map(|h| h.paint)))
        }
        _ => None,
    })
}

/// Checks `legend` against the marks of `v`, laid out from `values`.
fn check_map(case: &str, v: &MapView, values: &[(String, Shown)]) {
    let legend: &Legend = v.legend.as_ref().unwrap_or_else(|| panic!("{case}: a legend"));
    let shown = |c: &str| values.iter().find(|(k, _)| k == c).map_or(Shown::NotPublished, |(_, s)| *s);
    let (mut protected, mut not_published, mut colours) = (false, false, BTreeSet::new());
    for c in PRODEF {
        let Some((fill, hatch)) = painted(v, c) else { continue };
        match shown(c) {
            Shown::Value(n) => {
                let holding: Vec<_> = legend.classes.iter().filter(|k| k.lo <= n && n <= k.hi).collect();
                assert_eq!(holding.len(), 1, "{case}: {c} ({n}) is in one legend class: {legend:?}");
                assert_eq!(holding[0].paint, fill, "{case}: {c} ({n}) has its class's colour");
                assert_eq!(hatch, None, "{case}: {c}, a count, is not hatched");
                colours.insert(format!("{fill:?}"));
            }
            Shown::FewerThan(t) => {
                assert_eq!((fill, hatch), (Paint::Protected, Some(Paint::ProtectedHatch)), "{case}: {c}");
                assert_eq!(legend.fewer_than, Some(t), "{case}: {c} is in the legend's 'fewer than {t}'");
                protected = true;
            }
            Shown::NotPublished => {
                assert_eq!(
                    (fill, hatch),
                    (Paint::NotPublished, Some(Paint::NotPublishedHatch)),
                    "{case}: {c}"
                );
                not_published = true;
            }
        }
    }
    // No hatched class in the legend that no country is drawn in, and none missing.
    assert_eq!(legend.fewer_than.is_some(), protected, "{case}: {legend:?}");
    assert_eq!(legend.not_published, not_published, "{case}: {legend:?}");
    // The colour classes are one scale: distinct colours, adjacent bounds from the
    // threshold up, the top one holding the largest count drawn.
    let paints: BTreeSet<String> = legend.classes.iter().map(|k| format!("{:?}", k.paint)).collect();
    assert_eq!(paints.len(), legend.classes.len(), "{case}: one colour per class");
    assert!(colours.is_subset(&paints), "{case}: {colours:?} all in the legend");
    for pair in legend.classes.windows(2) {
        assert_eq!(pair[0].hi + 1, pair[1].lo, "{case}: classes meet: {legend:?}");
    }
    let floor =
        values.iter().filter_map(|(_, s)| if let Shown::FewerThan(t) = s { Some(*t) } else { None }).max();
    if let (Some(t), Some(first)) = (floor, legend.classes.first()) {
        assert!(first.lo >= t, "{case}: classes start at the threshold {t}: {legend:?}");
    }
    if let Some(max) = values.iter().filter_map(|(_, s)| s.value()).max() {
        let top = legend.classes.last().unwrap_or_else(|| panic!("{case}: a colour class"));
        assert!(top.lo <= max && max <= top.hi, "{case}: the top class holds {max}: {legend:?}");
    } else {
        assert!(legend.classes.is_empty(), "{case}: no count, no colour class: {legend:?}");
    }
}

#[test]
fn the_maps_legend_lists_the_classes_its_countries_are_drawn_in() {
    let w = world();
    let prog: Vec<String> = PRODEF.iter().map(|s| s.to_string()).collect();
    let all = |s: Shown| -> Vec<(String, Shown)> { prog.iter().map(|c| (c.clone(), s)).collect() };
    let with = |mut base: Vec<(String, Shown)>, set: &[(usize, Shown)]| {
        for (i, s) in set {
            base[*i].1 = *s;
        }
        base
    };
    let cases: Vec<(&str, Vec<(String, Shown)>)> = vec![
        (
            "counts, a zero and gaps",
            vec![
                ("COL".into(), Shown::Value(1200)),
                ("PER".into(), Shown::Value(0)),
                ("HTI".into(), Shown::Value(450)),
                ("MAR".into(), Shown::Value(3000)),
                ("TUN".into(), Shown::NotPublished),
            ],
        ),
        ("one large count", vec![("COL".into(), Shown::Value(24_906))]),
        ("every count protected", all(Shown::FewerThan(5))),
        (
            "protected with counts above the threshold",
            with(
                all(Shown::FewerThan(5)),
                &[(0, Shown::Value(12)), (4, Shown::Value(7)), (8, Shown::NotPublished)],
            ),
        ),
        (
            "every count published",
            prog.iter().enumerate().map(|(i, c)| (c.clone(), Shown::Value(10 + 97 * i as u64))).collect(),
        ),
    ];
    for (case, values) in &cases {
        let v = programme_map(&w, &prog, Some(values), None, 1280.0, 1.0);
        check_map(case, &v, values);
    }
}

/// Rects in `l` above its first target (the key), and inside a target (the bars),
/// as (paint, hatched).
fn key_and_bars(l: &Layout) -> (BTreeSet<String>, BTreeSet<String>) {
    let top = l.targets.iter().map(|(r, _)| r.y0).fold(f64::INFINITY, f64::min);
    let inside = |r: &Rect| l.targets.iter().any(|(t, _)| r.y0 >= t.y0 && r.y1 <= t.y1 + 0.01);
    let (mut key, mut bars) = (BTreeSet::new(), BTreeSet::new());
    for m in &l.marks {
        if let Mark::Rect { rect, paint, hatched } = m {
            let look = format!("{paint:?} hatched={hatched}");
            if rect.y1 <= top {
                key.insert(look);
            } else if inside(rect) && *paint != Paint::Text {
                bars.insert(look);
            }
        }
    }
    (key, bars)
}

#[test]
fn the_chart_keys_show_the_looks_their_bars_are_drawn_in() {
    let demo = parse_path(Path::new("data/datasets/demo.json")).dataset.expect("valid dataset");
    let prodef = parse_path(Path::new("data/datasets/prodef.json")).dataset.expect("valid dataset");
    for lang in [Lang::En, Lang::Fr] {
        let l = layout_countries(&demo, lang, Some("COL"), 1000.0, Sizes::PAGE).expect("per-country chart");
        let (key, bars) = key_and_bars(&l);
        assert_eq!(key.len(), 3, "{key:?}");
        assert_eq!(key, bars, "per-country chart");
        let l = layout_results(&prodef, lang, 1000.0, Sizes::PAGE);
        let (key, bars) = key_and_bars(&l);
        assert_eq!(key.len(), 3, "{key:?}");
        assert_eq!(key, bars, "results chart");
    }
}

/// A colour class holding a single value is labelled with that value: the legend
/// said "1–1" where the figures were small enough for classes one count wide.
#[test]
fn a_class_of_one_value_is_labelled_with_that_value() {
    let w = world();
    let prog: Vec<String> = PRODEF.iter().map(|s| s.to_string()).collect();
    let values: Vec<(String, Shown)> =
        [("COL", 1), ("PER", 2), ("HTI", 4)].iter().map(|(c, n)| (c.to_string(), Shown::Value(*n))).collect();
    let v = programme_map(&w, &prog, Some(&values), None, 1280.0, 1.0);
    let legend = v.legend.as_ref().expect("a legend");
    assert!(legend.classes.iter().any(|c| c.lo == c.hi), "a class of one value here: {:?}", legend.classes);
    for c in &legend.classes {
        let label = c.label(Lang::En);
        if c.lo == c.hi {
            assert_eq!(label, c.lo.to_string());
        } else {
            assert_eq!(label, format!("{}–{}", c.lo, c.hi));
        }
    }
    check_map("one value per class", &v, &values);
}
