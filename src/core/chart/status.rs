//! The landing chart: each city's projects by where their documents say they stand (completed,
//! under way, planned, not stated). One row per city, so it fits above the fold on a phone.

use super::canvas::{render, Align, Colour, Shape, INK, MUTED};
use super::{scale, sources_caption, Chart, ChartError, Table};
use crate::core::dataset::Dataset;
use crate::core::i18n::Tr;
use crate::core::model::{City, Lang, Project, Status};

pub const ID: &str = "projects-by-status";
const TITLE: Tr = Tr::new("各市项目进展（按文件表述）", "Projects by city and status, as the documents word it");
const CITY: Tr = Tr::new("城市", "City");
const TOTAL: Tr = Tr::new("合计", "Total");
const WIDTH: u32 = 420;
const TOP: i32 = 34;
const ROW: i32 = 30;
const LABEL_END: i32 = 96;
const BAR_START: i32 = 102;
const BAR_END: i32 = 380;

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

/// Projects per status (in `Status::ALL` order) for each city that has any.
pub fn counts(projects: &[&Project]) -> Vec<(City, Vec<usize>)> {
    City::ALL
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

pub fn chart(data: &Dataset, projects: &[&Project], lang: Lang) -> Result<Chart, ChartError> {
    let rows = counts(projects);
    if rows.is_empty() {
        return Err(ChartError(format!("{ID}: no projects")));
    }
    let height = (TOP + ROW * rows.len() as i32 + 6) as u32;
    let max = rows.iter().map(|(_, c)| c.iter().sum::<usize>()).max().unwrap_or(1).max(1);
    let per_unit = f64::from(BAR_END - BAR_START) / max as f64;
    let mut shapes = legend(lang);
    for (i, (city, per_status)) in rows.iter().enumerate() {
        let y = TOP + ROW * i as i32;
        shapes.push(Shape::Label {
            x: LABEL_END,
            y: y + 20,
            text: scale::fit_label(city.label().get(lang), (LABEL_END - 4) as u32, 13).0,
            size: 13,
            colour: INK,
            align: Align::End,
            bold: false,
        });
        let mut total = 0;
        let mut x = BAR_START;
        for (&status, &n) in Status::ALL.iter().zip(per_status) {
            total += n;
            let end = BAR_START + (total as f64 * per_unit).round() as i32;
            if n > 0 {
                // An outline is drawn on the rectangle's edge: inset it by its stroke so that
                // neighbouring segments do not overlap.
                let inset = i32::from(status == Status::Planned);
                shapes.push(Shape::Bar {
                    x0: x + inset,
                    y0: y + 6 + inset,
                    x1: end - inset,
                    y1: y + ROW - 4 - inset,
                    colour: status_colour(status),
                    filled: status != Status::Planned,
                });
            }
            x = end;
        }
        shapes.push(Shape::Label {
            x: x + 5,
            y: y + 20,
            text: total.to_string(),
            size: 13,
            colour: MUTED,
            align: Align::Start,
            bold: true,
        });
    }
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
    Ok(Chart {
        id: ID.to_string(),
        caption: sources_caption(data, projects.iter().map(|p| p.source_id), lang),
        svg: render(WIDTH, height, &shapes, &title, &description)?,
        title,
        description,
        table,
        hits: Vec::new(),
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

/// A key for the statuses along the top.
fn legend(lang: Lang) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let mut x = 8;
    for &status in Status::ALL {
        let name = status.label().get(lang);
        let filled = status != Status::Planned;
        let colour = status_colour(status);
        shapes.push(Shape::Bar { x0: x + 1, y0: 9, x1: x + 12, y1: 20, colour, filled });
        shapes.push(Shape::Label {
            x: x + 17,
            y: 19,
            text: name.into(),
            size: 12,
            colour: INK,
            align: Align::Start,
            bold: false,
        });
        x += 17 + scale::text_width(name, 12) as i32 + 12;
    }
    shapes
}
