//! The tables, each said once (`table!`): its file, columns, rows and JSON; and the files' texts
//! `load` reads.

use super::definition::table;
use super::json;
use crate::model::{Approx, Category, FigureKind, Held, Scope, SourceKind, Status};

/// The tables as `load` hands them out, in `dataset.json`'s shape (`serde_json::to_string`).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
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

table! {
    /// A city: one row of `cities.csv`.
    CityRow from RawCity, CITY_COLUMNS {
        id: String = id,
        order: u16 = order,
        name_zh: String = required,
        name_en: String = required,
        blurb_zh: String = required,
        blurb_en: String = required,
        /// Its hue in charts, sRGB.
        #[serde(serialize_with = "json::hex_colour")]
        colour: [u8; 3] = colour,
    }
}

table! {
    /// A source document: one row of `sources.csv`.
    SourceRow from RawSource, SOURCE_COLUMNS {
        id: String = id,
        /// A city id of `cities.csv` (checked by `load`).
        city: String = id,
        title_zh: String = required,
        title_en: String = required,
        publisher_zh: String = required,
        publisher_en: String = required,
        published: String = date,
        #[serde(serialize_with = "json::id")]
        kind: SourceKind = choice,
        /// The document's file name in the full texts (`../shared/sources/`), where they are at hand.
        file: String = required,
        /// How much of the document `data/sources/<id>.txt` holds.
        #[serde(serialize_with = "json::id")]
        held: Held = choice,
        /// Where the original is published, when known.
        #[serde(serialize_with = "json::text_or_null")]
        origin_url: String = address,
    }
}

table! {
    /// A figure: one row of `figures.csv`.
    FigureRow from RawFigure, FIGURE_COLUMNS {
        id: String = id,
        /// A city id of `cities.csv` (checked by `load`).
        city: String = id,
        #[serde(serialize_with = "json::id")]
        category: Category = choice,
        #[serde(serialize_with = "json::text_or_null")]
        metric_key: String = key,
        metric_zh: String = required,
        metric_en: String = required,
        /// Exactly as written; `dataset.json` has it as a number too.
        #[serde(flatten, serialize_with = "json::number_and_text")]
        value: String = required_decimal,
        unit_zh: String = required,
        unit_en: String = required,
        #[serde(serialize_with = "json::id")]
        kind: FigureKind = choice,
        year: Option<u16> = year,
        #[serde(serialize_with = "json::id")]
        scope: Scope = choice,
        period_from: Option<u16> = year,
        #[serde(serialize_with = "json::optional_id")]
        approx: Option<Approx> = optional_choice,
        #[serde(serialize_with = "json::number")]
        baseline_value: String = decimal,
        baseline_year: Option<u16> = year,
        #[serde(serialize_with = "json::text_or_null")]
        project_id: String = text,
        source_id: String = required,
        quote: String = quote,
        #[serde(serialize_with = "json::text_or_null")]
        note_zh: String = text,
        #[serde(serialize_with = "json::text_or_null")]
        note_en: String = text,
    }
}

table! {
    /// A project: one row of `projects.csv`.
    ProjectRow from RawProject, PROJECT_COLUMNS {
        id: String = id,
        /// A city id of `cities.csv` (checked by `load`).
        city: String = id,
        #[serde(serialize_with = "json::id")]
        category: Category = choice,
        name_zh: String = required,
        name_en: String = required,
        #[serde(serialize_with = "json::id")]
        status: Status = choice,
        summary_zh: String = required,
        summary_en: String = required,
        source_id: String = required,
        quote: String = quote,
        #[serde(serialize_with = "json::text_or_null")]
        note_zh: String = text,
        #[serde(serialize_with = "json::text_or_null")]
        note_en: String = text,
    }
}

table! {
    /// A dated promise: one row of `commitments.csv`.
    CommitmentRow from RawCommitment, COMMITMENT_COLUMNS {
        id: String = id,
        /// A city id of `cities.csv` (checked by `load`).
        city: String = id,
        #[serde(serialize_with = "json::id")]
        category: Category = choice,
        text_zh: String = required,
        text_en: String = required,
        deadline: String = date,
        #[serde(serialize_with = "json::text_or_null")]
        project_id: String = text,
        source_id: String = required,
        quote: String = quote,
    }
}

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
