//! Charts as pure functions: (data, filters, language) → `Chart` with an SVG drawn by plotters, a
//! text description, the sources it draws on, and the table of exactly what it shows.

mod canvas;
pub mod categories;
pub mod change;
pub mod compare;
pub mod layout;
pub mod poster;
pub mod progress;
pub mod scale;
pub mod status;
mod svg_backend;

pub use canvas::{Align, ChartError, Colour, Shape};
pub use layout::{RowFilter, TextSize, DOWNLOAD_WIDTH, WIDTHS};

use super::dataset::Dataset;
use super::i18n::{pick, Tr};
use super::model::{Approx, City, Figure, FigureKind, Lang};
use canvas::MUTED;
use layout::{lay_out, Bars, Frame, Key};

/// A city's hue, from `data/cities.csv` (checked there for contrast and difference).
pub fn city_colour(city: City) -> Colour {
    let [r, g, b] = city.0.colour;
    Colour(r, g, b)
}

/// What a chart shows, in a form a table or a CSV file can hold.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table's inside as markup, every text escaped: `title` as its caption, a header row,
    /// the rows (the text alternative of the chart).
    pub fn to_html(&self, title: &str) -> String {
        let escape = super::markup::escape;
        let headers: String = self.headers.iter().map(|h| format!(r#"<th scope="col">{}</th>"#, escape(h))).collect();
        let rows: String = self
            .rows
            .iter()
            .map(|row| {
                format!("<tr>{}</tr>", row.iter().map(|c| format!("<td>{}</td>", escape(c))).collect::<String>())
            })
            .collect();
        format!("<caption>{}</caption><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody>", escape(title))
    }

    /// CSV with a UTF-8 BOM (Excel then reads the Chinese): the header row first, as every CSV
    /// reader expects, then the rows, each with the chart's sources in a last column. Missing
    /// values are empty cells; a text cell that a spreadsheet would run as a formula (a leading
    /// `=`, `+`, `-` or `@`) is prefixed with `'`. The title goes in the file name (`file_name`).
    pub fn to_csv(&self, sources_header: &str, sources: &str) -> String {
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            cells.map(|c| super::csv_out::escape(&inert(c))).collect::<Vec<_>>().join(",")
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
    if super::numerals::runs_as_formula(cell) {
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

const FILTER_BY_CATEGORY: Tr = Tr::new("按此类别筛选：", "Filter by this category: ");
const FILTER_BY_CITY: Tr = Tr::new("按此城市筛选：", "Filter by this city: ");
const OPEN_CITY: Tr = Tr::new("查看该市：", "See this city: ");

/// What choosing a row does, for its button's name: "按此类别筛选：园林绿化", "查看该市：鹤壁".
pub fn row_action(row: RowFilter, view: super::url_state::View, lang: Lang) -> String {
    let (action, name) = match row {
        RowFilter::Category(c) => (FILTER_BY_CATEGORY, c.label()),
        RowFilter::City(c) if view == super::url_state::View::Overview => (OPEN_CITY, c.label()),
        RowFilter::City(c) => (FILTER_BY_CITY, c.label()),
    };
    format!("{}{}", action.get(lang), name.get(lang))
}

/// The row's id for tests and focus: the category's or the city's id.
pub fn row_id(row: RowFilter) -> &'static str {
    match row {
        RowFilter::Category(c) => c.id(),
        RowFilter::City(c) => c.id(),
    }
}

/// A clickable row of a chart (a category, a city), as fractions of the chart's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HitRow {
    pub filter: RowFilter,
    pub top: f64,
    pub height: f64,
}

/// A chart drawn at one width: its SVG and the rows that filter when chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub width: u32,
    pub height: u32,
    pub svg: String,
    /// Rows that lead to their category's or city's projects when chosen.
    pub hits: Vec<HitRow>,
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
    /// The chart laid out for each of `WIDTHS`, narrowest first.
    pub drawings: Vec<Drawing>,
    pub table: Table,
    /// What a reader must know to read it right (who is missing from a comparison, a target
    /// beside an achievement), shown under the chart.
    pub notes: Vec<String>,
}

impl Chart {
    /// The drawing a download uses (`DOWNLOAD_WIDTH`).
    pub fn svg(&self) -> &str {
        self.drawings.iter().find(|d| d.width == DOWNLOAD_WIDTH).map_or("", |d| d.svg.as_str())
    }
}

/// Draws `bars` at every width, with `<title>` and `<desc>`.
fn draw(bars: &Bars, text: TextSize, title: &str, description: &str) -> Result<Vec<Drawing>, ChartError> {
    WIDTHS
        .iter()
        .map(|&width| {
            let laid = lay_out(bars, Frame { width, text });
            let height = f64::from(laid.height);
            let hits = laid
                .rows
                .iter()
                .map(|&(filter, top, h)| HitRow { filter, top: f64::from(top) / height, height: f64::from(h) / height })
                .collect();
            Ok(Drawing {
                width,
                height: laid.height,
                svg: canvas::render(laid.width, laid.height, &laid.shapes, title, description)?,
                hits,
            })
        })
        .collect()
}

/// The key for charts with achievements and targets: solid and outlined.
fn done_and_goal_keys(lang: Lang) -> Vec<Key> {
    vec![
        Key { label: LEGEND_DONE.get(lang).into(), colour: MUTED, filled: true },
        Key { label: LEGEND_GOAL.get(lang).into(), colour: MUTED, filled: false },
    ]
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
    let text = text_size(state);
    let drawn = match set {
        ChartSet::Compare => {
            let (figures, focus) = compare_inputs(data, state);
            compare::charts(data, &figures, focus, lang, text)
        }
        ChartSet::Landing => vec![status::chart(data, &super::filter::apply(data.projects, state), lang, text)],
        ChartSet::Overview => {
            let projects = super::filter::apply(data.projects, state);
            let mut charts = vec![
                status::chart(data, &projects, lang, text),
                categories::projects_chart(data, &projects, lang, text),
                categories::figures_chart(data, &figures, lang, text),
            ];
            charts.extend(change::charts(data, &figures, lang, text));
            charts.extend(progress::charts(data, &figures, lang, text));
            charts
        }
    };
    drawn.into_iter().filter_map(Result::ok).collect()
}

/// The figures the comparisons are drawn from, and the city they are about: with one city chosen,
/// each metric it shares with other cities, beside every city that reports it (one city alone
/// compares with nothing); otherwise the chosen cities with each other.
fn compare_inputs<'a>(data: &'a Dataset, state: &super::url_state::ViewState) -> (Vec<&'a Figure>, Option<City>) {
    match state.cities.as_slice() {
        [one] => {
            let everywhere = super::url_state::ViewState { cities: Vec::new(), ..state.clone() };
            (super::filter::apply(data.figures, &everywhere), Some(*one))
        }
        _ => (super::filter::apply(data.figures, state), None),
    }
}

/// The id of every chart the unfiltered explorer shows (Landing, Overview and Compare sets),
/// without drawing any: each has an embed page of its own. A filtered view only ever shows a
/// subset of them.
pub fn page_ids(data: &Dataset) -> Vec<String> {
    let figures: Vec<&Figure> = data.figures.iter().collect();
    let mut ids: Vec<String> =
        [status::ID, categories::PROJECTS_ID, categories::FIGURES_ID].into_iter().map(String::from).collect();
    ids.extend(figures.iter().filter(|f| f.baseline_value.is_some()).map(|f| format!("change-{}", f.id)));
    ids.extend(
        figures.iter().filter(|f| super::filter::progress_of(data, f).is_some()).map(|f| format!("progress-{}", f.id)),
    );
    ids.extend(compare::ids(data, &figures));
    ids
}

/// The one chart a `chart=` link names, drawn with all filters as given, if it exists. The id
/// says which kind of chart it is, so only that chart is drawn.
pub fn chart_by_id(data: &Dataset, state: &super::url_state::ViewState, lang: Lang, id: &str) -> Option<Chart> {
    let figures = super::filter::apply(data.figures, state);
    let text = text_size(state);
    let of_figure = |figure_id: &str| figures.iter().copied().filter(|f| f.id == figure_id).collect::<Vec<_>>();
    let drawn = if id.starts_with("compare-") {
        // `compare-<key>`, or `compare-<key>-<kind of time>` for a metric's second chart.
        let named = |f: &&Figure| f.metric_key.is_some_and(|k| id[8..].starts_with(&k.replace('_', "-")));
        let (figures, focus) = compare_inputs(data, state);
        let same: Vec<&Figure> = figures.into_iter().filter(named).collect();
        compare::charts(data, &same, focus, lang, text)
    } else if let Some(figure_id) = id.strip_prefix("change-") {
        change::charts(data, &of_figure(figure_id), lang, text)
    } else if let Some(figure_id) = id.strip_prefix("progress-") {
        progress::charts(data, &of_figure(figure_id), lang, text)
    } else if id == status::ID {
        vec![status::chart(data, &super::filter::apply(data.projects, state), lang, text)]
    } else if id == categories::PROJECTS_ID {
        vec![categories::projects_chart(data, &super::filter::apply(data.projects, state), lang, text)]
    } else if id == categories::FIGURES_ID {
        vec![categories::figures_chart(data, &figures, lang, text)]
    } else {
        Vec::new()
    };
    drawn.into_iter().filter_map(Result::ok).find(|c| c.id == id)
}

/// Large text (适老化) draws charts with larger text.
pub fn text_size(state: &super::url_state::ViewState) -> TextSize {
    if state.large {
        TextSize::Large
    } else {
        TextSize::Normal
    }
}

/// The charts for one project's figures (before → after and progress).
pub fn project_charts(data: &Dataset, project_id: &str, lang: Lang, text: TextSize) -> Vec<Chart> {
    let figures = super::filter::figures_of_project(data, project_id);
    change::charts(data, &figures, lang, text)
        .into_iter()
        .chain(progress::charts(data, &figures, lang, text))
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

/// "2025年" / "2025"; empty when the document gives no year (an empty cell, not a dash).
fn year_text(year: Option<u16>, lang: Lang) -> String {
    match (year, lang) {
        (Some(y), Lang::Zh) => format!("{y}年"),
        (Some(y), Lang::En) => y.to_string(),
        (None, _) => String::new(),
    }
}
