//! Drawing: laying out the results, per-country and per-year charts and the map, and
//! painting those display lists to SVG with plotters' SVGBackend (the same
//! `render::paint` the page runs on its canvas backend).

mod common;

use common::{prodef, quick, synthetic, world};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use impact_atlas::core::Lang;
use impact_atlas::model::{Dataset, Metric};
use impact_atlas::render::countries::layout_countries;
use impact_atlas::render::map::{layout_map, map_height, map_values, programme_codes, Extent, MapInput};
use impact_atlas::render::years::layout_years;
use impact_atlas::render::{layout_results, paint, Layout, Sizes, Theme};
use plotters::prelude::*;
use std::hint::black_box;

const WIDTH: f64 = 800.0;

fn svg(layout: &Layout) -> usize {
    let mut out = String::new();
    {
        let size = (layout.width.ceil() as u32, layout.height.ceil() as u32);
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        paint(&area, layout, &Theme::LIGHT).expect("paints");
        area.present().expect("presents");
    }
    out.len()
}

fn layouts(d: &Dataset, w: &impact_atlas::geo::World) -> Vec<(&'static str, Layout)> {
    let s = Sizes::PAGE;
    let mut out = vec![("results", layout_results(d, Lang::En, WIDTH, s))];
    if let Some(l) = layout_countries(d, Lang::En, None, WIDTH, s) {
        out.push(("countries", l));
    }
    if let Some(l) = layout_years(d, Lang::En, None, WIDTH, s) {
        out.push(("years", l));
    }
    let programme = programme_codes(d);
    let values = map_values(d, Metric::Volunteers);
    let height = map_height(w, &programme, Extent::Programme, WIDTH, 1.0);
    let input = MapInput {
        programme: &programme,
        values: values.as_deref(),
        selected: None,
        extent: Extent::Programme,
        width: WIDTH,
        height,
        dpr: 1.0,
    };
    out.push(("map", layout_map(w, &input).layout));
    out
}

fn bench_paint(c: &mut Criterion) {
    let w = world();
    let sets = [("prodef", prodef().dataset()), ("synthetic-250x30", synthetic(250, 30).dataset())];

    let mut g = c.benchmark_group("layout");
    for (id, d) in &sets {
        g.bench_with_input(BenchmarkId::new("results", id), d, |b, d| {
            b.iter(|| layout_results(black_box(d), Lang::En, WIDTH, Sizes::PAGE))
        });
        if !d.by_country.is_empty() {
            g.bench_with_input(BenchmarkId::new("countries", id), d, |b, d| {
                b.iter(|| layout_countries(black_box(d), Lang::En, None, WIDTH, Sizes::PAGE))
            });
            g.bench_with_input(BenchmarkId::new("years", id), d, |b, d| {
                b.iter(|| layout_years(black_box(d), Lang::En, None, WIDTH, Sizes::PAGE))
            });
        }
    }
    g.finish();

    let mut g = c.benchmark_group("paint_svg");
    for (id, d) in &sets {
        for (chart, layout) in layouts(d, &w) {
            g.bench_with_input(BenchmarkId::new(chart, id), &layout, |b, l| b.iter(|| svg(black_box(l))));
        }
    }
    g.finish();
}

criterion_group! { name = benches; config = quick(); targets = bench_paint }
criterion_main!(benches);
