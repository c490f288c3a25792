//! Counts by category, stacked by city, for projects and for figures. Each row is also a filter:
//! the view lays a real button over every row (see `HitRow`).

use super::canvas::{render, Align, Shape, INK, MUTED};
use super::{city_colour, scale, sources_caption, Chart, ChartError, HitRow, Table};
use crate::core::dataset::Dataset;
use crate::core::filter::Filterable;
use crate::core::i18n::Tr;
use crate::core::model::{Category, City, Figure, Lang, Project};

const PROJECTS_TITLE: Tr = Tr::new("各类别项目数（按城市）", "Projects by category and city");
const FIGURES_TITLE: Tr = Tr::new("各类别数据条数（按城市）", "Figures by category and city");
const CATEGORY: Tr = Tr::new("类别", "Category");
const TOTAL: Tr = Tr::new("合计", "Total");
const WIDTH: u32 = 420;
const TOP: i32 = 34;
const ROW: i32 = 26;
const LABEL_END: i32 = 138;
const BAR_START: i32 = 144;
const BAR_END: i32 = 384;

pub fn projects_chart(data: &Dataset, projects: &[&Project], lang: Lang) -> Result<Chart, ChartError> {
    let caption = sources_caption(data, projects.iter().map(|p| p.source_id), lang);
    chart(counts(projects), caption, "projects-by-category", PROJECTS_TITLE, lang)
}

pub fn figures_chart(data: &Dataset, figures: &[&Figure], lang: Lang) -> Result<Chart, ChartError> {
    let caption = sources_caption(data, figures.iter().map(|f| f.source_id), lang);
    chart(counts(figures), caption, "figures-by-category", FIGURES_TITLE, lang)
}

/// Rows of (category, count per city in `City::ALL` order), categories with nothing left out.
pub fn counts<T: Filterable>(items: &[&T]) -> Vec<(Category, Vec<usize>)> {
    Category::ALL
        .iter()
        .map(|&cat| {
            let per_city = City::ALL
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
    rows: Vec<(Category, Vec<usize>)>,
    caption: String,
    id: &str,
    title: Tr,
    lang: Lang,
) -> Result<Chart, ChartError> {
    if rows.is_empty() {
        return Err(ChartError(format!("{id}: nothing to count")));
    }
    let height = (TOP + ROW * rows.len() as i32 + 8) as u32;
    let max = rows.iter().map(|(_, c)| c.iter().sum::<usize>()).max().unwrap_or(1).max(1);
    let per_unit = f64::from(BAR_END - BAR_START) / max as f64;
    let mut shapes = city_legend(lang);
    let mut hits = Vec::new();
    for (i, (category, per_city)) in rows.iter().enumerate() {
        let y = TOP + ROW * i as i32;
        let (label, _) = scale::fit_label(category.label().get(lang), (LABEL_END - 4) as u32, 12);
        shapes.push(Shape::Label {
            x: LABEL_END,
            y: y + 17,
            text: label,
            size: 12,
            colour: INK,
            align: Align::End,
            bold: false,
        });
        let mut x = BAR_START;
        let mut total = 0;
        for (&city, &n) in City::ALL.iter().zip(per_city) {
            total += n;
            let end = BAR_START + (total as f64 * per_unit).round() as i32;
            if n > 0 {
                shapes.push(Shape::Bar {
                    x0: x,
                    y0: y + 4,
                    x1: end,
                    y1: y + ROW - 4,
                    colour: city_colour(city),
                    filled: true,
                });
            }
            x = end;
        }
        shapes.push(Shape::Label {
            x: x + 4,
            y: y + 17,
            text: total.to_string(),
            size: 12,
            colour: MUTED,
            align: Align::Start,
            bold: false,
        });
        hits.push(HitRow {
            category: *category,
            top: f64::from(y) / f64::from(height),
            height: f64::from(ROW) / f64::from(height),
        });
    }
    let title_text = title.get(lang).to_string();
    let parts: Vec<String> = rows
        .iter()
        .map(|(cat, per_city)| {
            let cities: Vec<String> = City::ALL
                .iter()
                .zip(per_city)
                .filter(|(_, n)| **n > 0)
                .map(|(c, n)| format!("{} {n}", c.label().get(lang)))
                .collect();
            format!("{} {} ({})", cat.label().get(lang), per_city.iter().sum::<usize>(), cities.join(", "))
        })
        .collect();
    let description = format!("{title_text}: {}", parts.join("; "));
    let mut headers = vec![CATEGORY.get(lang).to_string()];
    headers.extend(City::ALL.iter().map(|c| c.label().get(lang).to_string()));
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
    Ok(Chart {
        id: id.to_string(),
        caption,
        svg: render(WIDTH, height, &shapes, &title_text, &description)?,
        title: title_text,
        description,
        table,
        hits,
    })
}

/// A colour key for the four cities along the top.
fn city_legend(lang: Lang) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let mut x = 8;
    for &city in City::ALL {
        let name = city.label().get(lang);
        shapes.push(Shape::Bar { x0: x, y0: 8, x1: x + 12, y1: 20, colour: city_colour(city), filled: true });
        shapes.push(Shape::Label {
            x: x + 16,
            y: 19,
            text: name.into(),
            size: 12,
            colour: INK,
            align: Align::Start,
            bold: false,
        });
        x += 16 + scale::text_width(name, 12) as i32 + 14;
    }
    shapes
}
