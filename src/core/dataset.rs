//! The bundled dataset. `build.rs` checks `data/*.csv` at compile time and writes it as one
//! string of all texts with each text's length, and arrays of enums and numbers: far smaller in
//! the wasm than thousands of separate strings and pointers. The rows are put back together
//! once, at first use, by cutting the string apart: no parsing, nothing to fail.

use super::model::{
    Approx, Category, City, CityInfo, Commitment, Figure, FigureKind, Project, Scope, Source, SourceKind, Status,
};
use std::sync::LazyLock;

// Also `VERSION`: the day the dataset was built and a hash of its contents ("2026-12-07+1a2b3c4d").
include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The whole dataset, by table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dataset {
    /// In display order.
    pub cities: &'static [City],
    /// The cities' names as a sentence lists them (`model::name_list`), Chinese and English.
    pub city_names: (&'static str, &'static str),
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    pub projects: &'static [Project],
    pub commitments: &'static [Commitment],
}

/// The data compiled into this build.
pub static BUNDLED: LazyLock<Dataset> = LazyLock::new(assemble);

/// The bundled texts, one after another, cut apart by their byte lengths.
fn texts() -> impl Iterator<Item = &'static str> {
    let mut at = 0;
    TEXT_LEN.iter().map(move |&len| {
        let end = at + usize::from(len);
        // Lengths are byte lengths of whole strings written by build.rs, so `get` always succeeds.
        let text = TEXT.get(at..end).unwrap_or_default();
        at = end;
        text
    })
}

fn optional(text: &'static str) -> Option<&'static str> {
    (!text.is_empty()).then_some(text)
}

/// Builds the rows: numbers and enums from their arrays, texts read in the order `build.rs`
/// wrote them (identifiers; then the Chinese texts, then the English ones, each source's
/// figures and projects row by row).
fn assemble() -> Dataset {
    // Indices written by build.rs into its own table of cities.
    let city = |index: u8| CITIES[usize::from(index)];
    let mut texts = texts();
    let mut next = move || texts.next().unwrap_or_default();

    let mut sources: Vec<Source> = (0..SOURCE_COUNT)
        .map(|i| Source {
            id: next(),
            published: next(),
            file: next(),
            city: city(S_CITY[i]),
            kind: S_KIND[i],
            title_zh: "",
            title_en: "",
            publisher_zh: "",
            publisher_en: "",
        })
        .collect();
    let source_ids: Vec<&'static str> = sources.iter().map(|s| s.id).collect();
    let source_id = |index: u8| source_ids.get(usize::from(index)).copied().unwrap_or_default();
    let mut figures: Vec<Figure> = (0..FIGURE_COUNT)
        .map(|i| Figure {
            id: next(),
            metric_key: optional(next()),
            value_text: next(),
            baseline_text: optional(next()),
            project_id: optional(next()),
            city: city(F_CITY[i]),
            category: F_CATEGORY[i],
            value: F_VALUE[i],
            kind: F_KIND[i],
            year: F_YEAR[i],
            scope: F_SCOPE[i],
            period_from: F_PERIOD_FROM[i],
            approx: F_APPROX[i],
            baseline_value: F_BASELINE[i],
            baseline_year: F_BASELINE_YEAR[i],
            source_id: source_id(F_SOURCE[i]),
            metric_zh: "",
            metric_en: "",
            unit_zh: "",
            unit_en: "",
            quote: "",
            note_zh: "",
            note_en: "",
        })
        .collect();
    let mut projects: Vec<Project> = (0..PROJECT_COUNT)
        .map(|i| Project {
            id: next(),
            city: city(P_CITY[i]),
            category: P_CATEGORY[i],
            status: P_STATUS[i],
            source_id: source_id(P_SOURCE[i]),
            name_zh: "",
            name_en: "",
            summary_zh: "",
            summary_en: "",
            quote: "",
            note_zh: "",
            note_en: "",
        })
        .collect();
    let mut commitments: Vec<Commitment> = (0..COMMITMENT_COUNT)
        .map(|i| Commitment {
            id: next(),
            deadline: next(),
            project_id: optional(next()),
            city: city(C_CITY[i]),
            category: C_CATEGORY[i],
            source_id: source_id(C_SOURCE[i]),
            text_zh: "",
            text_en: "",
            quote: "",
        })
        .collect();

    for s in &mut sources {
        (s.title_zh, s.publisher_zh) = (next(), next());
    }
    for &source in &source_ids {
        for f in figures.iter_mut().filter(|f| f.source_id == source) {
            (f.metric_zh, f.unit_zh, f.quote, f.note_zh) = (next(), next(), next(), next());
        }
        for p in projects.iter_mut().filter(|p| p.source_id == source) {
            (p.name_zh, p.quote, p.summary_zh, p.note_zh) = (next(), next(), next(), next());
        }
        for c in commitments.iter_mut().filter(|c| c.source_id == source) {
            (c.text_zh, c.quote) = (next(), next());
        }
    }
    for s in &mut sources {
        (s.title_en, s.publisher_en) = (next(), next());
    }
    for &source in &source_ids {
        for f in figures.iter_mut().filter(|f| f.source_id == source) {
            (f.metric_en, f.unit_en, f.note_en) = (next(), next(), next());
        }
        for p in projects.iter_mut().filter(|p| p.source_id == source) {
            (p.name_en, p.summary_en, p.note_en) = (next(), next(), next());
        }
        for c in commitments.iter_mut().filter(|c| c.source_id == source) {
            c.text_en = next();
        }
    }
    Dataset {
        cities: &CITIES,
        city_names: CITY_NAMES,
        sources: sources.leak(),
        figures: figures.leak(),
        projects: projects.leak(),
        commitments: commitments.leak(),
    }
}
impl Dataset {
    /// The city with this id (`data/cities.csv`).
    pub fn city(&self, id: &str) -> Option<City> {
        City::find(self.cities, id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn project(&self, id: &str) -> Option<&'static Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// Counts of (sources, projects, figures) about one city.
    pub fn city_counts(&self, city: City) -> (usize, usize, usize) {
        (
            self.sources.iter().filter(|s| s.city == city).count(),
            self.projects.iter().filter(|p| p.city == city).count(),
            self.figures.iter().filter(|f| f.city == city).count(),
        )
    }
}
