//! The tables' files, columns and rows as `load` hands them out, and the files' texts it reads.

use crate::model::{Approx, Category, FigureKind, Held, Scope, SourceKind, Status};

/// A city: one row of `cities.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct CityRow {
    pub line: usize,
    pub id: String,
    pub order: u16,
    pub name_zh: String,
    pub name_en: String,
    pub blurb_zh: String,
    pub blurb_en: String,
    pub colour: [u8; 3],
}

#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub title_zh: String,
    pub title_en: String,
    pub publisher_zh: String,
    pub publisher_en: String,
    pub published: String,
    pub kind: SourceKind,
    /// The document's file name in the full texts (`../shared/sources/`), where they are at hand.
    pub file: String,
    /// How much of the document `data/sources/<id>.txt` holds.
    pub held: Held,
    /// Where the original is published, when known.
    pub origin_url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub metric_key: String,
    pub metric_zh: String,
    pub metric_en: String,
    pub value: String,
    pub unit_zh: String,
    pub unit_en: String,
    pub kind: FigureKind,
    pub year: Option<u16>,
    pub scope: Scope,
    pub period_from: Option<u16>,
    pub approx: Option<Approx>,
    pub baseline_value: String,
    pub baseline_year: Option<u16>,
    pub project_id: String,
    pub source_id: String,
    pub quote: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProjectRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub name_zh: String,
    pub name_en: String,
    pub status: Status,
    pub summary_zh: String,
    pub summary_en: String,
    pub source_id: String,
    pub quote: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommitmentRow {
    pub line: usize,
    pub id: String,
    /// A city id of `cities.csv` (checked by `load`).
    pub city: String,
    pub category: Category,
    pub text_zh: String,
    pub text_en: String,
    pub deadline: String,
    pub project_id: String,
    pub source_id: String,
    pub quote: String,
}

/// The tables, checked one by one and against each other.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tables {
    /// In display order.
    pub cities: Vec<CityRow>,
    pub sources: Vec<SourceRow>,
    pub figures: Vec<FigureRow>,
    pub projects: Vec<ProjectRow>,
    pub commitments: Vec<CommitmentRow>,
}

pub const CITIES_FILE: &str = "data/cities.csv";
pub const SOURCES_FILE: &str = "data/sources.csv";
pub const FIGURES_FILE: &str = "data/figures.csv";
pub const PROJECTS_FILE: &str = "data/projects.csv";
pub const COMMITMENTS_FILE: &str = "data/commitments.csv";

pub const CITY_COLUMNS: &[&str] = &["id", "order", "name_zh", "name_en", "blurb_zh", "blurb_en", "colour"];
pub const SOURCE_COLUMNS: &[&str] = &[
    "id",
    "city",
    "title_zh",
    "title_en",
    "publisher_zh",
    "publisher_en",
    "published",
    "kind",
    "file",
    "held",
    "origin_url",
];
pub const FIGURE_COLUMNS: &[&str] = &[
    "id",
    "city",
    "category",
    "metric_key",
    "metric_zh",
    "metric_en",
    "value",
    "unit_zh",
    "unit_en",
    "kind",
    "year",
    "scope",
    "period_from",
    "approx",
    "baseline_value",
    "baseline_year",
    "project_id",
    "source_id",
    "quote",
    "note_zh",
    "note_en",
];
pub const PROJECT_COLUMNS: &[&str] = &[
    "id",
    "city",
    "category",
    "name_zh",
    "name_en",
    "status",
    "summary_zh",
    "summary_en",
    "source_id",
    "quote",
    "note_zh",
    "note_en",
];
pub const COMMITMENT_COLUMNS: &[&str] =
    &["id", "city", "category", "text_zh", "text_en", "deadline", "project_id", "source_id", "quote"];

/// The texts of the five files; `load` checks each and then the links between them.
pub struct CsvTexts<'a> {
    pub cities: &'a str,
    pub sources: &'a str,
    pub figures: &'a str,
    pub projects: &'a str,
    pub commitments: &'a str,
}

/// The five files' texts, owned: what the build, the publisher and the tests read from disk.
/// Reading goes through a function given by the caller, so the core never touches a file.
pub struct CsvFiles {
    cities: String,
    sources: String,
    figures: String,
    projects: String,
    commitments: String,
}

impl CsvFiles {
    /// Reads each table with `read`, given the file's path from the repository root
    /// (`data/figures.csv`); stops at the first file that cannot be read.
    pub fn read<E>(mut read: impl FnMut(&str) -> Result<String, E>) -> Result<CsvFiles, E> {
        Ok(CsvFiles {
            cities: read(CITIES_FILE)?,
            sources: read(SOURCES_FILE)?,
            figures: read(FIGURES_FILE)?,
            projects: read(PROJECTS_FILE)?,
            commitments: read(COMMITMENTS_FILE)?,
        })
    }

    /// Each file's path from the repository root, with its text (to publish them as they are).
    pub fn entries(&self) -> [(&'static str, &str); 5] {
        [
            (CITIES_FILE, &self.cities),
            (SOURCES_FILE, &self.sources),
            (FIGURES_FILE, &self.figures),
            (PROJECTS_FILE, &self.projects),
            (COMMITMENTS_FILE, &self.commitments),
        ]
    }

    pub fn texts(&self) -> CsvTexts<'_> {
        CsvTexts {
            cities: &self.cities,
            sources: &self.sources,
            figures: &self.figures,
            projects: &self.projects,
            commitments: &self.commitments,
        }
    }
}
