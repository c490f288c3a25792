//! Charts as pure functions: (data, filters, language) → `Chart` with an SVG drawn by plotters, a
//! text description, the sources it draws on, and the table of exactly what it shows.

mod canvas;
pub mod categories;
pub mod change;
pub mod compare;
pub mod progress;
pub mod scale;
pub mod status;
mod svg_backend;

pub use canvas::{escape_xml, ChartError};

use super::dataset::Dataset;
use super::i18n::{pick, Tr};
use super::model::{Approx, Category, City, Figure, FigureKind, Lang};
use canvas::{Align, Colour, Shape, GRID, INK, MUTED};

/// Okabe–Ito hues (distinguishable with the common colour-vision deficiencies); the orange and
/// the pink are darkened to reach 3:1 against white, the WCAG minimum for graphics.
pub fn city_colour(city: City) -> Colour {
    match city {
        City::Pingdingshan => Colour(0x00, 0x72, 0xb2),
        City::Jiyuan => Colour(0xb8, 0x6e, 0x00),
        City::Hebi => Colour(0x00, 0x9e, 0x73),
        City::Jiaozuo => Colour(0xb4, 0x50, 0x8c),
    }
}

/// What a chart shows, in a form a table or a CSV file can hold.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// CSV with a UTF-8 BOM (Excel then reads the Chinese): the header row first, as every CSV
    /// reader expects, then the rows, each with the chart's sources in a last column. Missing
    /// values are empty cells; a text cell that a spreadsheet would run as a formula (a leading
    /// `=`, `+`, `-` or `@`) is prefixed with `'`. The title goes in the file name (`file_name`).
    pub fn to_csv(&self, sources_header: &str, sources: &str) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            cells.map(|c| super::csv::escape(&inert(c))).collect::<Vec<_>>().join(",")
        };
        let mut out =
            format!("\u{feff}{}\n", line(&mut self.headers.iter().map(String::as_str).chain([sources_header])));
        for row in &self.rows {
            out.push_str(&line(&mut row.iter().map(String::as_str).chain([sources])));
            out.push('\n');
        }
        out
    }
}

/// A cell a spreadsheet will not run: numbers as they are, text starting like a formula quoted.
/// (Numbers are recognised by their digits: `str::parse::<f64>` would add about 20 KB of float
/// parsing to the wasm.)
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = super::rows::is_plain_decimal(cell.strip_prefix('+').unwrap_or(cell));
    if formula && !number {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// A download's file name from a chart's title: characters that file systems refuse become `_`.
pub fn file_name(title: &str, extension: &str) -> String {
    let name: String =
        title
            .chars()
            .map(|c| {
                if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                    '_'
                } else {
                    c
                }
            })
            .collect();
    format!("{}.{extension}", name.trim())
}

/// A clickable row of a chart (a category), as fractions of the chart's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HitRow {
    pub category: Category,
    pub top: f64,
    pub height: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Stable id for `chart=` links: lower-case letters, digits and hyphens.
    pub id: String,
    pub title: String,
    /// What the chart shows, in words, for screen readers (also the SVG's `<desc>`).
    pub description: String,
    /// "Sources: …" naming the documents.
    pub caption: String,
    pub svg: String,
    pub table: Table,
    /// Rows that filter by category when chosen (category charts only).
    pub hits: Vec<HitRow>,
}

/// Which charts a view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartSet {
    /// The Compare view: one chart per metric that several cities report.
    Compare,
    /// The Charts view: projects by status, counts by category, before → after, progress.
    Overview,
    /// The landing view: one small chart that fits above the fold on a phone.
    Landing,
}

pub const LEGEND_DONE: Tr = Tr::new("实心：已完成/现状", "Solid: achieved / fact");
pub const LEGEND_GOAL: Tr = Tr::new("空心：目标/计划", "Outline: target / plan");
pub const SOURCES_PREFIX: Tr = Tr::new("来源：", "Sources: ");

/// The charts of a set for the figures and projects that pass the filters.
pub fn charts_for(data: &Dataset, state: &super::url_state::ViewState, lang: Lang, set: ChartSet) -> Vec<Chart> {
    let figures = super::filter::apply(data.figures, state);
    let drawn = match set {
        ChartSet::Compare => compare::charts(data, &figures, lang),
        ChartSet::Landing => vec![status::chart(data, &super::filter::apply(data.projects, state), lang)],
        ChartSet::Overview => {
            let projects = super::filter::apply(data.projects, state);
            let mut charts = vec![
                status::chart(data, &projects, lang),
                categories::projects_chart(data, &projects, lang),
                categories::figures_chart(data, &figures, lang),
            ];
            charts.extend(change::charts(data, &figures, lang));
            charts.extend(progress::charts(data, &figures, lang));
            charts
        }
    };
    drawn.into_iter().filter_map(Result::ok).collect()
}

/// The one chart a `chart=` link names, drawn with all filters as given, if it exists. The id
/// says which kind of chart it is, so only that chart is drawn.
pub fn chart_by_id(data: &Dataset, state: &super::url_state::ViewState, lang: Lang, id: &str) -> Option<Chart> {
    let figures = super::filter::apply(data.figures, state);
    let of_figure = |figure_id: &str| figures.iter().copied().filter(|f| f.id == figure_id).collect::<Vec<_>>();
    let drawn = if id.starts_with("compare-") {
        // `compare-<key>`, or `compare-<key>-<kind of time>` for a metric's second chart.
        let named = |f: &&Figure| f.metric_key.is_some_and(|k| id[8..].starts_with(&k.replace('_', "-")));
        let same: Vec<&Figure> = figures.iter().copied().filter(named).collect();
        compare::charts(data, &same, lang)
    } else if let Some(figure_id) = id.strip_prefix("change-") {
        change::charts(data, &of_figure(figure_id), lang)
    } else if let Some(figure_id) = id.strip_prefix("progress-") {
        progress::charts(data, &of_figure(figure_id), lang)
    } else if id == status::ID {
        vec![status::chart(data, &super::filter::apply(data.projects, state), lang)]
    } else if id == "projects-by-category" {
        vec![categories::projects_chart(data, &super::filter::apply(data.projects, state), lang)]
    } else if id == "figures-by-category" {
        vec![categories::figures_chart(data, &figures, lang)]
    } else {
        Vec::new()
    };
    drawn.into_iter().filter_map(Result::ok).find(|c| c.id == id)
}

/// The charts for one project's figures (before → after and progress).
pub fn project_charts(data: &Dataset, project_id: &str, lang: Lang) -> Vec<Chart> {
    let figures = super::filter::figures_of_project(data, project_id);
    change::charts(data, &figures, lang)
        .into_iter()
        .chain(progress::charts(data, &figures, lang))
        .filter_map(Result::ok)
        .collect()
}

/// "来源：《A》（平顶山日报，2024-10）；…" for the distinct documents behind some figures.
fn sources_caption<'a>(data: &Dataset, source_ids: impl IntoIterator<Item = &'a str>, lang: Lang) -> String {
    let mut ids: Vec<&str> = Vec::new();
    for id in source_ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let names: Vec<String> = ids
        .iter()
        .filter_map(|id| data.source(id))
        .map(|s| match lang {
            Lang::Zh => format!("《{}》（{}，{}）", s.title_zh, s.publisher_zh, s.published),
            Lang::En => format!("“{}” ({}, {})", s.title_en, s.publisher_en, s.published),
        })
        .collect();
    let separator = if lang == Lang::Zh { "；" } else { "; " };
    format!("{}{}", SOURCES_PREFIX.get(lang), names.join(separator))
}

/// The caption without its "来源：" / "Sources: " (for a column of its own).
pub fn sources_of(caption: &str, lang: Lang) -> &str {
    caption.strip_prefix(SOURCES_PREFIX.get(lang)).unwrap_or(caption)
}

/// The header of a CSV's sources column.
pub const SOURCES_COLUMN: Tr = Tr::new("来源", "Sources");

/// ">18.7", "≈2.9", "≥30", "600.59": the value as written, its qualifier as a symbol.
fn short_value(f: &Figure) -> String {
    let mark = match f.approx {
        Some(Approx::MoreThan) => ">",
        Some(Approx::About) => "≈",
        Some(Approx::AtLeast) => "≥",
        None => "",
    };
    format!("{mark}{}", f.value_text)
}

fn is_goal(kind: FigureKind) -> bool {
    matches!(kind, FigureKind::Target | FigureKind::Plan)
}

fn unit(f: &Figure, lang: Lang) -> &'static str {
    pick(lang, f.unit_zh, f.unit_en)
}

/// One bar of a vertical bar chart.
struct Bar {
    value: f64,
    value_text: String,
    label: String,
    sublabel: String,
    colour: Colour,
    filled: bool,
}

const BAR_WIDTH: u32 = 420;
const BAR_HEIGHT: u32 = 300;
const PLOT_LEFT: i32 = 52;
const PLOT_RIGHT: i32 = 408;
const PLOT_TOP: i32 = 40;
const PLOT_BOTTOM: i32 = 226;

/// A vertical bar chart with a zero-based axis, value labels, two label lines and a legend.
fn vertical_bars(bars: &[Bar], unit_label: &str, lang: Lang) -> Vec<Shape> {
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let ticks = scale::nice_ticks(max, 4);
    let top = ticks.last().copied().unwrap_or(1.0).max(f64::MIN_POSITIVE);
    let y_of = |v: f64| PLOT_BOTTOM - ((v / top) * f64::from(PLOT_BOTTOM - PLOT_TOP)).round() as i32;
    let mut shapes = vec![Shape::Label {
        x: PLOT_LEFT - 8,
        y: PLOT_TOP - 22,
        text: unit_label.to_string(),
        size: 12,
        colour: MUTED,
        align: Align::Start,
        bold: false,
    }];
    for &t in &ticks {
        let y = y_of(t);
        shapes.push(Shape::Line { from: (PLOT_LEFT, y), to: (PLOT_RIGHT, y), colour: GRID });
        shapes.push(Shape::Label {
            x: PLOT_LEFT - 6,
            y: y + 4,
            text: scale::tick_label(t),
            size: 11,
            colour: MUTED,
            align: Align::End,
            bold: false,
        });
    }
    let slot = (PLOT_RIGHT - PLOT_LEFT) / bars.len().max(1) as i32;
    let width = (slot * 3 / 5).min(64);
    for (i, bar) in bars.iter().enumerate() {
        let centre = PLOT_LEFT + slot * i as i32 + slot / 2;
        let y = y_of(bar.value);
        shapes.push(Shape::Bar {
            x0: centre - width / 2,
            y0: y,
            x1: centre + width / 2,
            y1: PLOT_BOTTOM,
            colour: bar.colour,
            filled: bar.filled,
        });
        let fit = |text: &str, size| scale::fit_label(text, slot as u32 - 4, size).0;
        for (text, y, size, bold) in [
            (fit(&bar.value_text, 13), y - 5, 13, true),
            (fit(&bar.label, 13), PLOT_BOTTOM + 18, 13, false),
            (fit(&bar.sublabel, 11), PLOT_BOTTOM + 34, 11, false),
        ] {
            let colour = if size == 11 { MUTED } else { INK };
            shapes.push(Shape::Label { x: centre, y, text, size, colour, align: Align::Middle, bold });
        }
    }
    shapes.push(Shape::Line { from: (PLOT_LEFT, PLOT_BOTTOM), to: (PLOT_RIGHT, PLOT_BOTTOM), colour: INK });
    shapes.extend(legend(PLOT_LEFT, BAR_HEIGHT as i32 - 22, lang));
    shapes
}

/// "■ 实心：已完成/现状   □ 空心：目标/计划" at (x, y).
fn legend(x: i32, y: i32, lang: Lang) -> Vec<Shape> {
    let done = LEGEND_DONE.get(lang);
    let second = x + 22 + scale::text_width(done, 11) as i32 + 18;
    vec![
        Shape::Bar { x0: x, y0: y - 10, x1: x + 12, y1: y + 2, colour: MUTED, filled: true },
        Shape::Label {
            x: x + 18,
            y: y + 1,
            text: done.into(),
            size: 11,
            colour: MUTED,
            align: Align::Start,
            bold: false,
        },
        Shape::Bar { x0: second, y0: y - 10, x1: second + 12, y1: y + 2, colour: MUTED, filled: false },
        Shape::Label {
            x: second + 18,
            y: y + 1,
            text: LEGEND_GOAL.get(lang).into(),
            size: 11,
            colour: MUTED,
            align: Align::Start,
            bold: false,
        },
    ]
}

/// "2025年" / "2025"; empty when the document gives no year (an empty cell, not a dash).
fn year_text(year: Option<u16>, lang: Lang) -> String {
    match (year, lang) {
        (Some(y), Lang::Zh) => format!("{y}年"),
        (Some(y), Lang::En) => y.to_string(),
        (None, _) => String::new(),
    }
}
