//! Filter + search + sort, over the bundled data and 10 000 / 100 000 synthetic records
//! (SPEC §4: bundled < 1 ms, 100 000 records < 10 ms). `cargo bench --bench filter`.

mod synthetic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use renewal_explorer::core::dataset::data;
use renewal_explorer::core::filter::{apply, figure_facets, project_facets, sort_figures};
use renewal_explorer::core::model::{Category, Figure, Lang, Project};
use renewal_explorer::core::url_state::{Sort, SortKey, ViewState};
use std::hint::black_box;

/// A typical resident's view: two cities, one category, a Chinese search, sorted by value.
fn typical() -> ViewState {
    ViewState {
        cities: vec![city("pingdingshan"), city("hebi")],
        categories: vec![Category::Greening],
        q: "公园".into(),
        sort: Some(Sort { key: SortKey::Value, descending: true }),
        ..Default::default()
    }
}

/// The same view searched in English, where search folds ASCII case.
fn typical_english() -> ViewState {
    ViewState { q: "Park".into(), ..typical() }
}

fn figures_pipeline(figures: &[Figure], state: &ViewState) -> usize {
    let mut rows = apply(figures, state);
    sort_figures(&mut rows, state.sort, Lang::Zh);
    rows.len() + figure_facets(data().cities, figures, state).cities.len()
}

fn projects_pipeline(projects: &[Project], state: &ViewState) -> usize {
    apply(projects, state).len() + project_facets(data().cities, projects, state).statuses.len()
}

fn bench(c: &mut Criterion) {
    let state = typical();
    let english = typical_english();
    let sort_only = ViewState { sort: Some(Sort { key: SortKey::Value, descending: false }), ..Default::default() };
    let mut group = c.benchmark_group("figures: filter + search + facets + sort");
    for n in [data().figures.len(), 10_000, 100_000] {
        let figures = if n == data().figures.len() { data().figures.to_vec() } else { synthetic::figures(n) };
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("typical", n), &figures, |b, f| {
            b.iter(|| figures_pipeline(f, black_box(&state)))
        });
        group.bench_with_input(BenchmarkId::new("typical, English word", n), &figures, |b, f| {
            b.iter(|| figures_pipeline(f, black_box(&english)))
        });
        group.bench_with_input(BenchmarkId::new("no filter, sort all", n), &figures, |b, f| {
            b.iter(|| figures_pipeline(f, black_box(&sort_only)))
        });
    }
    group.finish();
    let mut group = c.benchmark_group("projects: filter + search + facets");
    for n in [data().projects.len(), 10_000, 100_000] {
        let projects = if n == data().projects.len() { data().projects.to_vec() } else { synthetic::projects(n) };
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("typical", n), &projects, |b, p| {
            b.iter(|| projects_pipeline(p, black_box(&state)))
        });
        group.bench_with_input(BenchmarkId::new("typical, English word", n), &projects, |b, p| {
            b.iter(|| projects_pipeline(p, black_box(&english)))
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
