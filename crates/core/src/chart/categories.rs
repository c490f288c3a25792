//! Counts by category, stacked by city, for projects and for figures. Each row is also a filter:
//! the view lays a real button over every row (see `HitRow`).

use super::kit::{city_colour, draw, sources_caption, Chart, Table};
use super::layout::TextSize;
use super::layout::{Bars, Key, Row, RowFilter, Segment};
use crate::dataset::Dataset;
use crate::filter::Filterable;
use crate::i18n::Tr;
use crate::model::{Category, City, Figure, Lang, Project};

pub const PROJECTS_ID: &str = "projects-by-category";
pub const FIGURES_ID: &str = "figures-by-category";
const PROJECTS_TITLE: Tr = Tr::new("各类别项目数（按城市）", "Projects by category and city");
const FIGURES_TITLE: Tr = Tr::new("各类别数据条数（按城市）", "Figures by category and city");
const CATEGORY: Tr = Tr::new("类别", "Category");
const TOTAL: Tr = Tr::new("合计", "Total");

pub fn projects_chart(data: &Dataset, projects: &[&Project], lang: Lang, text: TextSize) -> Option<Chart> {
    let caption = sources_caption(data, projects.iter().map(|p| p.source_id), lang);
    chart(data.cities, counts(data.cities, projects), caption, PROJECTS_ID, PROJECTS_TITLE, lang, text)
}

pub fn figures_chart(data: &Dataset, figures: &[&Figure], lang: Lang, text: TextSize) -> Option<Chart> {
    let caption = sources_caption(data, figures.iter().map(|f| f.source_id), lang);
    chart(data.cities, counts(data.cities, figures), caption, FIGURES_ID, FIGURES_TITLE, lang, text)
}

/// Rows of (category, count per city in the order of `cities`), categories with nothing left out.
pub fn counts<T: Filterable>(cities: &[City], items: &[&T]) -> Vec<(Category, Vec<usize>)> {
    Category::ALL
        .iter()
        .map(|&cat| {
            let per_city = cities
                .iter()
                .map(|&city| items.iter().filter(|i| i.category() == cat && i.city() == city).count())
                .collect::<Vec<_>>();
            (cat, per_city)
        })
        .filter(|(_, per_city)| per_city.iter().sum::<usize>() > 0)
        .collect()
}

/// Draws the rows; not generic, so projects and figures share one copy of it in the wasm.
fn chart(
    cities: &[City],
    rows: Vec<(Category, Vec<usize>)>,
    caption: String,
    id: &str,
    title: Tr,
    lang: Lang,
    text: TextSize,
) -> Option<Chart> {
    if rows.is_empty() {
        return None;
    }
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(category, per_city)| Row {
                label: category.label().get(lang).into(),
                sublabel: String::new(),
                segments: cities
                    .iter()
                    .zip(per_city)
                    .map(|(&city, &n)| Segment { value: n as f64, colour: city_colour(city), filled: true })
                    .collect(),
                value_text: per_city.iter().sum::<usize>().to_string(),
                filter: Some(RowFilter::Category(*category)),
            })
            .collect(),
        keys: cities
            .iter()
            .map(|&c| Key { label: c.label().get(lang).into(), colour: city_colour(c), filled: true })
            .collect(),
        unit: String::new(),
    };
    let title_text = title.get(lang).to_string();
    let parts: Vec<String> = rows
        .iter()
        .map(|(cat, per_city)| {
            let named: Vec<String> = cities
                .iter()
                .zip(per_city)
                .filter(|(_, n)| **n > 0)
                .map(|(c, n)| format!("{} {n}", c.label().get(lang)))
                .collect();
            format!("{} {} ({})", cat.label().get(lang), per_city.iter().sum::<usize>(), named.join(", "))
        })
        .collect();
    let description = format!("{title_text}: {}", parts.join("; "));
    let mut headers = vec![CATEGORY.get(lang).to_string()];
    headers.extend(cities.iter().map(|c| c.label().get(lang).to_string()));
    headers.push(TOTAL.get(lang).to_string());
    let table = Table {
        headers,
        rows: rows
            .iter()
            .map(|(cat, per_city)| {
                let mut row = vec![cat.label().get(lang).to_string()];
                row.extend(per_city.iter().map(usize::to_string));
                row.push(per_city.iter().sum::<usize>().to_string());
                row
            })
            .collect(),
    };
    Some(Chart {
        id: id.to_string(),
        caption,
        drawings: draw(&bars, text, &title_text, &description),
        title: title_text,
        description,
        table,
        notes: Vec::new(),
    })
}
