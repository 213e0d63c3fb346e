//! The map on the host: decoding the world geometry, projecting and laying out the
//! map (`render::map::layout_map`, which projects every country with Equal Earth and
//! places touch targets) for the default page and for every country of the world,
//! and pixel → country hit-testing (`MapView::hit`), which every pointer move runs.

mod common;

use common::{prodef, quick, synthetic, world, WORLD_BIN};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use impact_atlas::geo::{decode_world, find_label_point, fit, project_world, Bounds, World};
use impact_atlas::model::{Metric, Shown};
use impact_atlas::render::map::{
    layout_map, map_height, map_values, programme_codes, Extent, MapInput, MapView,
};
use std::hint::black_box;

/// The page's desktop frame: 1280 CSS px wide main column → a map about 800 px wide.
const WIDTH: f64 = 800.0;

fn input<'a>(
    w: &World,
    programme: &'a [String],
    values: Option<&'a [(String, Shown)]>,
    extent: Extent,
    dpr: f64,
) -> MapInput<'a> {
    let width = WIDTH * dpr;
    let height = map_height(w, programme, extent, width, dpr);
    MapInput { programme, values, selected: None, extent, width, height, dpr }
}

fn bench_map(c: &mut Criterion) {
    c.bench_function("decode_world", |b| b.iter(|| decode_world("world.bin", black_box(WORLD_BIN))));

    let w = world();
    let prodef = prodef().dataset();
    let big = synthetic(250, 30).dataset();
    let cases = [
        ("prodef", programme_codes(&prodef), None),
        ("synthetic-250x30", programme_codes(&big), map_values(&big, Metric::Volunteers)),
    ];
    let mut g = c.benchmark_group("layout_map");
    for (id, programme, values) in &cases {
        for (extent, ename) in [(Extent::Programme, "programme"), (Extent::World, "world")] {
            for dpr in [1.0, 2.0] {
                let inp = input(&w, programme, values.as_deref(), extent, dpr);
                g.bench_with_input(
                    BenchmarkId::new(format!("{id}/{ename}"), format!("dpr{dpr}")),
                    &inp,
                    |b, inp| b.iter(|| layout_map(&w, black_box(inp))),
                );
            }
        }
    }
    g.finish();

    // Searching the label points (a pole of inaccessibility per country), which the
    // world file now carries because doing it for every country at decode would
    // cost the page far more than decoding; and projecting the whole world, which
    // every layout does.
    let mut g = c.benchmark_group("map_parts");
    g.bench_function("find_label_point/every country", |b| {
        b.iter(|| w.countries.iter().filter_map(find_label_point).count())
    });
    let (width, height) = (WIDTH, map_height(&w, &[], Extent::World, WIDTH, 1.0));
    g.bench_function("project_world/world", |b| {
        b.iter(|| {
            let proj = fit(&w.bbox(), width, height, 8.0);
            project_world(&w, &proj, Bounds { x0: 0.0, y0: 0.0, x1: width, y1: height }, 0.5)
        })
    });
    g.finish();

    // Hit-testing: a 20 × 20 grid of points over the frame, as a pointer sweeping it.
    let mut g = c.benchmark_group("hit");
    for (id, programme, values) in &cases {
        let inp = input(&w, programme, values.as_deref(), Extent::World, 1.0);
        let view: MapView = layout_map(&w, &inp);
        let points: Vec<(f64, f64)> = (0..400)
            .map(|i| {
                (inp.width * ((i % 20) as f64 + 0.5) / 20.0, inp.height * ((i / 20) as f64 + 0.5) / 20.0)
            })
            .collect();
        g.throughput(Throughput::Elements(points.len() as u64));
        g.bench_with_input(BenchmarkId::new("world", id), &points, |b, pts| {
            b.iter(|| pts.iter().filter(|(x, y)| view.hit_programme(*x, *y).is_some()).count())
        });
    }
    g.finish();
}

criterion_group! { name = benches; config = quick(); targets = bench_map }
criterion_main!(benches);
