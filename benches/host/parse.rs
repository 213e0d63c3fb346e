//! Reading and validating datasets (`model::parse_with_tables`): the shipped PRODEF
//! and demo datasets and synthetic ones of 10, 50 and 250 (234) countries over 30
//! years, as the page does on every load.

mod common;

use common::{demo, prodef, quick, synthetic, Files};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use impact_atlas::model::{parse_with_tables, referenced_files};
use std::hint::black_box;

fn bench_parse(c: &mut Criterion) {
    let mut sets: Vec<Files> = vec![prodef(), demo()];
    for n in [10, 50, 250] {
        sets.push(synthetic(n, 30));
    }
    let mut g = c.benchmark_group("parse_with_tables");
    for f in &sets {
        f.dataset(); // valid, or the benchmark stops here
        let bytes = f.json.len() + f.tables.iter().map(|(_, t)| t.len()).sum::<usize>();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::from_parameter(&f.id), f, |b, f| {
            b.iter(|| parse_with_tables(black_box("dataset.json"), black_box(&f.json), black_box(&f.tables)))
        });
    }
    g.finish();

    let big = sets.last().expect("the largest set");
    c.bench_function("referenced_files/synthetic-250x30", |b| {
        b.iter(|| referenced_files(black_box(&big.json)))
    });
}

criterion_group! { name = benches; config = quick(); targets = bench_parse }
criterion_main!(benches);
