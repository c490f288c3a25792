//! Synthetic figures and projects for scaling benchmarks: realistic text lengths and a spread of
//! cities, categories, kinds and years, generated deterministically.

use renewal_explorer::core::dataset::data;
use renewal_explorer::core::model::{Figure, Project};

/// `n` figures made by cycling the bundled ones with fresh ids and shifted values.
pub fn figures(n: usize) -> Vec<Figure> {
    (0..n)
        .map(|i| {
            let base = data().figures[i % data().figures.len()];
            let id: &'static str = Box::leak(format!("syn-f{i}").into_boxed_str());
            Figure { id, value: base.value + (i / data().figures.len()) as f64, ..base }
        })
        .collect()
}

/// `n` projects made by cycling the bundled ones with fresh ids.
pub fn projects(n: usize) -> Vec<Project> {
    (0..n)
        .map(|i| {
            let base = data().projects[i % data().projects.len()];
            let id: &'static str = Box::leak(format!("syn-p{i}").into_boxed_str());
            Project { id, ..base }
        })
        .collect()
}
