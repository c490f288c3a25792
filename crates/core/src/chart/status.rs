//! The landing chart: each city's projects by where their documents say they stand (completed,
//! under way, planned, not stated). One row per city, so it fits above the fold on a phone.

use super::canvas::Colour;
use super::kit::{draw, sources_caption, Chart, Table};
use super::layout::TextSize;
use super::layout::{Bars, Key, Row, RowFilter, Segment};
use crate::dataset::Dataset;
use crate::i18n::Tr;
use crate::model::{City, Lang, Project, Status};

pub const ID: &str = "projects-by-status";
const TITLE: Tr = Tr::new("各市项目进展（按文件表述）", "Projects by city and status, as the documents word it");
const CITY: Tr = Tr::new("城市", "City");
const TOTAL: Tr = Tr::new("合计", "Total");

/// Done is solid green, under way solid blue, planned an outline (as targets are elsewhere),
/// not stated grey; each at least 3:1 against white.
fn status_colour(status: Status) -> Colour {
    match status {
        Status::Completed => Colour(0x1d, 0x6b, 0x34),
        Status::Ongoing => Colour(0x0b, 0x5c, 0xad),
        Status::Planned => Colour(0x8a, 0x4b, 0x00),
        Status::Unknown => Colour(0x76, 0x76, 0x76),
    }
}

/// Projects per status (in `Status::ALL` order) for each of `cities` that has any.
pub fn counts(cities: &[City], projects: &[&Project]) -> Vec<(City, Vec<usize>)> {
    cities
        .iter()
        .map(|&city| {
            let per_status = Status::ALL
                .iter()
                .map(|&status| projects.iter().filter(|p| p.city == city && p.status == status).count())
                .collect::<Vec<_>>();
            (city, per_status)
        })
        .filter(|(_, per_status)| per_status.iter().sum::<usize>() > 0)
        .collect()
}

pub fn chart(data: &Dataset, projects: &[&Project], lang: Lang, text: TextSize) -> Option<Chart> {
    let rows = counts(data.cities, projects);
    if rows.is_empty() {
        return None;
    }
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(city, per_status)| Row {
                label: city.label().get(lang).into(),
                sublabel: String::new(),
                segments: Status::ALL
                    .iter()
                    .zip(per_status)
                    .map(|(&s, &n)| Segment { value: n as f64, colour: status_colour(s), filled: s != Status::Planned })
                    .collect(),
                value_text: per_status.iter().sum::<usize>().to_string(),
                filter: Some(RowFilter::City(*city)),
            })
            .collect(),
        keys: Status::ALL
            .iter()
            .map(|&s| Key { label: s.label().get(lang).into(), colour: status_colour(s), filled: s != Status::Planned })
            .collect(),
        unit: String::new(),
    };
    let title = TITLE.get(lang).to_string();
    let description = describe(&title, &rows, lang);
    let mut headers = vec![CITY.get(lang).to_string()];
    headers.extend(Status::ALL.iter().map(|s| s.label().get(lang).to_string()));
    headers.push(TOTAL.get(lang).to_string());
    let table = Table {
        headers,
        rows: rows
            .iter()
            .map(|(city, per_status)| {
                let mut row = vec![city.label().get(lang).to_string()];
                row.extend(per_status.iter().map(usize::to_string));
                row.push(per_status.iter().sum::<usize>().to_string());
                row
            })
            .collect(),
    };
    Some(Chart {
        id: ID.to_string(),
        caption: sources_caption(data, projects.iter().map(|p| p.source_id), lang),
        drawings: draw(&bars, text, &title, &description),
        title,
        description,
        table,
        notes: Vec::new(),
    })
}

/// "平顶山 116（已完成 55，进行中 49，…）" for each city, for screen readers.
fn describe(title: &str, rows: &[(City, Vec<usize>)], lang: Lang) -> String {
    let (open, close, comma, semicolon) = match lang {
        Lang::Zh => ("（", "）", "，", "；"),
        Lang::En => (" (", ")", ", ", "; "),
    };
    let parts: Vec<String> = rows
        .iter()
        .map(|(city, per_status)| {
            let counts: Vec<String> = Status::ALL
                .iter()
                .zip(per_status)
                .filter(|(_, n)| **n > 0)
                .map(|(s, n)| format!("{} {n}", s.label().get(lang)))
                .collect();
            let total: usize = per_status.iter().sum();
            format!("{} {total}{open}{}{close}", city.label().get(lang), counts.join(comma))
        })
        .collect();
    format!("{title}: {}", parts.join(semicolon))
}
