//! A `Dataset` from tables read at run time (native only), for tests on fixture data such as a
//! fifth city. The app uses the tables bundled by `build.rs` (`dataset::data`), read and
//! checked by the same loader (`rows`).

use super::dataset::Dataset;
use super::model::{name_list, non_empty, City, CityInfo, Commitment, Figure, Lang, Project, Source};
use super::numerals::decimal_value;
use super::rows::Tables;

/// A row that names a city the city table does not list. `rows::load` refuses such rows, so only
/// tables changed after loading can meet this.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{row}: city `{city}` is not in the city table")]
pub struct UnknownCity {
    pub row: String,
    pub city: String,
}

/// Text that lives as long as the program, as the bundled data's does.
fn keep(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn optional(text: &str) -> Option<&'static str> {
    non_empty(text).map(keep)
}

/// The dataset of checked tables (`rows::load`). Kept for the rest of the program (leaked), as
/// the bundled dataset is.
pub fn dataset(t: &Tables) -> Result<Dataset, UnknownCity> {
    let cities: Vec<City> = t
        .cities
        .iter()
        .map(|c| {
            City(Box::leak(Box::new(CityInfo {
                id: keep(&c.id),
                order: c.order,
                name_zh: keep(&c.name_zh),
                name_en: keep(&c.name_en),
                blurb_zh: keep(&c.blurb_zh),
                blurb_en: keep(&c.blurb_en),
                colour: c.colour,
            })))
        })
        .collect();
    let city = |row: &str, id: &str| {
        City::find(&cities, id).ok_or_else(|| UnknownCity { row: row.to_string(), city: id.to_string() })
    };
    let sources = t.sources.iter().map(|s| {
        Ok(Source {
            id: keep(&s.id),
            city: city(&s.id, &s.city)?,
            title_zh: keep(&s.title_zh),
            title_en: keep(&s.title_en),
            publisher_zh: keep(&s.publisher_zh),
            publisher_en: keep(&s.publisher_en),
            published: keep(&s.published),
            kind: s.kind,
        })
    });
    let figures = t.figures.iter().map(|f| {
        Ok(Figure {
            id: keep(&f.id),
            city: city(&f.id, &f.city)?,
            category: f.category,
            metric_key: optional(&f.metric_key),
            metric_zh: keep(&f.metric_zh),
            metric_en: keep(&f.metric_en),
            value_text: keep(&f.value),
            value: decimal_value(&f.value).unwrap_or_default(),
            unit_zh: keep(&f.unit_zh),
            unit_en: keep(&f.unit_en),
            kind: f.kind,
            year: f.year,
            scope: f.scope,
            period_from: f.period_from,
            approx: f.approx,
            baseline_text: optional(&f.baseline_value),
            baseline_value: decimal_value(&f.baseline_value),
            baseline_year: f.baseline_year,
            project_id: optional(&f.project_id),
            source_id: keep(&f.source_id),
            quote: keep(&f.quote),
            note_zh: keep(&f.note_zh),
            note_en: keep(&f.note_en),
        })
    });
    let projects = t.projects.iter().map(|p| {
        Ok(Project {
            id: keep(&p.id),
            city: city(&p.id, &p.city)?,
            category: p.category,
            name_zh: keep(&p.name_zh),
            name_en: keep(&p.name_en),
            status: p.status,
            summary_zh: keep(&p.summary_zh),
            summary_en: keep(&p.summary_en),
            source_id: keep(&p.source_id),
            quote: keep(&p.quote),
            note_zh: keep(&p.note_zh),
            note_en: keep(&p.note_en),
        })
    });
    let commitments = t.commitments.iter().map(|c| {
        Ok(Commitment {
            id: keep(&c.id),
            city: city(&c.id, &c.city)?,
            category: c.category,
            text_zh: keep(&c.text_zh),
            text_en: keep(&c.text_en),
            deadline: keep(&c.deadline),
            project_id: optional(&c.project_id),
            source_id: keep(&c.source_id),
            quote: keep(&c.quote),
        })
    });
    let names = |lang| keep(&name_list(&cities.iter().map(|c| c.label().get(lang)).collect::<Vec<_>>(), lang));
    Ok(Dataset {
        city_names: (names(Lang::Zh), names(Lang::En)),
        sources: sources.collect::<Result<Vec<_>, _>>()?.leak(),
        figures: figures.collect::<Result<Vec<_>, _>>()?.leak(),
        projects: projects.collect::<Result<Vec<_>, _>>()?.leak(),
        commitments: commitments.collect::<Result<Vec<_>, _>>()?.leak(),
        cities: cities.leak(),
    })
}
