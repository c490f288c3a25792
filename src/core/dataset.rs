//! The bundled dataset. `build.rs` checks `data/*.csv` at compile time and writes it as typed
//! columns (one string per text column with each row's length, arrays of enums and numbers): far
//! smaller in the wasm than thousands of separate strings and pointers. The rows are put back
//! together once, at first use, by cutting the columns apart: no parsing, nothing to fail.

use super::model::{Approx, Category, City, Figure, FigureKind, Project, Source, SourceKind, Status};
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The whole dataset, by table.
#[derive(Debug, Clone, Copy)]
pub struct Dataset {
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
    pub projects: &'static [Project],
}

/// The data compiled into this build.
pub static BUNDLED: LazyLock<Dataset> = LazyLock::new(assemble);

/// The rows of a text column, in order.
fn rows(text: &'static str, lengths: &'static [u16]) -> impl Iterator<Item = &'static str> {
    let mut at = 0;
    lengths.iter().map(move |&len| {
        let end = at + usize::from(len);
        // Lengths are byte lengths of whole strings written by build.rs, so `get` always succeeds.
        let row = text.get(at..end).unwrap_or_default();
        at = end;
        row
    })
}

fn optional(text: &'static str) -> Option<&'static str> {
    (!text.is_empty()).then_some(text)
}

fn assemble() -> Dataset {
    let mut s_id = rows(S_ID, &S_ID_LEN);
    let mut s_title_zh = rows(S_TITLE_ZH, &S_TITLE_ZH_LEN);
    let mut s_title_en = rows(S_TITLE_EN, &S_TITLE_EN_LEN);
    let mut s_publisher_zh = rows(S_PUBLISHER_ZH, &S_PUBLISHER_ZH_LEN);
    let mut s_publisher_en = rows(S_PUBLISHER_EN, &S_PUBLISHER_EN_LEN);
    let mut s_published = rows(S_PUBLISHED, &S_PUBLISHED_LEN);
    let mut s_file = rows(S_FILE, &S_FILE_LEN);
    let sources: Vec<Source> = (0..SOURCE_COUNT)
        .map(|i| Source {
            id: s_id.next().unwrap_or_default(),
            city: S_CITY[i],
            title_zh: s_title_zh.next().unwrap_or_default(),
            title_en: s_title_en.next().unwrap_or_default(),
            publisher_zh: s_publisher_zh.next().unwrap_or_default(),
            publisher_en: s_publisher_en.next().unwrap_or_default(),
            published: s_published.next().unwrap_or_default(),
            kind: S_KIND[i],
            file: s_file.next().unwrap_or_default(),
        })
        .collect();
    let sources: &'static [Source] = sources.leak();
    let source_id = |index: u8| sources.get(usize::from(index)).map_or("", |s| s.id);

    let mut f_id = rows(F_ID, &F_ID_LEN);
    let mut f_key = rows(F_METRIC_KEY, &F_METRIC_KEY_LEN);
    let mut f_metric_zh = rows(F_METRIC_ZH, &F_METRIC_ZH_LEN);
    let mut f_metric_en = rows(F_METRIC_EN, &F_METRIC_EN_LEN);
    let mut f_value_text = rows(F_VALUE_TEXT, &F_VALUE_TEXT_LEN);
    let mut f_unit_zh = rows(F_UNIT_ZH, &F_UNIT_ZH_LEN);
    let mut f_unit_en = rows(F_UNIT_EN, &F_UNIT_EN_LEN);
    let mut f_baseline = rows(F_BASELINE_TEXT, &F_BASELINE_TEXT_LEN);
    let mut f_project = rows(F_PROJECT, &F_PROJECT_LEN);
    let mut f_quote = rows(F_QUOTE, &F_QUOTE_LEN);
    let figures: Vec<Figure> = (0..FIGURE_COUNT)
        .map(|i| Figure {
            id: f_id.next().unwrap_or_default(),
            city: F_CITY[i],
            category: F_CATEGORY[i],
            metric_key: f_key.next().and_then(optional),
            metric_zh: f_metric_zh.next().unwrap_or_default(),
            metric_en: f_metric_en.next().unwrap_or_default(),
            value_text: f_value_text.next().unwrap_or_default(),
            value: F_VALUE[i],
            unit_zh: f_unit_zh.next().unwrap_or_default(),
            unit_en: f_unit_en.next().unwrap_or_default(),
            kind: F_KIND[i],
            year: F_YEAR[i],
            approx: F_APPROX[i],
            baseline_text: f_baseline.next().and_then(optional),
            baseline_value: F_BASELINE[i],
            baseline_year: F_BASELINE_YEAR[i],
            project_id: f_project.next().and_then(optional),
            source_id: source_id(F_SOURCE[i]),
            quote: f_quote.next().unwrap_or_default(),
        })
        .collect();

    let mut p_id = rows(P_ID, &P_ID_LEN);
    let mut p_name_zh = rows(P_NAME_ZH, &P_NAME_ZH_LEN);
    let mut p_name_en = rows(P_NAME_EN, &P_NAME_EN_LEN);
    let mut p_summary_zh = rows(P_SUMMARY_ZH, &P_SUMMARY_ZH_LEN);
    let mut p_summary_en = rows(P_SUMMARY_EN, &P_SUMMARY_EN_LEN);
    let mut p_quote = rows(P_QUOTE, &P_QUOTE_LEN);
    let projects: Vec<Project> = (0..PROJECT_COUNT)
        .map(|i| Project {
            id: p_id.next().unwrap_or_default(),
            city: P_CITY[i],
            category: P_CATEGORY[i],
            name_zh: p_name_zh.next().unwrap_or_default(),
            name_en: p_name_en.next().unwrap_or_default(),
            status: P_STATUS[i],
            summary_zh: p_summary_zh.next().unwrap_or_default(),
            summary_en: p_summary_en.next().unwrap_or_default(),
            source_id: source_id(P_SOURCE[i]),
            quote: p_quote.next().unwrap_or_default(),
        })
        .collect();
    Dataset { sources, figures: figures.leak(), projects: projects.leak() }
}
impl Dataset {
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
