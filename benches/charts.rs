//! Building each chart's SVG from the bundled data. `cargo bench --bench charts`.

use criterion::{criterion_group, criterion_main, Criterion};
use renewal_explorer::core::chart::{charts_for, ChartSet};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::Lang;
use renewal_explorer::core::url_state::ViewState;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let all = ViewState::default();
    let one_city = ViewState { cities: vec![city("hebi")], ..Default::default() };
    let mut group = c.benchmark_group("charts");
    group.bench_function("charts view, all data", |b| {
        b.iter(|| charts_for(data(), black_box(&all), Lang::Zh, ChartSet::Overview))
    });
    group.bench_function("charts view, one city", |b| {
        b.iter(|| charts_for(data(), black_box(&one_city), Lang::Zh, ChartSet::Overview))
    });
    group.bench_function("compare view", |b| {
        b.iter(|| charts_for(data(), black_box(&all), Lang::En, ChartSet::Compare))
    });
    for chart in charts_for(data(), &all, Lang::Zh, ChartSet::Overview).iter().take(4) {
        let id = chart.id.clone();
        group.bench_function(format!("one chart: {id}"), |b| {
            b.iter(|| renewal_explorer::core::chart::chart_by_id(data(), black_box(&all), Lang::Zh, &id))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

/// A city of `data/cities.csv`.
fn city(id: &str) -> renewal_explorer::core::model::City {
    renewal_explorer::core::dataset::data().city(id).expect("a city of data/cities.csv")
}
