//! `dataset.json`: the checked tables as one JSON document, written by serde_json. The shape is a
//! published contract (README, "Open data"): ids as text, values as numbers beside the text they
//! were written as, empty optional fields as `null`.

use renewal_dataset::model::non_empty;
use renewal_dataset::rows::{CityRow, CommitmentRow, FigureRow, ProjectRow, SourceRow, Tables};
use serde::{Deserialize, Serialize};
use serde_json::Number;

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub cities: Vec<City>,
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    pub projects: Vec<Project>,
    pub commitments: Vec<Commitment>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct City {
    pub id: String,
    pub order: u16,
    pub name_zh: String,
    pub name_en: String,
    pub blurb_zh: String,
    pub blurb_en: String,
    /// `#rrggbb`.
    pub colour: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub city: String,
    pub title_zh: String,
    pub title_en: String,
    pub publisher_zh: String,
    pub publisher_en: String,
    pub published: String,
    pub kind: String,
    pub file: String,
    /// `whole` or `excerpts`: how much of the document `sources/<id>.txt` holds.
    pub held: String,
    /// Where the original is published, when known.
    pub origin_url: Option<String>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: String,
    pub city: String,
    pub category: String,
    pub metric_key: Option<String>,
    pub metric_zh: String,
    pub metric_en: String,
    pub value: Option<Number>,
    /// The value exactly as the dataset writes it (`18.70` keeps its trailing zero here).
    pub value_text: String,
    pub unit_zh: String,
    pub unit_en: String,
    pub kind: String,
    pub year: Option<u16>,
    pub scope: String,
    pub period_from: Option<u16>,
    pub approx: Option<String>,
    pub baseline_value: Option<Number>,
    pub baseline_year: Option<u16>,
    pub project_id: Option<String>,
    pub source_id: String,
    pub quote: String,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub city: String,
    pub category: String,
    pub name_zh: String,
    pub name_en: String,
    pub status: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub source_id: String,
    pub quote: String,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: String,
    pub city: String,
    pub category: String,
    pub text_zh: String,
    pub text_en: String,
    pub deadline: String,
    pub project_id: Option<String>,
    pub source_id: String,
    pub quote: String,
}

/// `None` for an empty field.
fn optional(s: &str) -> Option<String> {
    non_empty(s).map(String::from)
}

/// A checked decimal as a JSON number: an integer stays an integer (`600`, not `600.0`); `None`
/// for an empty field.
fn number(s: &str) -> Option<Number> {
    match s.parse::<i64>() {
        Ok(integer) => Some(integer.into()),
        Err(_) => s.parse::<f64>().ok().and_then(Number::from_f64),
    }
}

impl From<&CityRow> for City {
    fn from(c: &CityRow) -> City {
        let [r, g, b] = c.colour;
        City {
            id: c.id.clone(),
            order: c.order,
            name_zh: c.name_zh.clone(),
            name_en: c.name_en.clone(),
            blurb_zh: c.blurb_zh.clone(),
            blurb_en: c.blurb_en.clone(),
            colour: format!("#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

impl From<&SourceRow> for Source {
    fn from(s: &SourceRow) -> Source {
        Source {
            id: s.id.clone(),
            city: s.city.clone(),
            title_zh: s.title_zh.clone(),
            title_en: s.title_en.clone(),
            publisher_zh: s.publisher_zh.clone(),
            publisher_en: s.publisher_en.clone(),
            published: s.published.clone(),
            kind: s.kind.id().into(),
            file: s.file.clone(),
            held: s.held.id().into(),
            origin_url: optional(&s.origin_url),
        }
    }
}

impl From<&FigureRow> for Figure {
    fn from(f: &FigureRow) -> Figure {
        Figure {
            id: f.id.clone(),
            city: f.city.clone(),
            category: f.category.id().into(),
            metric_key: optional(&f.metric_key),
            metric_zh: f.metric_zh.clone(),
            metric_en: f.metric_en.clone(),
            value: number(&f.value),
            value_text: f.value.clone(),
            unit_zh: f.unit_zh.clone(),
            unit_en: f.unit_en.clone(),
            kind: f.kind.id().into(),
            year: f.year,
            scope: f.scope.id().into(),
            period_from: f.period_from,
            approx: f.approx.map(|a| a.id().into()),
            baseline_value: number(&f.baseline_value),
            baseline_year: f.baseline_year,
            project_id: optional(&f.project_id),
            source_id: f.source_id.clone(),
            quote: f.quote.clone(),
            note_zh: optional(&f.note_zh),
            note_en: optional(&f.note_en),
        }
    }
}

impl From<&ProjectRow> for Project {
    fn from(p: &ProjectRow) -> Project {
        Project {
            id: p.id.clone(),
            city: p.city.clone(),
            category: p.category.id().into(),
            name_zh: p.name_zh.clone(),
            name_en: p.name_en.clone(),
            status: p.status.id().into(),
            summary_zh: p.summary_zh.clone(),
            summary_en: p.summary_en.clone(),
            source_id: p.source_id.clone(),
            quote: p.quote.clone(),
            note_zh: optional(&p.note_zh),
            note_en: optional(&p.note_en),
        }
    }
}

impl From<&CommitmentRow> for Commitment {
    fn from(c: &CommitmentRow) -> Commitment {
        Commitment {
            id: c.id.clone(),
            city: c.city.clone(),
            category: c.category.id().into(),
            text_zh: c.text_zh.clone(),
            text_en: c.text_en.clone(),
            deadline: c.deadline.clone(),
            project_id: optional(&c.project_id),
            source_id: c.source_id.clone(),
            quote: c.quote.clone(),
        }
    }
}

impl From<&Tables> for Dataset {
    fn from(t: &Tables) -> Dataset {
        Dataset {
            cities: t.cities.iter().map(City::from).collect(),
            sources: t.sources.iter().map(Source::from).collect(),
            figures: t.figures.iter().map(Figure::from).collect(),
            projects: t.projects.iter().map(Project::from).collect(),
            commitments: t.commitments.iter().map(Commitment::from).collect(),
        }
    }
}

/// The whole dataset: `{"cities": [...], "sources": [...], "figures": [...], "projects": [...], "commitments": [...]}`.
pub fn dataset(t: &Tables) -> Result<String, serde_json::Error> {
    serde_json::to_string(&Dataset::from(t)).map(|json| json + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use renewal_dataset::rows::{load, CsvFiles};

    fn tables() -> Tables {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let files = CsvFiles::read(|file| std::fs::read_to_string(repo.join(file)).map_err(|e| format!("{file}: {e}")));
        load(&files.unwrap_or_else(|e| panic!("{e}")).texts()).expect("the dataset loads")
    }

    #[test]
    fn the_dataset_round_trips_through_its_json() {
        let tables = tables();
        let json = dataset(&tables).expect("serialises");
        let back: Dataset = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, Dataset::from(&tables));
        assert_eq!(back.figures.len(), tables.figures.len());
        assert_eq!(back.projects.len(), tables.projects.len());
        assert_eq!(back.commitments.len(), tables.commitments.len());
        assert_eq!(back.sources.len(), tables.sources.len());
        assert_eq!(back.cities.len(), tables.cities.len());
    }

    #[test]
    fn the_shape_stays_what_readers_of_the_open_data_rely_on() {
        let tables = tables();
        let value: serde_json::Value = serde_json::from_str(&dataset(&tables).expect("serialises")).expect("parses");
        let keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 5);
        for key in ["cities", "sources", "figures", "projects", "commitments"] {
            assert!(keys.contains(&key), "{key} in {keys:?}");
        }
        let cities = value["cities"].as_array().expect("cities");
        assert_eq!(cities.len(), tables.cities.len());
        for (row, city) in cities.iter().zip(&tables.cities) {
            assert_eq!(row["id"], city.id.as_str());
            assert_eq!(row["order"], city.order);
            let [r, g, b] = city.colour;
            assert_eq!(row["colour"], format!("#{r:02x}{g:02x}{b:02x}"), "colours are #rrggbb text");
        }
        for (row, figure) in value["figures"].as_array().expect("figures").iter().zip(&tables.figures) {
            let number = row["value"].as_f64().expect("the value is a JSON number");
            assert_eq!(Some(number), figure.value.parse::<f64>().ok(), "{}", figure.id);
            assert_eq!(row["value_text"], figure.value.as_str());
            assert_eq!(row["quote"], figure.quote.as_str());
            assert_eq!(row["note_zh"].is_null(), figure.note_zh.is_empty(), "empty fields are null: {}", figure.id);
        }
    }

    #[test]
    fn numbers_keep_their_value_and_integers_stay_integers() {
        let text = |s: &str| serde_json::to_string(&number(s)).expect("serialises");
        assert_eq!(text("600"), "600");
        assert_eq!(text("600.59"), "600.59");
        assert_eq!(text("18.70"), "18.7");
        assert_eq!(text("-3.5"), "-3.5");
        assert_eq!(text("07"), "7");
        assert_eq!(text(""), "null");
    }

    #[test]
    fn text_is_escaped() {
        let json = serde_json::to_string(&optional("a\"b\\c\nd\u{1}公")).expect("serialises");
        assert_eq!(json, "\"a\\\"b\\\\c\\nd\\u0001公\"");
    }
}
