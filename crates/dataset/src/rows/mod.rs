//! Reads and checks the CSV tables (SPEC §1) into owned rows, collecting every problem as
//! `file:line:column: reason`. `build.rs` runs this at compile time, so a bad row fails the build;
//! the native tests run it on broken inputs. The `csv` crate reads each file into rows derived
//! with serde, every field as text; each field is then checked here. Native only: the wasm gets
//! the checked data as static tables from build.rs, never a CSV reader.
//!
//! `table` reads a file and locates each row, `fields` checks one field, `read` one row of each
//! table, and `links` the tables against each other and the documents.

mod error;
mod fields;
mod links;
mod read;
mod table;
mod translations;

pub use crate::numerals::is_plain_decimal;
pub use error::LoadError;
pub use links::{
    held_text_file, held_texts_not_in_documents, quotes_not_in_held_texts, GAP, HELD_DIR, RESERVED_CITY_IDS,
};
pub use read::is_date;
pub use translations::{read_translations, TRANSLATIONS_FILE};

use crate::model::{Approx, Category, FigureKind, Held, Scope, SourceKind, Status};
// Reached by the child modules as `super::…`.
use crate::{numerals, palette};

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

/// Reads all the tables and returns them, or every problem found (not just the first).
/// Which rules `load_with` applies beyond a row's own fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checks {
    /// Every two cities' colours told apart (`palette`). Only a benchmark's made-up province
    /// goes without: at most about 13 colours can meet the rule together, so 18 cities cannot.
    pub colours_apart: bool,
}

impl Checks {
    pub const ALL: Checks = Checks { colours_apart: true };

    /// What the build applies: everything, unless `RENEWAL_FIXTURE` says the data is a
    /// benchmark's made-up province (`examples/province.rs`).
    pub fn for_build() -> Checks {
        Checks { colours_apart: std::env::var_os(FIXTURE_VAR).is_none() }
    }
}

/// Set, with `RENEWAL_DATA_DIR`, for a benchmark's made-up province (see `Checks`).
pub const FIXTURE_VAR: &str = "RENEWAL_FIXTURE";

/// The environment variable that points the build at another data folder (a benchmark's
/// generated province; never what `dist/` is built from): its files stand for those of `data/`.
pub const DATA_DIR_VAR: &str = "RENEWAL_DATA_DIR";

/// Where a file of `data/` is read from: in the folder `RENEWAL_DATA_DIR` names, when it is set.
pub fn located(file: &str) -> std::path::PathBuf {
    located_in(std::env::var_os(DATA_DIR_VAR).as_deref(), file)
}

/// `located`, with the data folder given (`None`: `data/` itself).
pub fn located_in(data_dir: Option<&std::ffi::OsStr>, file: &str) -> std::path::PathBuf {
    match (data_dir, file.strip_prefix("data/")) {
        (Some(dir), Some(rest)) => std::path::Path::new(dir).join(rest),
        _ => file.into(),
    }
}

/// Every table, with every check.
pub fn load(texts: &CsvTexts<'_>) -> Result<Tables, Vec<LoadError>> {
    load_with(texts, Checks::ALL)
}

pub fn load_with(texts: &CsvTexts<'_>, checks: Checks) -> Result<Tables, Vec<LoadError>> {
    let mut errors = Vec::new();
    let mut cities = table::read_table(CITIES_FILE, texts.cities, CITY_COLUMNS, &mut errors, read::read_city);
    cities.sort_by_key(|c| c.order);
    let tables = Tables {
        cities,
        sources: table::read_table(SOURCES_FILE, texts.sources, SOURCE_COLUMNS, &mut errors, read::read_source),
        figures: table::read_table(FIGURES_FILE, texts.figures, FIGURE_COLUMNS, &mut errors, read::read_figure),
        projects: table::read_table(PROJECTS_FILE, texts.projects, PROJECT_COLUMNS, &mut errors, read::read_project),
        commitments: table::read_table(
            COMMITMENTS_FILE,
            texts.commitments,
            COMMITMENT_COLUMNS,
            &mut errors,
            read::read_commitment,
        ),
    };
    links::check_links(&tables, checks, &mut errors);
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}
