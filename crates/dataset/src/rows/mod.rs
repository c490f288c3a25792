//! Reads and checks the CSV tables (SPEC §1) into owned rows, collecting every problem as
//! `file:line:column: reason`. `build.rs` runs this at compile time, so a bad row fails the build;
//! the native tests run it on broken inputs. The `csv` crate reads each file into rows derived
//! with serde, every field as text; each field is then checked here. Native only: the wasm gets
//! the checked data as static tables from build.rs, never a CSV reader.
//!
//! `tables` says each table once (`definition`'s `table!`): its file, columns, row and JSON;
//! `table` reads a file and locates each row, `fields` checks one field, `rules` the fields of a
//! row together, and `links` the tables against each other and the documents. This file only puts them together (`load`), so nothing in `rows`
//! imports back up.

mod definition;
mod error;
mod fields;
mod json;
mod links;
mod rules;
mod table;
mod tables;
mod translations;

pub use crate::numerals::is_plain_decimal;
pub use error::LoadError;
pub use fields::is_date;
pub use links::{
    held_text_file, held_texts_not_in_documents, quotes_not_in_held_texts, GAP, HELD_DIR, RESERVED_CITY_IDS,
};
pub use links::{Checks, FIXTURE_VAR};
pub use tables::{
    CityRow, CommitmentRow, CsvFiles, CsvTexts, FigureRow, ProjectRow, SourceRow, Tables, CITIES_FILE, CITY_COLUMNS,
    COMMITMENTS_FILE, COMMITMENT_COLUMNS, FIGURES_FILE, FIGURE_COLUMNS, PROJECTS_FILE, PROJECT_COLUMNS, SOURCES_FILE,
    SOURCE_COLUMNS,
};
pub use translations::{read_translations, TRANSLATIONS_FILE};

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

/// Reads all the tables and returns them, or every problem found (not just the first), with
/// every check.
pub fn load(texts: &CsvTexts<'_>) -> Result<Tables, Vec<LoadError>> {
    load_with(texts, Checks::ALL)
}

pub fn load_with(texts: &CsvTexts<'_>, checks: Checks) -> Result<Tables, Vec<LoadError>> {
    let mut errors = Vec::new();
    let mut cities =
        table::read_table(CITIES_FILE, texts.cities, CITY_COLUMNS, &mut errors, CityRow::read_fields, rules::city);
    cities.sort_by_key(|c| c.order);
    let tables = Tables {
        cities,
        sources: table::read_table(
            SOURCES_FILE,
            texts.sources,
            SOURCE_COLUMNS,
            &mut errors,
            SourceRow::read_fields,
            rules::source,
        ),
        figures: table::read_table(
            FIGURES_FILE,
            texts.figures,
            FIGURE_COLUMNS,
            &mut errors,
            FigureRow::read_fields,
            rules::figure,
        ),
        projects: table::read_table(
            PROJECTS_FILE,
            texts.projects,
            PROJECT_COLUMNS,
            &mut errors,
            ProjectRow::read_fields,
            rules::project,
        ),
        commitments: table::read_table(
            COMMITMENTS_FILE,
            texts.commitments,
            COMMITMENT_COLUMNS,
            &mut errors,
            CommitmentRow::read_fields,
            rules::commitment,
        ),
    };
    links::check_links(&tables, checks, &mut errors);
    if errors.is_empty() {
        Ok(tables)
    } else {
        Err(errors)
    }
}
